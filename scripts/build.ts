/**
 * `npm run build` (default territory) or `TERRITORY=<slug> npm run build`.
 * Validates the territory, prepares its dataset once, renders the leaflet PDFs from it, builds the site into a
 * temporary folder, runs the post-build steps (which copy the PDFs in), and only then replaces the output folder: a failure leaves the previous site untouched.
 * Options: `--out <dir>` (default dist); the territory and folders come from src/run-context.ts. The dataset
 * and the site address reach Astro's pages through the environment (ILS_DATASET, ILS_SITE_URL).
 */
import { mkdirSync, rmSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDataset } from './prepare.ts';
import { printDiagnostics } from './cli-output.ts';
import { postBuildSteps } from './post-build.ts';
import { renderLeafletFiles } from './leaflets-step.ts';
import { runContentChecks } from './content-checks.ts';
import { leafletsIndexFile, runContext } from '../src/run-context.ts';
import { secrecySummary } from './secrecy-summary.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'dist') : join(root, 'dist'));

const context = runContext();
const prepared = await prepareDataset();
// The same checks as `npm run check` (grid, FALC texts): a wrong file stops the build before anything is written.
const diagnostics = prepared.dataset
  ? [...prepared.diagnostics, ...(await runContentChecks(prepared))]
  : prepared.diagnostics;
if (printDiagnostics(diagnostics, console.error, { errorsOnly: true }) || !prepared.dataset) {
  console.error(`Construction arrêtée : le site précédent (${outDir}) n'a pas été modifié.`);
  process.exit(1);
}
const dataset = prepared.dataset;
for (const line of secrecySummary(dataset)) console.log(line);
const work = join(root, '.build-tmp', `${prepared.slug}-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const datasetFile = join(work, 'dataset.json');
writeFileSync(datasetFile, JSON.stringify(dataset));
const siteDir = join(work, 'site');
const leafletsDir = join(work, 'leaflets');

try {
  // The leaflets come from the dataset alone: rendered before the pages, which show their sizes.
  await renderLeafletFiles(dataset, leafletsDir, leafletsIndexFile(datasetFile));
  // No network at build time: Astro's anonymous telemetry is switched off.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.ILS_DATASET = datasetFile;
  // The pages run from a bundle in a temporary folder: they learn where the project and its territories are
  // from here (src/run-context.ts), so the statement finds conformance.json and the territory's own pages.
  process.env.ILS_PROJECT_ROOT = root;
  process.env.TERRITORIES_DIR = context.territoriesDir;
  process.env.ILS_SITE_URL = dataset.settings.siteUrl;
  const { build } = await import('astro');
  // A fresh content store for every build: the shared one (node_modules/.astro) remembers the previous
  // territory's pages, and a removed content folder then breaks every later build of every territory.
  const cacheDir = join(work, 'astro-cache');
  await build({
    root,
    outDir: siteDir,
    cacheDir,
    logLevel: context.quiet ? 'error' : 'warn',
    site: dataset.settings.siteUrl,
  });
  await postBuildSteps({ siteDir, dataset, root, leafletsDir });
} catch (error) {
  console.error(String(error instanceof Error ? (error.stack ?? error.message) : error));
  console.error(`Construction échouée : le site précédent (${outDir}) n'a pas été modifié.`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

// Swap: the old output is moved aside first so the new one appears in one rename.
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
mkdirSync(dirname(outDir), { recursive: true });
renameSync(siteDir, outDir);
rmSync(old, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
console.log(`Site de « ${dataset.settings.name} » construit dans ${outDir} (${dataset.communes.length} communes).`);
