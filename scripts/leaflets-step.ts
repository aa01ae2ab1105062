/**
 * Post-build step: writes the leaflets as PDF files into `<site>/plaquettes/`. The bytes are the ones the
 * /plaquettes/ page measured (same memoised generation), so the sizes it shows are exact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedLeaflets } from '../src/lib/leaflets/index.ts';
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';

/** Writes every leaflet PDF; returns the number of files written. */
export async function writeLeafletFiles(siteDir: string, dataset: TerritoryDataset): Promise<number> {
  const leaflets = await cachedLeaflets(dataset);
  const dir = join(siteDir, 'plaquettes');
  mkdirSync(dir, { recursive: true });
  for (const l of leaflets) writeFileSync(join(dir, `${l.model.id}.pdf`), l.bytes);
  return leaflets.length;
}
