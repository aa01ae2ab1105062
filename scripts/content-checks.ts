/**
 * Extra checks run by `npm run check` beyond the territory loader (FALC linter on content, grid files…).
 * Each feature adds its check here.
 */
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { Prepared } from './prepare.ts';
import { resolve } from 'node:path';
import { TERRITORIES_DIR } from '../src/lib/territory/index.ts';
import { loadCotationGrid } from '../src/lib/cotation/index.ts';

/** Runs every content check on a prepared territory. */
export async function runContentChecks(prepared: Prepared): Promise<Diagnostic[]> {
  // Cotation grid (issue 6): schema, unknown questions, impossible answers, overlapping bands, examples.
  const cotation = loadCotationGrid(resolve(process.env.TERRITORIES_DIR ?? TERRITORIES_DIR, prepared.slug)).diagnostics;
  return [...cotation];
}
