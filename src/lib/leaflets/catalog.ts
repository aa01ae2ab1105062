/**
 * The list of leaflets of a territory and their generation. The build renders the PDFs once, before the
 * pages, and hands the pages each file's size and page count (`LeafletFile`), so the sizes shown are the
 * sizes of the files published.
 */
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

/** What the pages need to know of a rendered leaflet: its id, size in bytes and number of pages. */
export interface LeafletFile {
  id: string;
  bytes: number;
  pages: number;
}

/** The facts of each generated leaflet that the pages show. */
export function leafletFiles(leaflets: GeneratedLeaflet[]): LeafletFile[] {
  return leaflets.map((l) => ({ id: l.model.id, bytes: l.bytes.length, pages: l.pages }));
}
