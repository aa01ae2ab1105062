/**
 * Raw demand rows of every millésime → published DemandTables, protected together in ONE secrecy table, so
 * that the audit sees everything a reader has (DESIGN.md §7, docs/secret-statistique.md):
 * - counts by typology (they sum to the commune total) and by commune (they sum to the territory);
 * - transfers (mutations) for the whole territory only (all sizes): per commune or per size they are tiny
 *   and their protection would hide the attributions and the wait a person needs (DESIGN.md §7);
 * - the documented consistency rule with the published stock: attributions ≤ demands + dwellings of that
 *   size (the check of `npm run check`);
 * - the observed delays, published with the count of households they rest on; and, in a second pass,
 *   as a band when that count had to be hidden although at least `threshold` households were housed, or
 *   over all the years together when each year alone is too small: the reader then learns "at least
 *   `threshold` households", which the second audit is given as a fact, and the band, counted as known;
 * - the ratios (pressure, theoretical delay), published with their counts.
 */
import {
  SecrecyTable,
  change,
  isMasked,
  type Cell,
  type Highs,
  type MaskedCell,
  type RawValue,
  type SecrecyReport,
} from '../indicators/index.ts';
import type { RawDemand } from '../demand/index.ts';
import type { RawStock } from '../rpls/index.ts';
import {
  TYPOLOGIES,
  delayBandOf,
  type DemandByTypology,
  type DemandFigures,
  type DemandTable,
  type PointsBand,
  type PooledDelays,
  type PositioningTable,
  type PreviousComparison,
  type RawPositioningBand,
  type Typology,
  type WithdrawnRule,
} from './types.ts';
import { beforeKey, type PublishedBefore } from './previous-publication.ts';
import { mergeBands } from './positioning-bands.ts';

const COUNTS = ['pending', 'attributions'] as const;
const TRANSFERS = ['pendingTransfers', 'attributionTransfers'] as const;
type Count = (typeof COUNTS)[number];
type Measure = Count | (typeof TRANSFERS)[number];
type Key = Typology | 'total';
const KEYS: readonly Key[] = [...TYPOLOGIES, 'total'];
type RawRow = Record<Measure, RawValue> & { delay?: number | 'source' | undefined };

/** What secrecy needs: the territory's threshold and the loaded solver (`loadSolver()`). */
export interface SecrecyOptions {
  threshold: number;
  solver: Highs;
}

/** One millésime of the demand table, with the stock the consistency rule compares it to. */
export interface DemandYear {
  millesime: number;
  rows: Map<string, Map<Typology | 'total', RawDemand>>;
  /** The territory's own row, when the file has one (DRIHL socle): its median delay is the territory's. */
  territory?: RawDemand | undefined;
  /** RPLS stock of reference (dwellings that existed during the year), when a stock file is listed. */
  stock?: Map<string, RawStock> | undefined;
}

const sum = (values: RawValue[]): RawValue =>
  values.some((v) => v === 'source') ? 'source' : (values as number[]).reduce((a, b) => a + b, 0);
const minus = (a: RawValue, b: RawValue): RawValue => (a === 'source' || b === 'source' ? 'source' : a - b);

/**
 * The rows of one commune by typology. A table that gives only the commune's total (no sizes) leaves each
 * size unknown (`source`): the sizes then add up to the given total, they are not zero.
 */
function rawRows(byTypology: Map<Typology | 'total', RawDemand> | undefined): Record<Typology, RawRow> {
  const out = {} as Record<Typology, RawRow>;
  const totalOnly = byTypology?.has('total') === true;
  for (const k of TYPOLOGIES) {
    const r = byTypology?.get(k);
    if (totalOnly) {
      out[k] = {
        pending: 'source',
        pendingTransfers: 'source',
        attributions: 'source',
        attributionTransfers: 'source',
      };
      continue;
    }
    out[k] = r
      ? {
          pending: r.pending,
          pendingTransfers: r.pendingTransfers,
          attributions: r.attributions,
          attributionTransfers: r.attributionTransfers,
          delay: r.averageDelayMonths,
        }
      : { pending: 0, pendingTransfers: 0, attributions: 0, attributionTransfers: 0 };
  }
  return out;
}

/** Cell ids of one row; transfers only on territory rows. */
type RowIds = Record<Count, number> &
  Partial<Record<(typeof TRANSFERS)[number], number>> & { waiting: number; pressure: number; delay: number };
