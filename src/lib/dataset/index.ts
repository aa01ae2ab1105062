/**
 * The one dataset a page may read: territory settings, communes, desks, and (from the data modules)
 * the figures. Plain JSON so that it can be cached, diffed and shipped to islands.
 */
import type { Commune, TerritorySettings, Territory } from '../territory/index.ts';
import type { Desk, DeskExtras } from '../desks/index.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/index.ts';
import type { DatasetFigures } from './types.ts';
import { buildFigures, type FiguresOptions } from './sources.ts';
import { figuresKey, readCache, writeCache } from './cache.ts';
import { commitSources } from './source-cache.ts';
import { loadCotationGrid, type ParsedGrid } from '../cotation/index.ts';
import { loadYearlyReports, type YearlyReportFile } from '../report/index.ts';
import { computeAnswers, type WaitAnswers } from '../answers/index.ts';
import type { EligibilityData } from '../eligibility/index.ts';

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
  /** The cotation grid; `grid` is absent when the territory has none or its file is wrong. */
  cotation: ParsedGrid;
  /** Yearly reports of the information service (rapports-annuels/), oldest first; files with errors left out. */
  yearlyReports?: YearlyReportFile[];
  /**
   * The wait answer of every commune (and the territory) × size, for the latest demand millésime: the one
   * answer every output says (src/lib/answers). Absent without demand data.
   */
  answers?: WaitAnswers;
  /** Income ceilings of the year and the zone of each commune (src/lib/eligibility); absent without the shared file. */
  eligibility?: EligibilityData;
}

/** Empty figures, for a territory without sources. */
export function emptyFigures(threshold: number): DatasetFigures {
  return { secrecy: { threshold }, millesimes: { stock: [], demand: [] }, stock: {}, demand: {}, sources: [] };
}

/** Builds the dataset from a validated territory and its figures (empty figures when not given). */
export function buildDataset(
  territory: Territory,
  figures: DatasetFigures = emptyFigures(territory.settings.secrecyThreshold),
  cotation: ParsedGrid = loadCotationGrid(territory.dir),
): TerritoryDataset {
  return {
    slug: territory.slug,
    settings: territory.settings,
    officialName: territory.officialName,
    communes: territory.communes,
    departements: territory.departements,
    desks: territory.desks,
    deskExtras: territory.deskExtras,
    ...figures,
    cotation,
    yearlyReports: loadYearlyReports(territory.dir).reports.map((r) => r.report),
    ...answersOf(territory, figures),
  };
}

/** The answers of the dataset, computed once here from the protected figures. */
function answersOf(territory: Territory, figures: DatasetFigures): { answers?: WaitAnswers } {
  const answers = computeAnswers({
    ...figures,
    communes: territory.communes,
    centres: territory.deskExtras.communeCentres,
  });
  return answers ? { answers } : {};
}

/** Options of `loadFigures`. */
export interface LoadFiguresOptions extends FiguresOptions {
  /** Cache folder (absolute; the run context gives it); absent or `false`: no cache. */
  cacheDir?: string | false;
}

/**
 * Figures of a territory from its sources, read from the cache when no input changed. Never writes the
 * cache when an error was found.
 */
export async function loadFigures(
  territory: Territory,
  options: LoadFiguresOptions = {},
): Promise<{ figures?: DatasetFigures; diagnostics: Diagnostic[]; fromCache: boolean }> {
  const cacheDir = options.cacheDir ?? false;
  const key = cacheDir === false ? '' : await figuresKey(territory);
  if (cacheDir !== false) {
    const hit = readCache(cacheDir, territory.slug, key);
    if (hit) return { ...hit, fromCache: true };
  }
  const sourceCache =
    cacheDir === false
      ? undefined
      : { dir: cacheDir, slug: territory.slug, used: new Set<string>(), pending: new Map() };
  const { figures, diagnostics } = await buildFigures(territory, {
    ...options,
    ...(sourceCache ? { sourceCache } : {}),
  });
  if (figures && !hasErrors(diagnostics) && cacheDir !== false) {
    writeCache(cacheDir, territory.slug, key, { figures, diagnostics });
    commitSources(sourceCache!);
  }
  return { ...(figures ? { figures } : {}), diagnostics, fromCache: false };
}

export { buildFigures, sourceLabel, type FiguresOptions } from './sources.ts';
export {
  mobilitySentence,
  vacancySentence,
  longVacancySentence,
  rentSentences,
  rentFor,
  rateText,
  rentText,
} from './turnover-words.ts';
export { publishDemand, publishDemandYears, type PositioningInput } from './demand-table.ts';
export { PREVIOUS_PUBLICATION, readPreviousPublication, type PublishedBefore } from './previous-publication.ts';
export { publishStock } from './stock-table.ts';
export { territoryDatasetSchema, datasetSchemaErrors, parseDatasetFile } from './schema.ts';
export { shortestWaits, type ShortWait } from './short-waits.ts';
