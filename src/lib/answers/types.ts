/**
 * The answer to "here, for a home of this size, how long did people wait?": one typed answer per place
 * (commune or territory) × size, computed once from the protected figures and read by every output
 * (pages, /delais/, simulator, PDFs, yearly report, open data). DESIGN.md §7.
 */
import type { DelayBand, Typology } from '../figures/index.ts';

/** A size, or every size together (`total`). */
export type SizeKey = Typology | 'total';

/** Which statistic the source gives for the observed delay. */
export type DelayStatistic = 'moyenne' | 'mediane';

/** An observed delay as it may be said: months, or a band when it rests on few households. */
export interface DelayFigure {
  /** Observed delay in months (one decimal, as published); null when only its band may be said. */
  months: number | null;
  /** Average (canonical table) or median (DRIHL socle). */
  statistic: DelayStatistic;
  /** The millésimes the figure covers (one, or several when pooled). */
  millesimes: number[];
  /**
   * Households housed the figure rests on, when that count is published; null when it is hidden (it is
   * then at least the secrecy threshold: a delay is never published for fewer).
   */
  households: number | null;
  /**
   * A band ("entre 6 mois et 1 an") instead of "environ 5 mois": the figure rests on fewer than twice the
   * threshold of households (or on a hidden count), too few for a precise average.
   */
  band: Band | null;
}

/** A band of durations in months: [min, max), max null for "plus de" (figures' DELAY_BANDS). */
export type Band = DelayBand;

/** Why a place × size has no figure of its own, said from published labels only. */
export type NoFigureReason =
  /** No home of that size was given in the years of the file (0 is published for each). */
  | 'none-given'
  /**
   * No home of that size was given in the latest year (0 is published), some in an earlier year: their
   * delay is not said for that year alone, and the years together had too few (no pooled figure).
   */
  | 'none-given-latest'
  /** The attributions are published as "moins de N": too few households to say a delay. */
  | 'too-few'
  /** The delay is hidden to protect households (its count or another is hidden). */
  | 'hidden'
  /** The source gives no delay for this place and size. */
  | 'not-in-source';

/** Where a fallback figure comes from. */
export type FallbackScope = 'territory-size' | 'commune-all-sizes' | 'territory-all-sizes';

/** A commune near the asked one that has homes of the asked size. */
export interface NearbyCommune {
  code: string;
  name: string;
  typeLiaison?: number;
  /** Distance between commune centres, whole kilometres. */
  km: number;
}

/** The answer for one place × size. */
export type WaitAnswer =
  /** The delay of this place and size, for the latest millésime. */
  | { kind: 'figure'; delay: DelayFigure }
  /** The delay of this place and size over several millésimes together. */
  | { kind: 'pooled'; delay: DelayFigure }
  /** No figure here: why, and the figure of a wider place or of all sizes. */
  | { kind: 'fallback'; reason: NoFigureReason; scope: FallbackScope; delay: DelayFigure }
  /** The commune has no social home at all; nearby communes that have the size, and the territory's figure. */
  | { kind: 'no-social-housing'; nearby: NearbyCommune[]; territory: DelayFigure | null }
  /** The commune has social homes, but none of this size; nearby communes that have it. */
  | { kind: 'no-size-here'; nearby: NearbyCommune[]; territory: DelayFigure | null }
  /** Nothing can be said (no delay anywhere in the sources, or everything hidden). */
  | { kind: 'unknown'; reason: NoFigureReason };

/** Every answer of a territory for its latest demand millésime. */
export interface WaitAnswers {
  /** Latest demand millésime: the year the answers speak of. */
  millesime: number;
  /** The secrecy threshold (the answers' "moins de N"). */
  threshold: number;
  /** Key: INSEE code. */
  communes: Record<string, Record<SizeKey, WaitAnswer>>;
  territory: Record<SizeKey, WaitAnswer>;
}
