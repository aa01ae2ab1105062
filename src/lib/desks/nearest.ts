import type { Desk, DeskLevel } from './schema.ts';

/** A point on Earth in decimal degrees (WGS 84). */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres (haversine formula). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Options of {@link nearestDesks}. */
export interface NearestOptions {
  /** Keep only desks of this level (2 = registration). */
  level?: DeskLevel;
  /** How many desks to return. */
  limit?: number;
  /** Keep only desks open to everyone (not Action Logement's employees-only desk). */
  everyoneOnly?: boolean;
}

/**
 * Desks closest to a point, straight-line distance, nearest first (ties by name so the order is stable).
 * Phone-only services have no position and are left out. A desk outside the territory is proposed only
 * when no desk inside it matches: a nearer desk across the border would otherwise push aside the
 * territory's own service, which is the one that knows the local demands.
 */
export function nearestDesks(
  from: LatLon,
  desks: readonly Desk[],
  options: NearestOptions = {},
): { desk: Desk; km: number }[] {
  const { level, limit = 3, everyoneOnly = false } = options;
  const matching = desks.filter(
    (d) => d.location && (level === undefined || d.levels.includes(level)) && (!everyoneOnly || d.audience === 'tous'),
  );
  const inside = matching.filter((d) => !d.outsideTerritory);
  return (inside.length > 0 ? inside : matching)
    .map((desk) => ({ desk, km: distanceKm(from, desk.location!) }))
    .sort((a, b) => a.km - b.km || a.desk.name.localeCompare(b.desk.name, 'fr'))
    .slice(0, limit);
}
