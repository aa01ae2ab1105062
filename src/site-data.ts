/**
 * Access to the territory dataset from Astro pages. scripts/build.ts prepares the dataset once and
 * passes its path in ILS_DATASET, so pages never parse input files. Under `astro dev` the dataset is
 * prepared here on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDatasetFile, type TerritoryDataset } from './lib/dataset/index.ts';
import { InputError } from './lib/diagnostics/index.ts';
import { generateLeaflets, leafletFiles, type LeafletFile } from './lib/leaflets/index.ts';
import { leafletsIndexFile, runContext } from './run-context.ts';

let cached: TerritoryDataset | undefined;

/** The dataset of the territory being built. */
export async function getDataset(): Promise<TerritoryDataset> {
  if (cached) return cached;
  const file = runContext().datasetFile;
  if (file) {
    cached = parseDatasetFile(readFileSync(file, 'utf8'), file);
    return cached;
  }
  // The one exception to « src never imports scripts/ »: under `astro dev` no build script ran before the
  // pages, so the dataset is prepared here, with the same code as the build.
  // eslint-disable-next-line ils/layers -- astro dev only; scripts/build.ts passes ILS_DATASET instead
  const { prepareDataset } = await import('../scripts/prepare.ts');
  const prepared = await prepareDataset();
  if (!prepared.dataset) throw new InputError(prepared.diagnostics);
  cached = prepared.dataset;
  return cached;
}

/**
 * Id, size and page count of every leaflet PDF. scripts/build.ts renders the PDFs before the pages and
 * writes this list next to the dataset; without it (`astro dev`, page tests) the leaflets are rendered here.
 */
export async function getLeafletFiles(): Promise<LeafletFile[]> {
  const file = runContext().datasetFile;
  const index = file && leafletsIndexFile(file);
  if (index && existsSync(index)) return JSON.parse(readFileSync(index, 'utf8')) as LeafletFile[];
  return leafletFiles(await generateLeaflets(await getDataset()));
}
