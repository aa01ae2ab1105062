/** /donnees/attente.csv: the wait answer of every commune × size, as the site says it (columns declared in src/lib/opendata). */
import type { APIRoute } from 'astro';
import { ANSWERS_CSV, CSV_MEDIA_TYPE, tableCsv } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () =>
  new Response(tableCsv(ANSWERS_CSV, await getDataset()), { headers: { 'Content-Type': CSV_MEDIA_TYPE } });
