/** /donnees/demandes.csv: demands and attributions of every commune, size and millésime. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../site-data.ts';
import { CSV_HEADERS, toFrenchCsv } from './_csv.ts';
import { DEMAND_COLUMNS, demandRows } from './_tables.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () => {
  const rows = demandRows(await getDataset());
  const body = toFrenchCsv(
    DEMAND_COLUMNS.map((c) => c.name),
    rows.map((r) => DEMAND_COLUMNS.map((c) => c.value(r))),
  );
  return new Response(body, { headers: CSV_HEADERS });
};