// Transfers are declared on the territory's all-sizes row only (addRow's `transfers`).
type Ids = Record<Key, RowIds>;

/** Counts of one row and their ratios; with `transfers`, the transfers and their never-published complements. */
function addRow(
  t: SecrecyTable,
  values: Record<Measure, RawValue>,
  importance: number,
  transfers: boolean,
  zeroShows = false,
): Omit<RowIds, 'delay'> {
  const ids: Omit<RowIds, 'delay' | 'waiting' | 'pressure'> = {
    pending: t.cell(values.pending, { importance }),
    // A 0 the missing band of its delay would show (`zeroShows`) protects nothing hidden: never chosen.
    attributions: t.cell(values.attributions, {
      importance: zeroShows && values.attributions === 0 ? Infinity : importance,
    }),
  };
  if (transfers) {
    for (const [part, whole] of [
      ['pendingTransfers', 'pending'],
      ['attributionTransfers', 'attributions'],
    ] as const) {
      ids[part] = t.cell(values[part], { importance });
      // "Not a transfer" is never published but is the count minus its transfers: protect it like any count.
      t.group(ids[whole], [ids[part], t.cell(minus(values[whole], values[part]), { internal: true })]);
    }
  }
  return {
    ...ids,
    waiting: t.ratio(ids.pending, ids.attributions, { factor: 12 }),
    pressure: t.ratio(ids.pending, ids.attributions),
  };
}

/** Totals of rows, measure by measure. */
function totalOf(rows: Record<Measure, RawValue>[]): Record<Measure, RawValue> {
  const measures = [...COUNTS, ...TRANSFERS];
  return Object.fromEntries(measures.map((m) => [m, sum(rows.map((r) => r[m]))])) as Record<Measure, RawValue>;
}

/**
 * Adds the total row over parts: the sums, and the delay of the households housed, weighted by attributions
 * (or the delay the table gives for the total, when it gives no parts).
 */
function addTotal(
  t: SecrecyTable,
  parts: RowIds[],
  values: Record<Measure, RawValue>,
  importance: number,
  transfers: boolean,
  givenDelay?: number | 'source',
  seen = false,
): RowIds {
  const row = addRow(t, values, importance, transfers);
  for (const m of COUNTS)
    t.group(
      row[m],
      parts.map((p) => p[m]),
    );
  // A total's delay is published with its count: its weighted-average statement then links only cells the
  // audit already protects (a delay published without its count would tie every size's count together).
  const delay =
    givenDelay !== undefined
      ? t.given(givenDelay, [row.attributions])
      : t.average(
          parts.map((p) => ({ weight: p.attributions, value: p.delay })),
          [row.attributions],
          1,
          { seen },
        );
  return { ...row, delay };
}

function figures(t: SecrecyTable, ids: Ids, previous: DemandByTypology | undefined): DemandByTypology {
  const out = {} as DemandByTypology;
  for (const k of KEYS) {
    const row = ids[k];
    const pending = t.output(row.pending);
    const attributions = t.output(row.attributions);
    const f: DemandFigures = {
      pending,
      attributions,
      ...(row.pendingTransfers !== undefined ? { pendingTransfers: t.output(row.pendingTransfers) } : {}),
      ...(row.attributionTransfers !== undefined ? { attributionTransfers: t.output(row.attributionTransfers) } : {}),
      averageDelayMonths: t.figure(row.delay),
      waitingMonths: t.figure(row.waiting),
      pressure: t.figure(row.pressure),
      pendingChange: change(pending, previous?.[k].pending),
      attributionsChange: change(attributions, previous?.[k].attributions),
    };
    out[k] = f;
  }
  return out;
}

/** Ids of one millésime: every commune, the territory. */
interface YearIds {
  communes: Map<string, Ids>;
  territory: Ids;
}

