/** /donnees/indicateurs.csv: mobility, vacancy and rent from the SDES, per commune and territory. */
import type { APIRoute } from 'astro';
import { TURNOVER_CSV, turnoverRows } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';
import { CSV_HEADERS, toFrenchCsv } from './_csv.ts';

/** Static endpoint, written once at build time; rates keep their decimals (written with a comma). */
export const GET: APIRoute = async () => {
  const rows = turnoverRows(await getDataset()).map((r) =>
    r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)),
  );
  return new Response(
    toFrenchCsv(
      TURNOVER_CSV.fields.map((f) => f.name),
      rows,
    ),
    { headers: CSV_HEADERS },
  );
};
