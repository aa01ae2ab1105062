/**
 * The date of a leaflet comes from its data, never from the clock, so that two builds of the same inputs
 * give the same bytes (DESIGN.md §9, §11).
 */
import type { SourceInfo, TerritoryDataset } from '../dataset/index.ts';

/** Date used when the territory has no data file yet: fixed, so the bytes stay stable. */
export const NO_DATA_DATE = new Date(Date.UTC(2000, 0, 1));

/** The date and French label of the latest data of the territory. */
export interface DataDate {
  date: Date;
  /** E.g. "Chiffres : logements 2024, demandes 2023." (the full labels are printed with the sources). */
  label?: string;
}

/**
 * The sources the leaflets use: the latest millésime of each kind (older ones only feed evolutions). The
 * positioning table is not in the leaflets: its source is not listed there.
 */
export function latestSources<S extends { kind: SourceInfo['kind']; millesime: number }>(sources: readonly S[]): S[] {
  const latest = (kind: S['kind']) => Math.max(...sources.filter((s) => s.kind === kind).map((s) => s.millesime));
  return sources.filter((s) => s.kind !== 'positionnement' && s.millesime === latest(s.kind));
}

/**
 * Latest moment the figures describe: RPLS is the stock on 1 January of its millésime, the demand table
 * the situation on 31 December of its millésime (data-formats.md).
 */
export function dataDate(dataset: Pick<TerritoryDataset, 'sources'>): DataDate {
  const used = latestSources(dataset.sources);
  if (used.length === 0) return { date: NO_DATA_DATE };
  let latest = 0;
  for (const s of used) {
    const t =
      s.kind === 'demande' || s.kind === 'positionnement' ? Date.UTC(s.millesime, 11, 31) : Date.UTC(s.millesime, 0, 1);
    latest = Math.max(latest, t);
  }
  const year = (kind: 'rpls' | 'demande') => used.find((s) => s.kind === kind)?.millesime;
  const parts = [year('rpls') && `logements ${year('rpls')}`, year('demande') && `demandes ${year('demande')}`].filter(
    Boolean,
  );
  return { date: new Date(latest), label: `Chiffres : ${parts.join(', ')}.` };
}
