/** /donnees/positionnement.csv: points of the demands and of the households housed, by size and band (columns declared in src/lib/opendata). */
import type { APIRoute } from 'astro';
import { CSV_MEDIA_TYPE, POSITIONING_CSV, tableCsv } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () =>
  new Response(tableCsv(POSITIONING_CSV, await getDataset()), { headers: { 'Content-Type': CSV_MEDIA_TYPE } });
