/**
 * The one dataset a page may read: territory settings, communes, desks, and (from the data modules)
 * the figures. Plain JSON so that it can be cached, diffed and shipped to islands.
 */
import type { Commune, TerritorySettings, Territory } from '../territory/index.ts';
import type { Desk, DeskExtras } from '../desks/index.ts';
import type { DatasetFigures } from './types.ts';
import { loadCotationGrid, type ParsedGrid } from '../cotation/index.ts';

export * from './types.ts';
export { formatCell, isMasked, cellValue, secrecyExplanation } from '../indicators/index.ts';

/** Everything the pages need, JSON-serialisable. The figures (stock, demand…) come from `DatasetFigures`. */
export interface TerritoryDataset extends DatasetFigures {
  /** Folder name of the territory. */
  slug: string;
  settings: TerritorySettings;
  officialName: string;
  communes: Commune[];
  departements: string[];
  desks: Desk[];
  /** Orientation helper and commune centres, for the desk pages. */
  deskExtras: DeskExtras;
  /** The cotation grid (issue 6); `grid` is absent when the territory has none or its file is wrong. */
  cotation: ParsedGrid;
}

/** Builds the dataset from a validated territory. */
export function buildDataset(territory: Territory): TerritoryDataset {
  return {
    slug: territory.slug,
    settings: territory.settings,
    officialName: territory.officialName,
    communes: territory.communes,
    departements: territory.departements,
    desks: territory.desks,
    secrecy: { threshold: territory.settings.secrecyThreshold },
    millesimes: { rpls: [], demande: [] },
    stock: {},
    demand: {},
    sources: [],
    deskExtras: territory.deskExtras,
    cotation: loadCotationGrid(territory.dir),
  };
}
