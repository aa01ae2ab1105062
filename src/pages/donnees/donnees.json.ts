/**
 * /donnees/donnees.json: the same figures as the CSV files, for programs. Counts keep the dataset's
 * shape: a number, or `{ "masked": "small" | "secondary" | "source" }` for a figure that is not published.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../site-data.ts';
import { LICENCE } from './_licence.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  const body = {
    territoire: { nom: d.settings.name, siren: d.settings.siren, communes: d.communes.map((c) => ({ code: c.code, nom: c.name })) },
    licence: LICENCE,
    secret_statistique: { seuil: d.secrecy.threshold, explication: 'Un nombre plus petit que le seuil est remplacé par { "masked": "small" }. Un autre nombre peut être caché pour qu’on ne puisse pas le recalculer : { "masked": "secondary" }. { "masked": "source" } : la source ne le publie pas.' },
    sources: d.sources,
    millesimes: d.millesimes,
    logements: d.stock,
    demandes: d.demand,
    ...(d.turnover ? { indicateurs: d.turnover } : {}),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