/** Declares one millésime in the shared table. */
function addYear(
  t: SecrecyTable,
  year: DemandYear,
  codes: string[],
  seen: ReadonlySet<string>,
  latest: boolean,
): YearIds {
  // In the latest year, a hidden count « 0 or at least T » of a file that gives delays has its delay said as a
  // band when it is at least T: without a band, it reads 0 (docs/attente-et-secret.md §4).
  const zeroShows =
    latest &&
    [...year.rows.values()].some((m) => [...m.values()].some((r) => typeof r.averageDelayMonths === 'number'));
  const communes = new Map<string, Ids>();
  const communeTotals = new Map<string, Record<Measure, RawValue>>();
  const byCommune = new Map(codes.map((c) => [c, rawRows(year.rows.get(c))]));
  for (const code of codes) {
    const rows = byCommune.get(code)!;
    const typ = {} as Record<Typology, RowIds>;
    for (const k of TYPOLOGIES) {
      const row = addRow(t, rows[k], 1, false, zeroShows);
      const said = seen.has(key(year.millesime, code, k));
      typ[k] = { ...row, delay: t.given(rows[k].delay, [row.attributions], 1, { seen: said }) };
      // The documented rule of `npm run check`: no more attributions than dwellings of that size and demands.
      const dwellings = year.stock?.get(code)?.byTypology[k];
      if (dwellings !== undefined)
        t.fact(
          [
            [row.attributions, 1],
            [row.pending, -1],
          ],
          -Infinity,
          dwellings,
        );
    }
    const given = year.rows.get(code)?.get('total');
    const totalValues = given ?? totalOf(TYPOLOGIES.map((k) => rows[k]));
    communeTotals.set(code, totalValues);
    const total = addTotal(
      t,
      TYPOLOGIES.map((k) => typ[k]),
      totalValues,
      2,
      false,
      given?.averageDelayMonths,
      seen.has(totalKey(year.millesime, code, 'total')),
    );
    communes.set(code, { ...typ, total });
  }
  const territory = {} as Ids;
  // A median of the file is not an average: the territory's median cannot be computed from the communes'
  // (an average of medians is not a median). It is the file's own row's, or not given.
  const median = [...year.rows.values()].some((m) => [...m.values()].some((r) => r.delayStatistic === 'mediane'));
  const own = year.territory?.delayStatistic === 'mediane' ? year.territory.averageDelayMonths : undefined;
  for (const k of TYPOLOGIES) {
    territory[k] = addTotal(
      t,
      codes.map((c) => communes.get(c)![k]),
      totalOf(codes.map((c) => byCommune.get(c)![k])),
      3,
      false,
      // The file's row gives all sizes together: no size of the territory has its own median.
      median ? 'source' : undefined,
      seen.has(totalKey(year.millesime, TERRITORY, k)),
    );
  }
  territory.total = addTotal(
    t,
    TYPOLOGIES.map((k) => territory[k]),
    totalOf(codes.map((c) => communeTotals.get(c)!)),
    4,
    true,
    median ? 'source' : undefined,
  );
  // The file's own row is published by its producer with its count: said as read, whatever the communes hide.
  if (own !== undefined) territory.total = { ...territory.total, delay: t.given(own, []) };
  // The territory total is also the sum of the commune totals.
  for (const m of COUNTS)
    t.group(
      territory.total[m],
      codes.map((c) => communes.get(c)!.total[m]),
    );
  return { communes, territory };
}

/** Key of a commune × size × millésime in the sets of the second pass. */
const key = (millesime: number, code: string, k: Typology) => `${millesime}|${code}|${k}`;
/** Place code of the territory's rows in those sets. */
const TERRITORY = 'territoire';
/** Key of a total row (a commune's all sizes, or the territory's size) in those sets. */
const totalKey = (millesime: number, code: string, k: Key) => `${millesime}|${code}|${k}`;

