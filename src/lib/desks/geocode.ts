/**
 * Geocoding support without network: the desks' addresses as the CSV that the national address
 * service's batch geocoder expects, and the merge of its answer back into desks.yaml.
 * The service returns, per row, latitude, longitude, result_score (0 to 1), result_type
 * (housenumber, street, locality, municipality) and result_citycode.
 */
import Papa from 'papaparse';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Desk } from './schema.ts';

/** Header of the file to upload: `adresse` is the column to geocode, `citycode` narrows the search. */
export const GEOCODE_COLUMNS = ['id', 'adresse', 'postcode', 'citycode'] as const;

/** CSV (comma, UTF-8) of every desk that has a street address. */
export function geocodeExportCsv(desks: readonly Desk[]): string {
  const rows = desks
    .filter((d) => d.street && d.postcode && d.commune)
    .map((d) => ({
      id: d.id,
      adresse: `${d.street} ${d.postcode} ${d.city ?? ''}`.trim(),
      postcode: d.postcode,
      citycode: d.commune,
    }));
  return (
    Papa.unparse(
      { fields: [...GEOCODE_COLUMNS], data: rows.map((r) => GEOCODE_COLUMNS.map((c) => r[c])) },
      { newline: '\n' },
    ) + '\n'
  );
}

/** One decision of the import: a new position, or a refusal with its French reason. */
export type GeocodeDecision =
  | {
      id: string;
      line: number;
      accepted: true;
      location: { lat: number; lon: number; precision: 'adresse'; score: number };
    }
  | { id: string; line: number; accepted: false; reason: string };

/** Reads the geocoder's answer and decides, row by row, what may be merged. */
export function decideGeocodeResults(csv: string, desks: readonly Desk[], minScore = 0.7): GeocodeDecision[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const missing = ['id', 'latitude', 'longitude', 'result_score', 'result_type'].filter(
    (c) => !parsed.meta.fields?.includes(c),
  );
  if (missing.length)
    throw new Error(
      `colonnes absentes du fichier : ${missing.join(', ')}. Donnez le fichier rendu par le géocodeur, sans le modifier.`,
    );
  const byId = new Map(desks.map((d) => [d.id, d]));
  return parsed.data.map((row, i): GeocodeDecision => {
    const id = row.id ?? '';
    const line = i + 2;
    const desk = byId.get(id);
    const score = Number(row.result_score);
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    if (!desk) return { id, line, accepted: false, reason: `aucun guichet ne porte l’identifiant « ${id} »` };
    if (
      !row.result_score ||
      !Number.isFinite(score) ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      row.latitude === ''
    )
      return { id, line, accepted: false, reason: 'adresse non trouvée par le géocodeur' };
    if (score < minScore)
      return {
        id,
        line,
        accepted: false,
        reason: `score trop bas : ${score.toFixed(2).replace('.', ',')} pour un minimum de ${String(minScore).replace('.', ',')}. Vérifiez l’adresse dans desks.yaml`,
      };
    if (row.result_type !== 'housenumber')
      return {
        id,
        line,
        accepted: false,
        reason: `position trop vague : le géocodeur a trouvé une ${row.result_type === 'street' ? 'rue' : 'commune ou un lieu-dit'}, pas un numéro. Ajoutez le numéro dans l’adresse`,
      };
    if (row.result_citycode && desk.commune && row.result_citycode !== desk.commune)
      return {
        id,
        line,
        accepted: false,
        reason: `le géocodeur a trouvé une autre commune : ${row.result_citycode} au lieu de ${desk.commune}`,
      };
    return {
      id,
      line,
      accepted: true,
      location: { lat: round5(lat), lon: round5(lon), precision: 'adresse', score: Math.round(score * 100) / 100 },
    };
  });
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/** desks.yaml text with the accepted positions written in; comments and order are kept. */
export function mergeLocations(desksYaml: string, decisions: readonly GeocodeDecision[]): string {
  const doc = parseDocument(desksYaml);
  const seq = doc.contents;
  if (!isSeq(seq)) throw new Error('desks.yaml doit être une liste de guichets');
  for (const decision of decisions) {
    if (!decision.accepted) continue;
    const index = seq.items.findIndex((item) => isMap(item) && String(item.get('id')) === decision.id);
    if (index < 0) continue;
    const node = doc.createNode(decision.location);
    node.flow = true;
    doc.setIn([index, 'location'], node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** Area-weighted centroid of a GeoJSON Polygon or MultiPolygon, in [lat, lon]. */
export function polygonCentre(geometry: { type: string; coordinates: unknown }): {
  lat: number;
  lon: number;
  area: number;
} {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  let area = 0,
    cx = 0,
    cy = 0;
  for (const rings of polygons) {
    const ring = rings[0] ?? [];
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      const cross = x0 * y1 - x1 * y0;
      area += cross / 2;
      cx += ((x0 + x1) * cross) / 6;
      cy += ((y0 + y1) * cross) / 6;
    }
  }
  return { lat: cy / area, lon: cx / area, area: Math.abs(area) };
}
