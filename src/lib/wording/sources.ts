/** Source lines of the figures, built from the dataset's `sources` (label, then origin when given). */
import { TABLE_OF_KIND, type DatasetFigures, type SourceInfo } from '../figures/index.ts';

/** What the source lines read from the dataset. */
type WithSources = Pick<DatasetFigures, 'sources' | 'millesimes'>;

/**
 * "RPLS au 1er janvier 2024" or "demandes au 31 décembre 2022. Fichier partagé du Puy-de-Dôme": the
 * origin, free text from territory.yaml, is its own sentence so that each sentence stays short.
 */
export function sourceText(source: SourceInfo): string {
  if (!source.origin) return source.label;
  const origin = source.origin.trim().replace(/\.$/, '');
  return `${source.label}. ${origin.charAt(0).toUpperCase()}${origin.slice(1)}`;
}

/** Source line of one millésime of one kind; falls back to a generic text if the file is not listed. */
export function sourceFor(dataset: WithSources, kind: SourceInfo['kind'], millesime: number): string {
  const found = dataset.sources.find((s) => s.kind === kind && s.millesime === millesime);
  if (found) return sourceText(found);
  return kind === 'rpls' ? `RPLS au 1er janvier ${millesime}` : `demandes au 31 décembre ${millesime}`;
}

/** The latest millésime of a kind, or undefined when the dataset has none. */
export function latest(dataset: WithSources, kind: 'rpls' | 'demande'): number | undefined {
  const years = dataset.millesimes[TABLE_OF_KIND[kind]];
  return years.length > 0 ? years[years.length - 1] : undefined;
}
