/**
 * Shared first step of `check` and `build`: load and validate the territory, read its cotation grid once,
 * then build its dataset. Prints nothing itself; callers print the diagnostics.
 */
import { join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { loadTerritory } from '../src/lib/territory/index.ts';
import { loadCotationGrid, type ParsedGrid } from '../src/lib/cotation/index.ts';
import { buildDataset, loadFigures, type TerritoryDataset } from '../src/lib/dataset/index.ts';
import { CEILINGS_FILE, eligibilityData, loadCeilings } from '../src/lib/eligibility/index.ts';
import { runContext } from '../src/run-context.ts';
import { progressBar } from './progress.ts';

/** Result of preparing a territory: dataset when valid, and every diagnostic. */
export interface Prepared {
  slug: string;
  /** Absolute folder of the territory. */
  dir: string;
  /** The cotation grid, parsed once for the dataset and for `check`; absent when the territory did not load. */
  cotation?: ParsedGrid;
  dataset?: TerritoryDataset;
  diagnostics: Diagnostic[];
}

/** Loads, validates and builds the dataset of a territory (the run's territory by default). */
export async function prepareDataset(slug?: string, territoriesDir?: string): Promise<Prepared> {
  const context = runContext();
  const name = slug || context.territory;
  const folder = resolve(territoriesDir ?? context.territoriesDir);
  const dir = join(folder, name);
  const { territory, diagnostics } = loadTerritory(name, { territoriesDir: folder, displayRoot: context.root });
  if (!territory || hasErrors(diagnostics)) return { slug: name, dir, diagnostics };
  const cotation = loadCotationGrid(territory.dir, context.root);
  // Data files (RPLS, demand): read once per input change, secrecy applied before anything leaves.
  const progress = progressBar();
  const data = await loadFigures(territory, {
    cacheDir: context.cacheDir,
    displayRoot: context.root,
    ...(progress ? { onProgress: progress } : {}),
  });
  // Income ceilings: one file shared by every territory, the year of the run's day.
  const ceilings = loadCeilings(join(context.root, CEILINGS_FILE), CEILINGS_FILE, context.today);
  const all = [...diagnostics, ...data.diagnostics, ...ceilings.diagnostics];
  if (!data.figures || hasErrors(all)) return { slug: name, dir, cotation, diagnostics: all };
  const dataset = buildDataset(territory, data.figures, cotation);
  if (ceilings.current)
    dataset.eligibility = eligibilityData(ceilings.current, territory.communes, Number(context.today.slice(0, 4)));
  return { slug: name, dir, cotation, dataset, diagnostics: all };
}
