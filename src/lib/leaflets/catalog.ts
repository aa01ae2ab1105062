/**
 * The list of leaflets of a territory and their generation. Pages (list with sizes, HTML print versions)
 * and the post-build step (PDF files) call the same memoised generation, so the sizes shown are the
 * sizes of the files written.
 */
import { createHash } from 'node:crypto';
import type { TerritoryDataset } from '../dataset/index.ts';
import type { Commune } from '../territory/index.ts';
import type { LeafletModel } from './model.ts';
import { territoryLeaflet } from './territory-leaflet.ts';
import { communeSheet, type NearestDesks } from './commune-sheet.ts';
import { frenchHoursText, type HoursText } from './desk-view.ts';
import { nearestDesks } from '../desks/index.ts';
import { cotationLeaflet } from './cotation-leaflet.ts';
import { renderLeafletPdf } from './pdf-render.ts';
import { yearlyReportLeaflet } from './yearly-report-leaflet.ts';

/** Functions the leaflets borrow from other modules (injected so that tests can replace them). */
export interface LeafletDeps {
  hoursText: HoursText;
  nearestDesks: NearestDesks;
}

/**
 * Default dependencies: French hours and nearest registration desks from the desks module, measured
 * from the commune's centre (commune-centres.yaml).
 */
export const defaultDeps: LeafletDeps = {
  hoursText: frenchHoursText,
  nearestDesks: (dataset: TerritoryDataset, commune: Commune, count: number) => {
    const centre = dataset.deskExtras?.communeCentres[commune.code];
    if (!centre) return [];
    return nearestDesks(centre, dataset.desks, { level: 2, limit: count }).map((n) => n.desk);
  },
};

/** Every leaflet of the territory: territory leaflet, cotation grid, yearly reports (newest first), communes. */
export function leafletModels(dataset: TerritoryDataset, deps: LeafletDeps = defaultDeps): LeafletModel[] {
  const cotation = cotationLeaflet(dataset);
  return [
    territoryLeaflet(dataset, deps.hoursText),
    ...(cotation ? [cotation] : []),
    ...[...(dataset.yearlyReports ?? [])].reverse().map((r) => yearlyReportLeaflet(dataset, r)),
    ...dataset.communes.map((c) => communeSheet(dataset, c, deps)),
  ];
}

/** A generated leaflet: its model and PDF bytes. */
export interface GeneratedLeaflet {
  model: LeafletModel;
  /** PDF bytes. */
  bytes: Buffer;
  /** Pages actually laid out (tests compare it with `model.designedPages`). */
  pages: number;
}

/** Renders every leaflet of the dataset as PDF. */
export async function generateLeaflets(
  dataset: TerritoryDataset,
  deps: LeafletDeps = defaultDeps,
): Promise<GeneratedLeaflet[]> {
  const out: GeneratedLeaflet[] = [];
  for (const model of leafletModels(dataset, deps)) {
    const { bytes, pages } = await renderLeafletPdf(model);
    out.push({ model, bytes, pages });
  }
  return out;
}

// Shared through globalThis: Astro bundles pages separately from scripts/, in the same process.
const CACHE_KEY = Symbol.for('info-logement-social.leaflets');
type Cache = Map<string, Promise<GeneratedLeaflet[]>>;

/** Same as `generateLeaflets`, computed once per dataset content and process. */
export function cachedLeaflets(dataset: TerritoryDataset): Promise<GeneratedLeaflet[]> {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (g[CACHE_KEY] ??= new Map());
  const key = createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
  let entry = cache.get(key);
  if (!entry) {
    cache.clear();
    entry = generateLeaflets(dataset);
    cache.set(key, entry);
  }
  return entry;
}
