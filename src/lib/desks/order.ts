/**
 * Desks in the order a person uses them, the same on every page and leaflet: the territory's own desks
 * first, then the desks outside it (Action Logement in Clermont-Ferrand serves only some employees; a
 * landlord's agency 30 km away is a last resort). Inside each part: registration before social support
 * before information, desks open to everyone before restricted ones, the nearest first when a commune
 * is known, public services before landlords, then by name so the order is stable.
 */
import type { Desk, DeskLevel } from './schema.ts';
import { distanceKm, type LatLon } from './nearest.ts';
import { mainLevel } from './labels.ts';

/** Rank of each main level: registration first (what most visitors come for). */
const LEVEL_RANK: Record<DeskLevel, number> = { 2: 0, 3: 1, 1: 2 };

/**
 * Services that answer every resident for any landlord come before a landlord's own agency; a
 * phone-only service comes last among equals, as it has no counter to go to.
 */
const KIND_RANK: Record<Desk['kind'], number> = {
  epci: 0,
  mairie: 1,
  ccas: 2,
  'maison-habitat': 3,
  departement: 4,
  association: 5,
  bailleur: 6,
  'action-logement': 7,
  autre: 8,
  siao: 9,
};

/** Options of {@link orderDesks}. */
export interface OrderOptions {
  /** Where distances are measured from, usually the commune's centre. Without it, no distance is used. */
  from?: LatLon | undefined;
}

/** True when the desk stands in the territory (phone services, with no place, count as inside). */
export function inTerritory(desk: Pick<Desk, 'outsideTerritory'>): boolean {
  return !desk.outsideTerritory;
}

/**
 * The desks of the territory that work at `level` (2: where one can file a demand). The one count every
 * page and leaflet says ("Il y a 4 guichets pour déposer une demande"): desks outside the territory
 * receive only some people and are listed apart.
 */
export function desksAtLevel<D extends Pick<Desk, 'outsideTerritory' | 'levels'>>(
  desks: readonly D[],
  level: 1 | 2 | 3,
): D[] {
  return desks.filter((d) => inTerritory(d) && d.levels.includes(level));
}

/** Sort keys of one desk, compared in order. */
function keys(desk: Desk, from: LatLon | undefined): (number | string)[] {
  const km = from && desk.location ? distanceKm(from, desk.location) : from ? Number.POSITIVE_INFINITY : 0;
  return [
    inTerritory(desk) ? 0 : 1,
    LEVEL_RANK[mainLevel(desk)],
    desk.audience === 'tous' ? 0 : 1,
    // Rounded to 100 m: two desks of the same town (same approximate point) tie and fall to the kind.
    Math.round(km * 10),
    KIND_RANK[desk.kind],
    desk.name,
  ];
}

function compare(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'string' || typeof y === 'string') return String(x).localeCompare(String(y), 'fr');
    return x - y;
  }
  return 0;
}

/** The desks in order of use (see the module comment); a new array, the input is left as it is. */
export function orderDesks<D extends Desk>(desks: readonly D[], options: OrderOptions = {}): D[] {
  const withKeys = desks.map((desk) => ({ desk, k: keys(desk, options.from) }));
  return withKeys.sort((a, b) => compare(a.k, b.k)).map((x) => x.desk);
}

/** A group of the directory: the territory's desks by level, then the desks outside the territory. */
export interface DeskGroup {
  /** Anchor and key: `niveau-2`, `niveau-3`, `niveau-1` or `hors-territoire`. */
  id: string;
  /** Level of the group; absent for the desks outside the territory. */
  level?: DeskLevel;
  /** The group's desks, in order of use. */
  desks: Desk[];
}

/** The directory's groups, in order, empty groups left out. */
export function deskGroups(desks: readonly Desk[], options: OrderOptions = {}): DeskGroup[] {
  const ordered = orderDesks(desks, options);
  const inside = ordered.filter(inTerritory);
  const groups: DeskGroup[] = ([2, 3, 1] as DeskLevel[]).map((level) => ({
    id: `niveau-${level}`,
    level,
    desks: inside.filter((d) => mainLevel(d) === level),
  }));
  groups.push({ id: 'hors-territoire', desks: ordered.filter((d) => !inTerritory(d)) });
  return groups.filter((g) => g.desks.length > 0);
}
