/**
 * The contract of the figures held by the dataset. Pages, CSV/JSON exports, PDFs and charts read
 * these shapes only; every count is a `Cell`, already passed through statistical secrecy.
 * Figures come from the territory's `sources` (territory.yaml): RPLS per-dwelling files and the canonical
 * demand table (docs/donnees.md).
 */
import type { Cell, Indicator, MaskedCell, SecrecyReport } from '../indicators/index.ts';

export type { Cell, Indicator, MaskedCell, MaskReason } from '../indicators/index.ts';

/** Dwelling size by number of main rooms: T1 = 1 room (studios included), T5+ = 5 rooms or more (DESIGN.md §6). */
export type Typology = 'T1' | 'T2' | 'T3' | 'T4' | 'T5+';
/** Typologies in display order. */
export const TYPOLOGIES: readonly Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5+'];

/** Kind of building (RPLS TYPECONST): collectif, individuel, or student dwelling. */
export type BuildingKind = 'collectif' | 'individuel' | 'etudiant';
/** Building kinds in display order. */
export const BUILDING_KINDS: readonly BuildingKind[] = ['collectif', 'individuel', 'etudiant'];

/**
 * Construction period (RPLS CONSTRUCT, year of completion). Bounds follow the figures seed 003 publishes
 * ("54 % construit avant 1979", "11 % depuis 2008"); `inconnue` when the year is missing.
 */
export type ConstructionPeriod = 'avant-1979' | '1979-2007' | 'depuis-2008' | 'inconnue';
/** Construction periods in display order. */
export const CONSTRUCTION_PERIODS: readonly ConstructionPeriod[] = [
  'avant-1979',
  '1979-2007',
  'depuis-2008',
  'inconnue',
];

/**
 * Financing family from RPLS FINAN_CODE / FINAN (data-formats.md §a.5): PLAI (10, 11), PLUS (12 PLA
 * ordinaire, 13), PLS (14), PLI (16), `anciens` = HLM financings before 1977 (50–55, 99), `autre` (17, 49,
 * unknown code or blank).
 */
export type FinancingFamily = 'PLAI' | 'PLUS' | 'PLS' | 'PLI' | 'anciens' | 'autre';
/** Financing families in display order. */
export const FINANCING_FAMILIES: readonly FinancingFamily[] = ['PLAI', 'PLUS', 'PLS', 'PLI', 'anciens', 'autre'];

/** Energy label (DPE) A to G, or `inconnu` when blank. */
export type EnergyLabel = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'inconnu';
/** Energy labels in display order. */
export const ENERGY_LABELS: readonly EnergyLabel[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'inconnu'];

/** Social-housing stock of one commune, or of the whole territory, for one RPLS millésime. */
export interface StockFigures {
  /** Number of dwellings. */
  total: Cell;
  /** Dwellings per typology. */
  byTypology: Record<Typology, Cell>;
  /** Dwellings per kind of building. */
  byBuildingKind: Record<BuildingKind, Cell>;
  /** Dwellings per construction period. */
  byPeriod: Record<ConstructionPeriod, Cell>;
  /** Dwellings per financing family. */
  byFinancing: Record<FinancingFamily, Cell>;
  /** Dwellings per energy label. */
  byEnergyLabel: Record<EnergyLabel, Cell>;
  /** Dwellings inside / outside a QPV (priority neighbourhood). */
  qpv: { inside: Cell; outside: Cell };
  /**
   * Average living surface in m² (one decimal) per typology. Masked whenever the typology's count is
   * masked; null when the typology has no dwelling or no surface given.
   */
  averageSurface: Record<Typology, number | MaskedCell | null>;
}

/** Stock for one millésime: every member commune and the territory total. */
export interface StockTable {
  /** Key: current INSEE code of the commune. Every member commune is present (zeros when no dwelling). */
  communes: Record<string, StockFigures>;
  /** Sum over the territory's communes. */
  territory: StockFigures;
}

