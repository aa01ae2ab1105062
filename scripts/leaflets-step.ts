/**
 * Leaflets in the build: rendered once from the dataset before Astro runs (PDFs into the work folder, plus
 * the list of ids, sizes and page counts the /plaquettes/ page shows), then copied into `<site>/plaquettes/`
 * by the post-build step, so the sizes shown are the sizes of the files published.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLeaflets, leafletFiles, type LeafletFile } from '../src/lib/leaflets/index.ts';
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';

/** Renders every leaflet PDF into `pdfDir` and writes their list to `indexFile`; returns that list. */
export async function renderLeafletFiles(
  dataset: TerritoryDataset,
  pdfDir: string,
  indexFile: string,
): Promise<LeafletFile[]> {
  const leaflets = await generateLeaflets(dataset);
  mkdirSync(pdfDir, { recursive: true });
  for (const l of leaflets) writeFileSync(join(pdfDir, `${l.model.id}.pdf`), l.bytes);
  const files = leafletFiles(leaflets);
  writeFileSync(indexFile, JSON.stringify(files));
  return files;
}

/** Copies the rendered PDFs into `<site>/plaquettes/`; returns the number of files copied. */
export function copyLeafletFiles(pdfDir: string, siteDir: string): number {
  const dir = join(siteDir, 'plaquettes');
  mkdirSync(dir, { recursive: true });
  const pdfs = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf'));
  for (const f of pdfs) copyFileSync(join(pdfDir, f), join(dir, f));
  return pdfs.length;
}
