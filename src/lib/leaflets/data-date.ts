/**
 * The date of a leaflet comes from its data, never from the clock, so that two builds of the same inputs
 * give the same bytes (DESIGN.md §9, §11).
 */
import type { TerritoryDataset } from '../dataset/index.ts';

/** Date used when the territory has no data file yet: fixed, so the bytes stay stable. */
export const NO_DATA_DATE = new Date(Date.UTC(2000, 0, 1));

/** The date and French label of the latest data of the territory. */
export interface DataDate {
  date: Date;
  /** E.g. "Chiffres : logements 2024, demandes 2023." (the full labels are printed with the sources). */
  label?: string;
}

/**
 * Latest moment the figures describe: RPLS is the stock on 1 January of its millésime, the demand table
 * the situation on 31 December of its millésime (data-formats.md).
 */
export function dataDate(dataset: Pick<TerritoryDataset, 'sources'>): DataDate {
  if (dataset.sources.length === 0) return { date: NO_DATA_DATE };
  let latest = 0;
  for (const s of dataset.sources) {
    const t = s.kind === 'rpls' ? Date.UTC(s.millesime, 0, 1) : Date.UTC(s.millesime, 11, 31);
    latest = Math.max(latest, t);
  }
  const years = (kind: 'rpls' | 'demande') => [...new Set(dataset.sources.filter((s) => s.kind === kind).map((s) => s.millesime))].sort().join(' et ');
  const parts = [years('rpls') && `logements ${years('rpls')}`, years('demande') && `demandes ${years('demande')}`].filter(Boolean);
  return { date: new Date(latest), label: `Chiffres : ${parts.join(', ')}.` };
}
