/**
 * Shared first step of `check` and `build`: load and validate the territory, then build its dataset.
 * Prints nothing itself; callers print the diagnostics.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { loadTerritory, DEFAULT_TERRITORY, TERRITORIES_DIR } from '../src/lib/territory/index.ts';
import { buildDataset, loadFigures, type TerritoryDataset } from '../src/lib/dataset/index.ts';
import { progressBar } from './progress.ts';

/** Figures cache: `.cache/` at the project root (env ILS_CACHE_DIR for tests). */
const CACHE_DIR = process.env.ILS_CACHE_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '.cache');

/** Result of preparing a territory: dataset when valid, and every diagnostic. */
export interface Prepared {
  slug: string;
  dataset?: TerritoryDataset;
  diagnostics: Diagnostic[];
}

/** Loads, validates and builds the dataset of a territory (TERRITORY env or the default). */
export async function prepareDataset(slug?: string, territoriesDir?: string): Promise<Prepared> {
  const name = slug || DEFAULT_TERRITORY;
  const { territory, diagnostics } = loadTerritory(name, { territoriesDir: resolve(territoriesDir ?? process.env.TERRITORIES_DIR ?? TERRITORIES_DIR) });
  if (!territory || hasErrors(diagnostics)) return { slug: name, diagnostics };
  // Data files (RPLS, demand): read once per input change, secrecy applied before anything leaves.
  const progress = progressBar();
  const data = await loadFigures(territory, { cacheDir: CACHE_DIR, ...(progress ? { onProgress: progress } : {}) });
  const all = [...diagnostics, ...data.diagnostics];
  if (!data.figures || hasErrors(all)) return { slug: name, diagnostics: all };
  return { slug: name, dataset: buildDataset(territory, data.figures), diagnostics: all };
}
