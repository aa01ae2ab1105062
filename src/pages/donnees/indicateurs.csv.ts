/** /donnees/indicateurs.csv: mobility, vacancy and rent from the SDES, per commune and territory (columns declared in src/lib/opendata). */
import type { APIRoute } from 'astro';
import { CSV_MEDIA_TYPE, TURNOVER_CSV, tableCsv } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () =>
  new Response(tableCsv(TURNOVER_CSV, await getDataset()), { headers: { 'Content-Type': CSV_MEDIA_TYPE } });
