/**
 * `npm run build` (default territory) or `TERRITORY=<slug> npm run build`.
 * Validates the territory, prepares its dataset once, renders the leaflet PDFs from it, builds the site into a
 * temporary folder, runs the post-build steps (which copy the PDFs in), and only then replaces the output
 * folder: a failure leaves the previous site untouched. The steps are in scripts/build-site.ts, shared with
 * `npm run national -- construire`, which builds many territories in one process.
 * Options: `--out <dir>` (default dist); the territory and folders come from src/run-context.ts. The dataset
 * and the site address reach Astro's pages through the environment (ILS_DATASET, ILS_SITE_URL).
 */
import { join } from 'node:path';
import { buildSite, ROOT } from './build-site.ts';

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? (process.argv[outArg + 1] ?? 'dist') : join(ROOT, 'dist');
const { ok } = await buildSite({ outDir });
if (!ok) process.exit(1);
