/**
 * Extra checks run by `npm run check` beyond the territory loader (FALC linter on content, grid files…).
 * Each feature adds its check here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { Prepared } from './prepare.ts';
import { TERRITORIES_DIR } from '../src/lib/territory/index.ts';
import { loadCotationGrid } from '../src/lib/cotation/index.ts';
import { falcCheck, territoryDirOf } from './falc-check.ts';
import { mdxSyntaxCheck } from './mdx-check.ts';
import { reportCheck } from './report-check.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs every content check on a prepared territory. */
export async function runContentChecks(prepared: Prepared): Promise<Diagnostic[]> {
  // Cotation grid (issue 6): schema, unknown questions, impossible answers, overlapping bands, examples.
  const cotation = loadCotationGrid(resolve(process.env.TERRITORIES_DIR ?? TERRITORIES_DIR, prepared.slug)).diagnostics;
  // FALC linter (issue 8) on content/, the territory's overrides and the FALC labels of its YAML files.
  const falc = falcCheck({ root, territoryDir: territoryDirOf(prepared.slug, root) });
  // MDX syntax, compiled as the build compiles it: a broken tag stops check, not the middle of the build.
  const mdx = mdxSyntaxCheck(root, territoryDirOf(prepared.slug, root));
  // Yearly reports of the information service: schema, year, FALC sentences.
  const reports = reportCheck(root, territoryDirOf(prepared.slug, root));
  return [...cotation, ...falc, ...mdx, ...reports];
}
