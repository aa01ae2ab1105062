/** /donnees/demandes.csv: demands and attributions of every commune, size and millésime (columns declared in src/lib/opendata). */
import type { APIRoute } from 'astro';
import { CSV_MEDIA_TYPE, DEMAND_CSV, tableCsv } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async () =>
  new Response(tableCsv(DEMAND_CSV, await getDataset()), { headers: { 'Content-Type': CSV_MEDIA_TYPE } });