/** Demand and attributions for one commune (or the territory) and one typology (or all), one millésime. */
export interface DemandFigures {
  /** Pending demands at 31 December of the millésime. */
  pending: Cell;
  /**
   * Of which transfers (mutations: the applicant already lives in social housing). Published for the
   * territory only: absent on commune rows (DESIGN.md §7, per commune they are too small to say).
   */
  pendingTransfers?: Cell;
  /** Attributions during the year. */
  attributions: Cell;
  /** Of which transfers; territory rows only. */
  attributionTransfers?: Cell;
  /**
   * Observed delay of the households housed in the year, in months (the source's average, or median for
   * the DRIHL socle), when the source gives it. Published with the attributions it rests on (so never
   * for fewer than `threshold` households); see `observedDelayBand` when that count is hidden.
   */
  averageDelayMonths: Indicator;
  /**
   * The observed delay as a band, when the attributions are hidden to protect other counts but at least
   * `threshold` households were housed (latest millésime only). The audit knows the reader has it.
   */
  observedDelayBand?: DelayBand;
  /**
   * Theoretical delay in months: pending ÷ attributions × 12 (seed 003 §1.1.3), one decimal. It is NOT a
   * wait: it says how long the attributions of one year would take to house every pending demand.
   */
  waitingMonths: Indicator;
  /** Pressure: N pending demands for 1 attribution, one decimal. */
  pressure: Indicator;
  /** Change of pending demands since the previous millésime (absolute difference); null when none. */
  pendingChange: Indicator;
  /** Change of attributions since the previous millésime (absolute difference); null when none. */
  attributionsChange: Indicator;
}

/** Demand figures per typology plus the all-typologies total (`total`). */
export type DemandByTypology = Record<Typology | 'total', DemandFigures>;

/** Demand for one millésime: every member commune and the territory total. */
export interface DemandTable {
  /** Key: current INSEE code. Every member commune is present (zeros when the file has no row for it). */
  communes: Record<string, DemandByTypology>;
  /** Sum over the territory's communes. */
  territory: DemandByTypology;
}

/** A band of durations in months, [min, max); `max` null for "plus de". */
export interface DelayBand {
  min: number;
  max: number | null;
}

/**
 * The bands an observed delay is said in when it rests on few households or on a hidden count, shortest
 * first: under 3 months, 3–6, 6–12, 1–2 years, 2–3, 3–5, more than 5 years.
 */
export const DELAY_BANDS: readonly DelayBand[] = [
  { min: 0, max: 3 },
  { min: 3, max: 6 },
  { min: 6, max: 12 },
  { min: 12, max: 24 },
  { min: 24, max: 36 },
  { min: 36, max: 60 },
  { min: 60, max: null },
];

/** The band holding `months`. */
export function delayBandOf(months: number): DelayBand {
  return DELAY_BANDS.find((b) => b.max === null || months < b.max)!;
}

/**
 * Observed delays over all the demand millésimes together, for the commune × size cells where no single
 * year may be said (each year too few households, together at least the threshold). Said as a band only.
 */
export interface PooledDelays {
  /** The millésimes pooled, ascending. */
  millesimes: number[];
  /** Key: current INSEE code; only the sizes that have a pooled band. */
  communes: Record<string, Partial<Record<Typology, DelayBand>>>;
}

/**
 * Turnover and rent of one commune or of the territory, for one millésime, from the SDES results
 * (« résultats RPLS »). Rates keep the SDES's own masking (`{ masked: 'source' }`) and no other
 * threshold; `null` when the file does not give the figure.
 */
export interface TurnoverRates {
  /** Mobility: dwellings that changed tenant during the year, in % of the dwellings let (one decimal). */
  mobilityRate: Indicator;
  /** Vacancy: vacant dwellings among those offered for rent, in % (one decimal). */
  vacancyRate: Indicator;
  /** Dwellings vacant for more than 3 months, in % (one decimal). */
  longVacancyRate: Indicator;
  /** Average rent without charges, € per m² of living area per month (two decimals). */
  rentPerM2: Indicator;
}

/** Turnover figures with their history (earlier years given by the same file, ascending). */
export interface TurnoverFigures extends TurnoverRates {
  /** Earlier years, when the file has `_YYYY` columns. */
  history: ({ year: number } & TurnoverRates)[];
}

/** Turnover for one millésime: the communes the file gives, and the territory when known. */
export interface TurnoverTable {
  /** Key: current INSEE code. Only communes present in the file. */
  communes: Record<string, TurnoverFigures>;
  /** The territory: as published by the SDES for the EPCI, else averaged over communes weighted by dwellings. */
  territory: TurnoverFigures | null;
}

/** One input file as printed under figures ("Source : RPLS au 1er janvier 2024"). */
export interface SourceInfo {
  /** `rpls`, `demande`, `indicateurs` (SDES mobility, vacancy and rent) or `positionnement` (points). */
  kind: 'rpls' | 'demande' | 'indicateurs' | 'positionnement';
  /** Millésime (year). */
  millesime: number;
  /** File name, relative to the territory's `sources/` folder. */
  file: string;
  /** Ready-to-print label, e.g. "RPLS au 1er janvier 2024" or "demandes au 31 décembre 2022". */
  label: string;
  /** Origin as written in territory.yaml (producer, export date), when given. */
  origin?: string;
}

