/**
 * /donnees/donnees.json: the same figures as the CSV files, for programs, with the same names. A figure
 * is a number or null; its `_statut` field says why it is null (the dictionary on /donnees/ lists them).
 */
import type { APIRoute } from 'astro';
import { PUBLISHED_TABLES, STATUS_MEANINGS, tableObjects } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';
import { LICENCE } from './_licence.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  const body = {
    territoire: {
      nom: d.settings.name,
      siren: d.settings.siren,
      communes: d.communes.map((c) => ({ code: c.code, nom: c.name })),
    },
    licence: LICENCE,
    secret_statistique: {
      seuil: d.secrecy.threshold,
      explication: 'Un chiffre caché vaut null. Son champ _statut dit pourquoi.',
      statuts: STATUS_MEANINGS,
    },
    sources: d.sources,
    // Keyed like `sources[].kind`, as published since the first version.
    millesimes: {
      rpls: d.millesimes.stock,
      demande: d.millesimes.demand,
      ...(d.millesimes.turnover ? { indicateurs: d.millesimes.turnover } : {}),
    },
    ...Object.fromEntries(PUBLISHED_TABLES.map((t) => [t.jsonKey, tableObjects(t, d)])),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
