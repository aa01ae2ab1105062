/**
 * Shared first step of `check` and `build`: load and validate the territory, then build its dataset.
 * Prints nothing itself; callers print the diagnostics.
 */
import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { loadTerritory, DEFAULT_TERRITORY, TERRITORIES_DIR } from '../src/lib/territory/index.ts';
import { buildDataset, type TerritoryDataset } from '../src/lib/dataset/index.ts';

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
  return { slug: name, dataset: buildDataset(territory), diagnostics };
}
