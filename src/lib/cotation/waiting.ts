/**
 * Waiting times embedded in the simulator page, taken from the latest demand millésime, already through
 * statistical secrecy. The input is described here by its shape, so that this module does not import
 * the dataset module (which imports this one).
 */

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

type Cells = Record<string, { waitingMonths?: unknown } | undefined>;
/** The part of the dataset the waiting times are read from. */
export interface WaitingSource {
  millesimes?: { demand: number[] } | undefined;
  demand: Record<string, { territory: Cells; communes: Record<string, Cells | undefined> } | undefined>;
  communes: { code: string; name: string }[];
}

/** Waiting times of the latest demand millésime, or undefined when the territory has no demand data. */
export function waitingData(d: WaitingSource, typologies: readonly string[]): WaitingData | undefined {
  const millesime = d.millesimes?.demand.at(-1);
  const table = millesime === undefined ? undefined : d.demand[String(millesime)];
  if (!table || millesime === undefined) return undefined;
  const value = (v: unknown): WaitingValue =>
    typeof v === 'number' ? v : v === null || v === undefined ? null : 'masked';
  const months: WaitingData['months'] = {};
  const places = [{ code: '', name: 'Tout le territoire' }, ...d.communes.map((c) => ({ code: c.code, name: c.name }))];
  for (const p of places) {
    const byTypology = p.code ? table.communes[p.code] : table.territory;
    if (!byTypology) continue;
    months[p.code] = Object.fromEntries(typologies.map((t) => [t, value(byTypology[t]?.waitingMonths)]));
  }
  return { millesime, places: places.filter((p) => months[p.code]), months };
}
