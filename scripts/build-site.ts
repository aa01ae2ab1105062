/**
 * One site build, callable many times in one process: `npm run build` calls it once, `npm run national --
 * construire` once per territory of its batch, so Node, Astro, the leaflet fonts and the Pagefind process
 * are loaded once for the whole batch. Each call validates the territory, prepares its dataset, renders the
 * leaflet PDFs from it, builds the site into a temporary folder, runs the post-build steps (which copy the
 * PDFs in), and only then replaces the output folder: a failure leaves the previous site untouched.
 * The territory and folders are passed in the environment (TERRITORY, TERRITORIES_DIR), as for one build,
 * because Astro's content configuration and the pages read them there (src/run-context.ts). Every call
 * returns the time of each step, so the batch can print where the time goes.
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

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The steps of a build, in order (their French names are in scripts/national-build.ts). */
export type BuildStep = 'prepare' | 'leaflets' | 'astro' | 'postBuild' | 'publish';

export interface BuildSiteOptions {
  /** Folder that receives the site (replaced in one rename). */
  outDir: string;
  /** Where a line of the build log goes (console.log by default). */
  log?: (line: string) => void;
  /** Where the errors go (console.error by default). */
  error?: (line: string) => void;
  /** Keeps Pagefind's process running after the build, for the next build of a batch (the caller closes it). */
  keepSearchOpen?: boolean;
}

export interface BuildSiteResult {
  ok: boolean;
  /** Milliseconds spent in each step. */
  steps: Partial<Record<BuildStep, number>>;
}

/** Builds the site of the territory named in the environment (TERRITORY, TERRITORIES_DIR). */
export async function buildSite(o: BuildSiteOptions): Promise<BuildSiteResult> {
  const log = o.log ?? console.log;
  const error = o.error ?? console.error;
  const outDir = resolve(o.outDir);
  const steps: BuildSiteResult['steps'] = {};
  let last = performance.now();
  const done = (step: BuildStep) => {
    const now = performance.now();
    steps[step] = (steps[step] ?? 0) + (now - last);
    last = now;
  };
  const context = runContext();
  const prepared = await prepareDataset();
  // The same checks as `npm run check` (grid, FALC texts): a wrong file stops the build before anything is written.
  const diagnostics = prepared.dataset
    ? [...prepared.diagnostics, ...(await runContentChecks(prepared))]
    : prepared.diagnostics;
  if (printDiagnostics(diagnostics, error, { errorsOnly: true }) || !prepared.dataset) {
    error(`Construction arrêtée : le site précédent (${outDir}) n'a pas été modifié.`);
    done('prepare');
    return { ok: false, steps };
  }
  const dataset = prepared.dataset;
  for (const line of secrecySummary(dataset)) log(line);
  const work = join(ROOT, '.build-tmp', `${prepared.slug}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const datasetFile = join(work, 'dataset.json');
  writeFileSync(datasetFile, JSON.stringify(dataset));
  const siteDir = join(work, 'site');
  const leafletsDir = join(work, 'leaflets');
  done('prepare');

  try {
    // The leaflets come from the dataset alone: rendered before the pages, which show their sizes.
    await renderLeafletFiles(dataset, leafletsDir, leafletsIndexFile(datasetFile));
    done('leaflets');
    // No network at build time: Astro's anonymous telemetry is switched off.
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    process.env.ILS_DATASET = datasetFile;
    // The pages run from a bundle in a temporary folder: they learn where the project and its territories are
    // from here (src/run-context.ts), so the statement finds conformance.json and the territory's own pages.
    process.env.ILS_PROJECT_ROOT = ROOT;
    process.env.TERRITORIES_DIR = context.territoriesDir;
    process.env.ILS_SITE_URL = dataset.settings.siteUrl;
    const { build } = await import('astro');
    // A fresh content store for every build: the shared one (node_modules/.astro) remembers the previous
    // territory's pages, and a removed content folder then breaks every later build of every territory.
    const cacheDir = join(work, 'astro-cache');
    await build({
      root: ROOT,
      outDir: siteDir,
      cacheDir,
      logLevel: context.quiet ? 'error' : 'warn',
      site: dataset.settings.siteUrl,
    });
    done('astro');
    await postBuildSteps({ siteDir, dataset, root: ROOT, leafletsDir, keepSearchOpen: o.keepSearchOpen ?? false });
    done('postBuild');
  } catch (thrown) {
    error(String(thrown instanceof Error ? (thrown.stack ?? thrown.message) : thrown));
    error(`Construction échouée : le site précédent (${outDir}) n'a pas été modifié.`);
    rmSync(work, { recursive: true, force: true });
    return { ok: false, steps };
  }

  // Swap: the old output is moved aside first so the new one appears in one rename.
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  mkdirSync(dirname(outDir), { recursive: true });
  renameSync(siteDir, outDir);
  rmSync(old, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  done('publish');
  log(`Site de « ${dataset.settings.name} » construit dans ${outDir} (${dataset.communes.length} communes).`);
  return { ok: true, steps };
}
