/**
 * What the pages and the browser island need: the year in force and the zone of each commune of the
 * territory. Plain JSON, carried in the dataset.
 */
import { zoneOfCommune } from './zones.ts';
import type { YearCeilings, Zone } from './words.ts';

/** The eligibility part of the dataset. */
export interface EligibilityData {
  /** The year of ceilings used (the build day's, or the latest before it). */
  ceilings: YearCeilings;
  /** True when the file has no ceilings for the build year: pages say which year they show. */
  outdated: boolean;
  /** Every commune of the territory with its zone, sorted as the territory lists them. */
  communes: { code: string; name: string; zone: Zone }[];
  /** The zones of the territory's communes, in the order of the arrêté. */
  zones: Zone[];
}

/** Builds the eligibility data of a territory. */
export function eligibilityData(
  ceilings: YearCeilings,
  communes: readonly { code: string; name: string }[],
  buildYear: number,
): EligibilityData {
  const withZone = communes.map((c) => ({ code: c.code, name: c.name, zone: zoneOfCommune(c.code) }));
  const present = new Set(withZone.map((c) => c.zone));
  const zones = (['paris', 'ile-de-france', 'autres-regions'] as const).filter((z) => present.has(z));
  return { ceilings, outdated: ceilings.year !== buildYear, communes: withZone, zones };
}
