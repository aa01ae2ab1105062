/**
 * What a run is about, read once from the environment: the one module that reads TERRITORY and the other
 * settings of a build or check. Scripts, Astro's content configuration and the dataset access import it;
 * src/lib never reads the environment and receives these values as arguments.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: the folder of package.json. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Settings of one run. */
export interface RunContext {
  /** Project root. */
  root: string;
  /** Territory folder name (TERRITORY, or the default territory). */
  territory: string;
  /** Folder holding one folder per territory (TERRITORIES_DIR, or data/territories), absolute. */
  territoriesDir: string;
  /** Folder of the territory, absolute. */
  territoryDir: string;
  /** Figures cache (ILS_CACHE_DIR, or .cache), absolute. */
  cacheDir: string;
  /** Only errors in the build log (ILS_QUIET). */
  quiet: boolean;
  /** Dataset prepared by scripts/build.ts for the pages (ILS_DATASET). */
  datasetFile?: string;
  /** Day of the run, « AAAA-MM-JJ »: which year of income ceilings applies (ILS_TODAY, for tests; else today). */
  today: string;
  /** Browser tests only: the editing interface uses the CMS's in-browser test backend (ILS_ADMIN_TEST_BACKEND=1). */
  adminTestBackend: boolean;
}

/** Territory built when none is named. */
export const DEFAULT_TERRITORY = 'thiers-dore-montagne';

const absolute = (p: string) => (isAbsolute(p) ? p : resolve(PROJECT_ROOT, p));

/** Reads the run settings from an environment (the process environment by default). */
export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const territory = env.TERRITORY || DEFAULT_TERRITORY;
  const territoriesDir = absolute(env.TERRITORIES_DIR || join('data', 'territories'));
  return {
    root: PROJECT_ROOT,
    territory,
    territoriesDir,
    territoryDir: join(territoriesDir, territory),
    cacheDir: absolute(env.ILS_CACHE_DIR || '.cache'),
    quiet: Boolean(env.ILS_QUIET),
    ...(env.ILS_DATASET ? { datasetFile: env.ILS_DATASET } : {}),
    adminTestBackend: env.ILS_ADMIN_TEST_BACKEND === '1',
    today: /^\d{4}-\d{2}-\d{2}$/.test(env.ILS_TODAY ?? '') ? env.ILS_TODAY! : new Date().toISOString().slice(0, 10),
  };
}

/**
 * The leaflet list written by scripts/build.ts next to the dataset file (ids, sizes, page counts), read by
 * the /plaquettes/ page.
 */
export function leafletsIndexFile(datasetFile: string): string {
  return `${datasetFile.replace(/\.json$/, '')}.leaflets.json`;
}