/** Raw number of a row's measure, or undefined when the source hid it. */
const rawNumber = (v: RawValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/** The positioning table of one demand millésime, as read (bands of points by size). */
export interface PositioningInput {
  millesime: number;
  sizes: Partial<Record<Typology, RawPositioningBand[]>>;
}

/** Cost weight of a band of points for the secondary rule (a commune's count weighs 1). */
const BAND_IMPORTANCE = 0.1;

/** Cell ids of the published bands of one size, per population. */
type BandIds = Record<Count, (PointsBand & { cell: number })[]>;

/**
 * Declares the positioning bands in the same table as the demand: the bands of a size add up to the
 * territory's demands and attributions of that size (the rule `npm run check` verifies), so a reader
 * combines both tables and the audit must too. Bands are merged first when the size is small
 * (positioning-bands.ts).
 */
function addPositioning(
  t: SecrecyTable,
  input: PositioningInput,
  territory: Ids,
  threshold: number,
): Partial<Record<Typology, BandIds>> {
  const out: Partial<Record<Typology, BandIds>> = {};
  for (const k of TYPOLOGIES) {
    const bands = input.sizes[k];
    if (!bands) continue;
    const ids = {} as BandIds;
    for (const m of COUNTS) {
      const merged = mergeBands(
        bands.map((b) => ({ min: b.min, max: b.max, count: b[m] })),
        threshold,
      );
      // The bands detail what the demand table already says in total: the secondary rule hides a band
      // before a count of the demand table, which people read first.
      ids[m] = merged.map((b) => ({ min: b.min, max: b.max, cell: t.cell(b.count, { importance: BAND_IMPORTANCE }) }));
      t.group(
        territory[k][m],
        ids[m].map((b) => b.cell),
      );
      // How many bands are kept depends on the total (mergeBands): a reader who counts them learns a range of
      // it, hidden or not. Declared to the audit (true by construction).
      const range = bandCountRange(bands.length, merged.length, threshold);
      if (range && !bands.some((b) => b[m] === 'source')) t.fact([[territory[k][m], 1]], range[0], range[1]);
    }
    out[k] = ids;
  }
  return out;
}

/**
 * The range of a total that the number of its bands tells: `mergeBands` keeps max(1, min(n, ⌊total ÷ 2T⌋))
 * of the file's n bands. Undefined when it tells nothing (a single band in the file).
 */
function bandCountRange(fileBands: number, kept: number, threshold: number): [number, number] | undefined {
  const step = 2 * threshold;
  if (fileBands < 2) return undefined;
  if (kept === fileBands) return [step * kept, Infinity];
  if (kept === 1) return [0, 2 * step - 1];
  return [step * kept, step * (kept + 1) - 1];
}

/** Declares every millésime in a new table, and the positioning bands of their millésime. */
function declare(
  years: DemandYear[],
  codes: string[],
  threshold: number,
  seen: ReadonlySet<string>,
  positioning?: PositioningInput,
) {
  const t = new SecrecyTable(threshold);
  const ids = years.map((y, i) => addYear(t, y, codes, seen, i === years.length - 1));
  const at = positioning ? years.findIndex((y) => y.millesime === positioning.millesime) : -1;
  return { t, ids, bands: at >= 0 ? addPositioning(t, positioning!, ids[at]!.territory, threshold) : undefined };
}

/** The published positioning table from a protected declaration. */
function positioningOf(
  t: SecrecyTable,
  millesime: number,
  bands: Partial<Record<Typology, BandIds>>,
): PositioningTable {
  const sizes: PositioningTable['sizes'] = {};
  for (const k of TYPOLOGIES) {
    const ids = bands[k];
    if (!ids) continue;
    const published = (list: BandIds[Count]) => list.map((b) => ({ min: b.min, max: b.max, count: t.output(b.cell) }));
    sizes[k] = { pending: published(ids.pending), attributions: published(ids.attributions) };
  }
  return { millesime, sizes };
}

/** Reads the published tables of a protected declaration. */
function tablesOf(t: SecrecyTable, years: DemandYear[], ids: YearIds[], codes: string[]): Record<string, DemandTable> {
  const tables: Record<string, DemandTable> = {};
  let previous: DemandTable | undefined;
  years.forEach((y, i) => {
    const yearIds = ids[i]!;
    const table: DemandTable = {
      communes: Object.fromEntries(codes.map((c) => [c, figures(t, yearIds.communes.get(c)!, previous?.communes[c])])),
      territory: figures(t, yearIds.territory, previous?.territory),
    };
    tables[String(y.millesime)] = previous = table;
  });
  return tables;
}

/** A pooled delay: the cells of every year, and the average delay weighted by attributions. */
interface Pool {
  code: string;
  k: Typology;
  months: number;
}

/** A weighted average of raw delays over rows, with the households it rests on; undefined when incomplete. */
function rawAverage(rows: (RawDemand | undefined)[]): { households: number; months: number } | undefined {
  let households = 0,
    weighted = 0;
  for (const r of rows) {
    const a = rawNumber(r?.attributions);
    if (a === undefined) return undefined;
    if (a === 0) continue;
    if (typeof r?.averageDelayMonths !== 'number') return undefined;
    households += a;
    weighted += a * r.averageDelayMonths;
  }
  return households > 0 ? { households, months: weighted / households } : undefined;
}

/** The sum of the attributions of rows, or undefined when one is hidden by the file. */
function rawSum(rows: (RawDemand | undefined)[]): number | undefined {
  let sum = 0;
  for (const r of rows) {
    const a = rawNumber(r?.attributions);
    if (a === undefined) return undefined;
    sum += a;
  }
  return sum;
}

/**
 * What a pass says beyond the counts: delays as bands on hidden counts, and pools over the years; and what
 * their absence tells a reader who knows the rule (docs/attente-et-secret.md §4): a band or a pool that may
 * be said (`maySay`) and is not says that its households are fewer than the threshold.
 */
interface Said {
  /** Keys (`key`, `totalKey`) of the latest year's delays said as bands; value: the raw months. */
  bands: Map<string, number>;
  pools: Pool[];
  /** Keys of the latest year's hidden counts that could have had a band and did not: fewer than T. */
  belowBand: Set<string>;
  /** Commune × size (`poolKey`) that could have had a pool and did not: the years together fewer than T. */
  belowPool: Set<string>;
}

/** Key of a commune × size over every millésime (pools). */
const poolKey = (code: string, k: Typology) => `${code}|${k}`;

/**
 * Whether a band or a pool may be said of the sum of `parts`, from the published labels only, so that its
 * absence cannot tell more than « fewer than the threshold » about counts that must stay possible. With 2 to
 * T − 1 parts « moins de T » and no part published (a published count is 0 or at least T), the sum may be
 * small or not, and the absence of its band (« at most T − 1 ») would cap each small part below T − 1: never
 * said then. With T such parts or more, or a part published at T or more or said as a band (a band rests on
 * T households), the sum is at least T whatever the counts: its band is always said (delays given), and
 * tells nothing. With at most one, its absence caps no
 * small part; it is declared to the audit (`belowBand`, `belowPool`).
 */
function maySay(outputs: readonly Cell[], threshold: number, bandedPart: boolean): boolean {
  const small = outputs.filter((c) => isMasked(c) && c.masked === 'small').length;
  return small <= 1 || small >= threshold || bandedPart || outputs.some((c) => typeof c === 'number' && c >= threshold);
}

/** Passes at most: each one only adds bands, so the loop ends; 4 is more than the demo data needs. */
const MAX_PASSES = 4;

/**
 * Protects and publishes the demand of every millésime at once. Changes are published only when both
 * counts are (they tell nothing more). The observed delays whose count had to be hidden are said as bands,
 * and `pooled` gives, as bands, the delay over all the millésimes together for the cells where no single
 * year may be said. Each pass declares what the previous one decided to say, as facts the audit must hold
 * (docs/attente-et-secret.md §4), until nothing new is said.
 */
export function publishDemandYears(
  input: DemandYear[],
  communeCodes: string[],
  secrecy: SecrecyOptions,
  previous?: PublishedBefore,
  positioning?: PositioningInput,
): {
  tables: Record<string, DemandTable>;
  positioning?: PositioningTable;
  pooled?: PooledDelays;
  report: SecrecyReport;
  previous?: Omit<PreviousComparison, 'file'>;
} {
  const T = secrecy.threshold;
  const codes = [...communeCodes].sort();
  const years = [...input].sort((a, b) => a.millesime - b.millesime);
  const latest = years.at(-1);
  const median = years.some((y) =>
    [...y.rows.values()].some((m) => [...m.values()].some((r) => r.delayStatistic === 'mediane')),
  );
  const rawRow = (y: DemandYear, code: string, k: Typology) => y.rows.get(code)?.get(k);

  /** One protected declaration with what `said` tells the reader. */
  const pass = (said: Said) => {
    const d = declare(years, codes, T, new Set(said.bands.keys()), positioning);
    const last = d.ids.at(-1)!;
    for (const s of said.bands.keys()) {
      const [, code, k] = s.split('|') as [string, string, Key];
      const row = code === TERRITORY ? last.territory[k] : last.communes.get(code)![k];
      d.t.fact([[row.attributions, 1]], T, Infinity);
    }
    for (const p of said.pools)
      d.t.fact(
        d.ids.map((y) => [y.communes.get(p.code)![p.k].attributions, 1] as const),
        T,
        Infinity,
      );
    // What the absence of a band or a pool tells (only true statements: the raw sum is below T).
    for (const s of said.belowBand) {
      const [, code, k] = s.split('|') as [string, string, Key];
      const row = code === TERRITORY ? last.territory[k] : last.communes.get(code)![k];
      d.t.fact([[row.attributions, 1]], 0, T - 1);
    }
    for (const s of said.belowPool) {
      const [code, k] = s.split('|') as [string, Typology];
      d.t.fact(
        d.ids.map((y) => [y.communes.get(code)![k].attributions, 1] as const),
        0,
        T - 1,
      );
    }
    for (const [id, count] of previousCells(d)) d.t.keep(id, count);
    return { ...d, report: d.t.protect(secrecy.solver) };
  };

  /** The cells of this declaration that the previous publication gave, with the count it gave. */
  const previousCells = (d: ReturnType<typeof declare>): [id: number, count: number][] => {
    if (!previous) return [];
    const out: [number, number][] = [];
    years.forEach((y, i) => {
      const places: [string, Ids][] = [...d.ids[i]!.communes, [TERRITORY, d.ids[i]!.territory]];
      for (const [code, ids] of places)
        for (const k of KEYS)
          for (const m of COUNTS) {
            const count = previous.get(beforeKey(y.millesime, code, k, m));
            if (count !== undefined) out.push([ids[k][m], count]);
          }
    });
    return out;
  };

  /**
   * What may be said after a pass: its bands plus the delays of counts it hid, and the pools; and the sums a
   * band or a pool could have been said of, that are not, because they are below T (their absence tells it).
   */
  const next = (d: ReturnType<typeof pass>, said: Said): Said => {
    const bands = new Map(said.bands);
    const belowBand = new Set<string>();
    const belowPool = new Set<string>();
    if (!latest) return { bands, pools: [], belowBand, belowPool };
    const last = d.ids.at(-1)!;
    const out = (cell: number) => d.t.output(cell);
    const hidden = (cell: number) => typeof out(cell) === 'object';
    /** A hidden count of the latest year: band when it may be said and rests on T households with a delay. */
    const consider = (
      cell: number,
      parts: readonly number[],
      raw: number | undefined,
      months: number | undefined,
      id: string,
      partKeys: readonly string[] = [],
    ) => {
      if (!hidden(cell) || raw === undefined) return;
      if (
        !maySay(
          parts.map(out),
          T,
          partKeys.some((p) => bands.has(p)),
        )
      )
        return;
      if (raw >= T && months !== undefined) bands.set(id, months);
      // « moins de T » already says it; a band said in an earlier pass stays said.
      else if (raw < T && !bands.has(id) && (out(cell) as MaskedCell).masked !== 'small') belowBand.add(id);
    };
    for (const code of codes) {
      const ids = last.communes.get(code)!;
      for (const k of TYPOLOGIES) {
        const r = rawRow(latest, code, k);
        const a = rawNumber(r?.attributions);
        consider(
          ids[k].attributions,
          [ids[k].attributions],
          a,
          typeof r?.averageDelayMonths === 'number' ? r.averageDelayMonths : undefined,
          key(latest.millesime, code, k),
        );
      }
      // A total given by the file has its own delay, published with its count: no band.
      if (latest.rows.get(code)?.has('total')) continue;
      const sizes = TYPOLOGIES.map((k) => rawRow(latest, code, k));
      const all = rawAverage(sizes);
      consider(
        ids.total.attributions,
        TYPOLOGIES.map((k) => ids[k].attributions),
        rawSum(sizes),
        all && all.households >= T ? all.months : undefined,
        totalKey(latest.millesime, code, 'total'),
        TYPOLOGIES.map((k) => key(latest.millesime, code, k)),
      );
    }
    for (const k of TYPOLOGIES) {
      const rows = codes.map((c) => rawRow(latest, c, k));
      const all = rawAverage(rows);
      consider(
        last.territory[k].attributions,
        codes.map((c) => last.communes.get(c)![k].attributions),
        rawSum(rows),
        all && all.households >= T ? all.months : undefined,
        totalKey(latest.millesime, TERRITORY, k),
        codes.map((c) => key(latest.millesime, c, k)),
      );
    }
    // Pools: no year's delay said, each year's delay given for its households, together at least T.
    const pools: Pool[] = [];
    if (years.length > 1 && !median)
      for (const code of codes)
        for (const k of TYPOLOGIES) {
          if (bands.has(key(latest.millesime, code, k))) continue;
          const cells = d.ids.map((y) => y.communes.get(code)![k]);
          const saidOnce = cells.some((c) => typeof d.t.figure(c.delay) === 'number');
          if (
            saidOnce ||
            !maySay(
              cells.map((c) => out(c.attributions)),
              T,
              false,
            )
          )
            continue;
          const rows = years.map((y) => rawRow(y, code, k));
          const all = rawAverage(rows);
          const sum = rawSum(rows);
          if (all && all.households >= T) pools.push({ code, k, months: all.months });
          else if (sum !== undefined && sum < T) belowPool.add(poolKey(code, k));
        }
    return { bands, pools, belowBand, belowPool };
  };

  let said: Said = { bands: new Map(), pools: [], belowBand: new Set(), belowPool: new Set() };
  let d = pass(said);
  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
    a.size === b.size && [...a].every((x) => b.has(x));
  for (let i = 1; i < MAX_PASSES; i++) {
    const more = next(d, said);
    const same =
      more.bands.size === said.bands.size &&
      more.pools.length === said.pools.length &&
      more.pools.every((p, j) => p.code === said.pools[j]!.code && p.k === said.pools[j]!.k) &&
      sameSet(more.belowBand, said.belowBand) &&
      sameSet(more.belowPool, said.belowPool);
    if (same) break;
    said = more;
    d = pass(said);
  }
  const tables = tablesOf(d.t, years, d.ids, codes);
  if (latest) {
    const latestTable = tables[String(latest.millesime)]!;
    for (const [s, months] of said.bands) {
      const [, code, k] = s.split('|') as [string, string, Key];
      const f = code === TERRITORY ? latestTable.territory[k] : latestTable.communes[code]![k];
      if (typeof f.averageDelayMonths !== 'number') f.observedDelayBand = delayBandOf(months);
    }
  }
  const pooled: PooledDelays['communes'] = {};
  for (const p of said.pools) (pooled[p.code] ??= {})[p.k] = delayBandOf(p.months);
  return {
    tables,
    ...(years.length > 1 && !median ? { pooled: { millesimes: years.map((y) => y.millesime), communes: pooled } } : {}),
    report: d.report,
    ...(d.bands && positioning ? { positioning: positioningOf(d.t, positioning.millesime, d.bands) } : {}),
    ...(previous ? { previous: comparePrevious(d.t, d.ids, years) } : {}),
  };
}

/** What became of each count of the previous publication (cells `keep` recorded). */
function comparePrevious(t: SecrecyTable, ids: YearIds[], years: DemandYear[]): Omit<PreviousComparison, 'file'> {
  const out: Omit<PreviousComparison, 'file'> = { compared: 0, kept: 0, corrected: 0, withdrawn: [] };
  years.forEach((y, i) => {
    const places: [string, Ids][] = [...ids[i]!.communes, [TERRITORY, ids[i]!.territory]];
    for (const [code, row] of places)
      for (const typology of KEYS)
        for (const measure of COUNTS) {
          const id = row[typology][measure];
          const before = t.before(id);
          if (before === undefined) continue;
          out.compared++;
          const now = t.output(id);
          const same = t.raw(id) === before;
          if (typeof now === 'number') {
            if (same) out.kept++;
            else out.corrected++;
          } else
            out.withdrawn.push({
              millesime: y.millesime,
              code,
              typology,
              measure,
              before,
              // An unchanged count that is not small is never hidden again (SecrecyTable.keep): what is left.
              rule: (now.masked === 'source' ? 'source' : same ? 'petit' : 'corrige') satisfies WithdrawnRule,
            });
        }
  });
  return out;
}

/** One millésime alone (tests and tools that protect a single table). */
export function publishDemand(
  raw: Map<string, Map<Typology | 'total', RawDemand>>,
  communeCodes: string[],
  secrecy: SecrecyOptions,
): { table: DemandTable; report: SecrecyReport } {
  const r = publishDemandYears([{ millesime: 0, rows: raw }], communeCodes, secrecy);
  return { table: r.tables['0']!, report: r.report };
}
