/**
 * Extra checks run by `npm run check` beyond the territory loader (FALC linter on content, grid files…).
 * Each feature adds its check here.
 */
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import type { Prepared } from './prepare.ts';
import { PROJECT_ROOT as root } from '../src/run-context.ts';
import { falcCheck } from './falc-check.ts';
import { mdxSyntaxCheck } from './mdx-check.ts';
import { reportCheck } from './report-check.ts';
import { falcReviewCheck } from './falc-review-check.ts';
import { join } from 'node:path';

/** Runs every content check on a prepared territory. */
export async function runContentChecks(prepared: Prepared): Promise<Diagnostic[]> {
  // Cotation grid: schema, unknown questions, impossible answers, overlapping bands, examples.
  // Parsed once by prepareDataset, for the dataset and for these diagnostics.
  const cotation = prepared.cotation?.diagnostics ?? [];
  // FALC linter on content/, the territory's overrides and the FALC labels of its YAML files.
  const falc = falcCheck({ root, territoryDir: prepared.dir });
  // MDX syntax, compiled as the build compiles it: a broken tag stops check, not the middle of the build.
  const mdx = mdxSyntaxCheck(root, prepared.dir);
  // Yearly reports of the information service: schema, year, FALC sentences.
  const reports = reportCheck(root, prepared.dir);
  // FALC review records: a text changed since its review loses the « facile à lire » mention.
  const reviews = falcReviewCheck(
    root,
    prepared.dir,
    prepared.dataset && { dataset: prepared.dataset, path: join(prepared.dir, 'territory.yaml') },
  );
  return [...cotation, ...falc, ...mdx, ...reports, ...reviews];
}
