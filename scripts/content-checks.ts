/**
 * Extra checks run by `npm run check` beyond the territory loader (FALC linter on content, grid files…).
 * Each feature adds its check here.
 */
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { Prepared } from './prepare.ts';

/** Runs every content check on a prepared territory. */
export async function runContentChecks(_prepared: Prepared): Promise<Diagnostic[]> {
  return [];
}
