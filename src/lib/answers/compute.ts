/**
 * Computes the one answer per place × size from the protected figures. Only published values are read:
 * an answer never says more than the open data, and its reasons come from the published labels.
 */
import { isMasked, type Cell, type Indicator } from '../indicators/index.ts';
import { distanceKm, type LatLon } from '../desks/index.ts';
import {
  TYPOLOGIES,
  delayBandOf,
  type DelayBand,
  type DemandTable,
  type PooledDelays,
  type StockTable,
} from '../figures/index.ts';
import type {
  DelayFigure,
  DelayStatistic,
  FallbackScope,
  NearbyCommune,
  NoFigureReason,
  SizeKey,
  WaitAnswer,
  WaitAnswers,
} from './types.ts';

const KEYS: readonly SizeKey[] = [...TYPOLOGIES, 'total'];

/** What the answers are computed from: the dataset's published figures. */
export interface AnswerSource {
  secrecy: { threshold: number };
  communes: { code: string; name: string; typeLiaison?: number }[];
  millesimes: { demand: number[]; stock: number[] };
  demand: Record<string, DemandTable>;
  demandPooled?: PooledDelays;
  stock: Record<string, StockTable>;
  /** Centres of the communes (desk extras), for the nearby communes. */
  centres: Record<string, LatLon>;
  /** Statistic of the observed delay of each demand millésime (absent: average). */
  delayStatistics?: Record<string, DelayStatistic>;
}

/** The published number of a cell, or null. */
const value = (c: Cell | undefined): number | null => (c === undefined || isMasked(c) ? null : c);

/** One place of the answers: a commune's rows, or the territory's. */
type Rows = (table: DemandTable) => DemandTable['territory'] | undefined;

/**
 * The answers of a territory for its latest demand millésime; undefined without demand data.
 */
export function computeAnswers(d: AnswerSource): WaitAnswers | undefined {
  const years = d.millesimes.demand;
  const latest = years.at(-1);
  if (latest === undefined) return undefined;
  const threshold = d.secrecy.threshold;
  const statistic = (y: number): DelayStatistic => d.delayStatistics?.[String(y)] ?? 'moyenne';
  const stockYear = d.millesimes.stock.at(-1);
  const stock = stockYear === undefined ? undefined : d.stock[String(stockYear)];

  /** A published delay as a figure, with the households it rests on and its band when they are few. */
  const figure = (months: Indicator, millesimes: number[], households: number | null): DelayFigure | null => {
    if (typeof months !== 'number') return null;
    const precise = households !== null && households >= 2 * threshold;
    return {
      months,
      statistic: statistic(millesimes.at(-1)!),
      millesimes,
      households,
      band: precise ? null : delayBandOf(months),
    };
  };
  /** A delay said as a band only: its count is hidden, at least `threshold` households. */
  const banded = (band: DelayBand | undefined, millesimes: number[]): DelayFigure | null =>
    band ? { months: null, statistic: statistic(millesimes.at(-1)!), millesimes, households: null, band } : null;

  const at = (rows: Rows, y: number, k: SizeKey) => {
    const t = d.demand[String(y)];
    return t ? rows(t)?.[k] : undefined;
  };
  const own = (rows: Rows, k: SizeKey): DelayFigure | null => {
    const f = at(rows, latest, k);
    if (!f) return null;
    return figure(f.averageDelayMonths, [latest], value(f.attributions)) ?? banded(f.observedDelayBand, [latest]);
  };
  const pooled = (code: string | null, k: SizeKey): DelayFigure | null => {
    if (code === null || k === 'total' || !d.demandPooled) return null;
    return banded(d.demandPooled.communes[code]?.[k], d.demandPooled.millesimes);
  };
  /**
   * Why a place × size has no figure, from what is published only: the latest year's attributions say it
   * (0: none given, that year or every year; « moins de N »: too few; a published number without a delay:
   * the file gives none; hidden otherwise). The combinations are listed in tests/unit/answers-reasons.test.ts.
   */
  const reason = (rows: Rows, k: SizeKey): NoFigureReason => {
    const cells = years.map((y) => at(rows, y, k));
    const last = cells.at(-1);
    if (cells.every((f) => f !== undefined && f.attributions === 0)) return 'none-given';
    if (last === undefined) return 'hidden';
    if (last.attributions === 0) return 'none-given-latest';
    if (isMasked(last.attributions)) return last.attributions.masked === 'small' ? 'too-few' : 'hidden';
    return last.averageDelayMonths === null ? 'not-in-source' : 'hidden';
  };

  const territoryRows: Rows = (t) => t.territory;
  const territoryFigure = (k: SizeKey) => own(territoryRows, k);

  const answer = (code: string | null, k: SizeKey): WaitAnswer => {
    const rows: Rows = code === null ? territoryRows : (t) => t.communes[code];
    const mine = own(rows, k);
    if (mine) return { kind: 'figure', delay: mine };
    const pool = pooled(code, k);
    if (pool) return { kind: 'pooled', delay: pool };
    if (code !== null && stock) {
      const s = stock.communes[code];
      const given = years.some((y) => (value(at(rows, y, k)?.attributions) ?? 0) > 0);
      if (s && value(s.total) === 0 && !given)
        return { kind: 'no-social-housing', nearby: nearby(code, k), territory: territoryFigure(k) };
      if (s && k !== 'total' && value(s.byTypology[k]) === 0 && !given)
        return { kind: 'no-size-here', nearby: nearby(code, k), territory: territoryFigure(k) };
    }
    const why = reason(rows, k);
    const chain: [FallbackScope, DelayFigure | null][] = [];
    if (code !== null) {
      if (k !== 'total') chain.push(['territory-size', territoryFigure(k)]);
      const all = own(rows, 'total');
      if (k !== 'total') chain.push(['commune-all-sizes', all]);
    }
    if (k !== 'total' || code !== null) chain.push(['territory-all-sizes', territoryFigure('total')]);
    const found = chain.find(([, f]) => f !== null);
    return found
      ? { kind: 'fallback', reason: why, scope: found[0], delay: found[1]! }
      : { kind: 'unknown', reason: why };
  };

  /** Up to 3 communes with homes of size `k`, nearest first (by commune centre). */
  const nearby = (code: string, k: SizeKey): NearbyCommune[] => {
    const from = d.centres[code];
    if (!from || !stock) return [];
    return d.communes
      .filter((c) => c.code !== code && d.centres[c.code])
      .filter((c) => {
        const s = stock.communes[c.code];
        return s !== undefined && (value(k === 'total' ? s.total : s.byTypology[k]) ?? 1) > 0;
      })
      .map((c) => ({
        code: c.code,
        name: c.name,
        ...(c.typeLiaison !== undefined ? { typeLiaison: c.typeLiaison } : {}),
        km: Math.round(distanceKm(from, d.centres[c.code]!)),
      }))
      .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
      .slice(0, 3);
  };

  const all = (code: string | null) =>
    Object.fromEntries(KEYS.map((k) => [k, answer(code, k)])) as Record<SizeKey, WaitAnswer>;
  return {
    millesime: latest,
    threshold,
    communes: Object.fromEntries(d.communes.map((c) => [c.code, all(c.code)])),
    territory: all(null),
  };
}