/** What statistical secrecy did on one published table (one kind of source, one millésime). */
export interface SecrecyAudit extends SecrecyReport {
  /** `rpls` (only when the territory masks stock counts) or `demande`. */
  kind: 'rpls' | 'demande';
  /** The millésime; for the demand, audited together with every other demand millésime, the latest. */
  millesime: number;
  /** The millésimes audited together in this table (demand: all of them, with the stock rule). */
  millesimes?: number[];
  /** Compared with the previous publication (publie/demandes.csv), when the territory has one. */
  previous?: PreviousComparison;
}

/** Why a count of the previous publication is hidden now. */
export type WithdrawnRule =
  /** The count is now below the threshold (the source or the threshold changed). */
  | 'petit'
  /** The source no longer gives it. */
  | 'source'
  /** The source now gives another value (a corrected file), and the new value must be hidden. */
  | 'corrige';

/**
 * A count published last time and hidden now. An unchanged count that is not small is never hidden again:
 * readers have it, so the audit counts it as known and the secondary rule hides other counts instead.
 */
export interface WithdrawnCount {
  millesime: number;
  /** INSEE code, or `territoire`. */
  code: string;
  typology: Typology | 'total';
  measure: 'pending' | 'attributions';
  /** The count the previous publication gave. */
  before: number;
  rule: WithdrawnRule;
}

/** What became of the counts of the previous publication. */
export interface PreviousComparison {
  /** The file, as shown in messages. */
  file: string;
  /** Published counts of the previous publication found in this build's tables. */
  compared: number;
  /** Still published, with the same value. */
  kept: number;
  /** Still published with another value: the source was corrected. */
  corrected: number;
  withdrawn: WithdrawnCount[];
}

/** All figures of the dataset (merged into TerritoryDataset). */
export interface DatasetFigures {
  /**
   * Statistical secrecy applied to every count: the threshold; whether stock counts are masked too
   * (`maskStockCounts` in territory.yaml; absent means published as they are); and the audit of every
   * protected table.
   */
  secrecy: { threshold: number; maskStockCounts?: boolean; audit?: SecrecyAudit[] };
  /** Millésimes present, ascending, per table (`turnover` only when such a source is listed). */
  millesimes: { stock: number[]; demand: number[]; turnover?: number[] };
  /** Stock per RPLS millésime; key: millésime as a string, e.g. "2024". */
  stock: Record<string, StockTable>;
  /** Demand per demand millésime; key: millésime as a string, e.g. "2022". */
  demand: Record<string, DemandTable>;
  /** Observed delays over all demand millésimes together, as bands; absent with fewer than two millésimes. */
  demandPooled?: PooledDelays;
  /** Which statistic the observed delay of each demand millésime is (absent: `moyenne`). */
  delayStatistics?: Record<string, 'moyenne' | 'mediane'>;
  /** Every source file, in territory.yaml order. */
  sources: SourceInfo[];
  /** Mobility, vacancy and rent per `indicateurs` millésime; absent when the territory lists none. */
  turnover?: Record<string, TurnoverTable>;
  /**
   * Points of the demands and of the households housed, by size and band (the `positionnement` source of
   * the latest demand millésime); absent when the territory lists none.
   */
  positioning?: PositioningTable;
}

/** The table of the figures that each kind of source (`kind` in territory.yaml) fills. */
export const TABLE_OF_KIND = { rpls: 'stock', demande: 'demand', indicateurs: 'turnover' } as const;

/** A band of points of the positioning table: from `min` to `max` points, `max` null for "and more". */
export interface PointsBand {
  min: number;
  max: number | null;
}

/** One band of one size as read from the positioning table, before secrecy. */
export interface RawPositioningBand extends PointsBand {
  /** Line of the file, for messages. */
  line: number;
  /** Demands waiting at 31 December with these points. */
  pending: number | 'source';
  /** Households housed in the year who had these points. */
  attributions: number | 'source';
}

/** One published band: a count under statistical secrecy. */
export interface BandCount extends PointsBand {
  count: Cell;
}

/**
 * The bands of one size: the file's bands, merged by neighbours into fewer when the size has few demands or
 * attributions (fewer than 2 × threshold per band), each population on its own.
 */
export interface PositioningSize {
  /** Demands waiting at 31 December. */
  pending: BandCount[];
  /** Households housed in the year. */
  attributions: BandCount[];
}

/**
 * Points of the pending demands and of the households housed, by size and band of points, for the whole
 * territory and one millésime (the latest demand millésime it was given for). Protected together with the
 * demand table: the bands of a size add up to the territory's demands and attributions of that size.
 */
export interface PositioningTable {
  millesime: number;
  sizes: Partial<Record<Typology, PositioningSize>>;
}
