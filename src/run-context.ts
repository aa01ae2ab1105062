/**
 * What a run is about, read once from the environment: the one module that reads TERRITORY and the other
 * settings of a build or check. Scripts, Astro's content configuration and the dataset access import it;
 * src/lib never reads the environment and receives these values as arguments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Name of this project in package.json: how the root is recognised. */
const PACKAGE_NAME = 'info-logement-social';

/**
 * Project root: the folder of package.json. During `npm run build`, Astro runs the pages from a bundle written
 * in a temporary folder, where this file's own address no longer says where the project is: scripts/build.ts
 * passes the root in ILS_PROJECT_ROOT. Elsewhere (scripts, `astro dev`, tests) the root is found by going up
 * from this file to the project's package.json.
 */
export const PROJECT_ROOT = projectRoot(process.env);

function projectRoot(env: NodeJS.ProcessEnv): string {
  if (env.ILS_PROJECT_ROOT && isAbsolute(env.ILS_PROJECT_ROOT)) return env.ILS_PROJECT_ROOT;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (dirname(dir) === dir) return resolve(here, '..');
  }
}

function isProjectRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

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
