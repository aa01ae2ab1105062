/**
 * Waiting times embedded in the simulator page (issue 6: « adds the waiting time for the chosen commune
 * and size »). Taken from the dataset's latest demand millésime, already through statistical secrecy.
 */
import type { TerritoryDataset } from '../../lib/dataset/index.ts';
import { TYPOLOGIES } from '../../lib/dataset/index.ts';

/** A waiting time in months, `null` when nothing was attributed, `masked` when secrecy hides it. */
export type WaitingValue = number | null | 'masked';

/** What the island needs to print a waiting time: no more than the public commune pages show. */
export interface WaitingData {
  /** Demand millésime used. */
  millesime: number;
  /** Communes in display order, the whole territory first (code ""). */
  places: { code: string; name: string }[];
  /** Waiting time by place code, then by typology. */
  months: Record<string, Record<string, WaitingValue>>;
}

/** Waiting times of the latest demand millésime, or undefined when the territory has no demand data. */
export function waitingData(d: TerritoryDataset): WaitingData | undefined {
  const millesime = d.millesimes?.demande.at(-1);
  const table = millesime === undefined ? undefined : d.demand[String(millesime)];
  if (!table || millesime === undefined) return undefined;
  const value = (v: unknown): WaitingValue => (typeof v === 'number' ? v : v === null || v === undefined ? null : 'masked');
  const months: WaitingData['months'] = {};
  const places = [{ code: '', name: `Tout le territoire` }, ...d.communes.map((c) => ({ code: c.code, name: c.name }))];
  for (const p of places) {
    const byTypology = p.code ? table.communes[p.code] : table.territory;
    if (!byTypology) continue;
    months[p.code] = Object.fromEntries(TYPOLOGIES.map((t) => [t, value(byTypology[t]?.waitingMonths)]));
  }
  return { millesime, places: places.filter((p) => months[p.code]), months };
}
