/**
 * /donnees/donnees.json: the same figures as the CSV files, for programs, with the same names. A figure
 * is a number or null; its `_statut` field says why it is null (the dictionary on /donnees/ lists them).
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../site-data.ts';
import { LICENCE } from './_licence.ts';
import { DEMAND_COLUMNS, STATUS_VALUES, STOCK_COLUMNS, asObjects, demandRows, stockRows } from './_tables.ts';

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
      statuts: Object.fromEntries(STATUS_VALUES.filter((s) => s.value !== 'vide').map((s) => [s.value, s.meaning])),
    },
    sources: d.sources,
    millesimes: d.millesimes,
    logements: asObjects(STOCK_COLUMNS, stockRows(d)),
    demandes: asObjects(DEMAND_COLUMNS, demandRows(d)),
    ...(d.turnover ? { indicateurs: d.turnover } : {}),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
