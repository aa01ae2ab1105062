/** Source lines of the figures, built from the dataset's `sources` (label, then origin when given). */
import type { SourceInfo, TerritoryDataset } from '../../lib/dataset/index.ts';

/** "RPLS au 1er janvier 2024" or "demandes au 31 décembre 2022, fichier partagé du Puy-de-Dôme". */
export function sourceText(source: SourceInfo): string {
  return source.origin ? `${source.label}, ${source.origin}` : source.label;
}

/** Source line of one millésime of one kind; falls back to a generic text if the file is not listed. */
export function sourceFor(dataset: TerritoryDataset, kind: SourceInfo['kind'], millesime: number): string {
  const found = dataset.sources.find((s) => s.kind === kind && s.millesime === millesime);
  if (found) return sourceText(found);
  return kind === 'rpls' ? `RPLS au 1er janvier ${millesime}` : `demandes au 31 décembre ${millesime}`;
}

/** The latest millésime of a kind, or undefined when the dataset has none. */
export function latest(dataset: TerritoryDataset, kind: 'rpls' | 'demande'): number | undefined {
  const years = dataset.millesimes[kind];
  return years.length > 0 ? years[years.length - 1] : undefined;
}
