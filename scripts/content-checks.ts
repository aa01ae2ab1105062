/**
 * Extra checks run by `npm run check` beyond the territory loader (FALC linter on content, grid files…).
 * Each feature adds its check here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { Prepared } from './prepare.ts';
import { falcCheck, territoryDirOf } from './falc-check.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs every content check on a prepared territory. */
export async function runContentChecks(prepared: Prepared): Promise<Diagnostic[]> {
  return [...falcCheck({ root, territoryDir: territoryDirOf(prepared.slug, root) })];
}
