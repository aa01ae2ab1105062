/** /donnees/logements.csv: the stock of every commune and millésime, as the pages show it. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../site-data.ts';
import { CSV_HEADERS, toFrenchCsv } from './_csv.ts';
import { STOCK_COLUMNS, stockRows } from './_tables.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () => {
  const rows = stockRows(await getDataset());
  const body = toFrenchCsv(
    STOCK_COLUMNS.map((c) => c.name),
    rows.map((r) => STOCK_COLUMNS.map((c) => c.value(r))),
  );
  return new Response(body, { headers: CSV_HEADERS });
};
