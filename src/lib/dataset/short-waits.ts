/**
 * The shortest waits, shown as advice on /delais/ ("Si vous pouvez habiter ailleurs…"): per size, the
 * communes whose own answer (src/lib/answers) says the shortest observed delay. Only a commune's own
 * figure counts: a fallback speaks of another place, and a hidden figure is never a short one.
 */
import { TYPOLOGIES, type Typology } from './types.ts';
import type { DelayFigure, WaitAnswer, WaitAnswers } from '../answers/index.ts';
import { roundMonths } from '../wording/index.ts';

/** One commune with a short wait for one size. */
export interface ShortWait {
  code: string;
  typology: Typology | 'total';
  /** The figure, as the answer gives it (its words come from src/lib/wording delayText). */
  delay: DelayFigure;
}

/**
 * The months a figure is said as, compared as the person reads them: a precise figure in whole months
 * (« environ 5 mois », the rounding rule of src/lib/wording), a band by its ends. 4,6 and 5,0 months both
 * read « environ 5 mois »: neither is shorter.
 */
const said = (f: DelayFigure): number => (f.months === null ? Infinity : roundMonths(f.months));
/** The months a figure says it is at least: its band's start, or its said value. */
const sortKey = (f: DelayFigure): number => (f.band ? f.band.min : said(f));
/** The months a figure says it is at most (band end, or its said value), for "shorter than the territory". */
const upper = (f: DelayFigure): number => (f.band ? (f.band.max ?? Infinity) : said(f));
const own = (a: WaitAnswer | undefined): DelayFigure | undefined =>
  a && (a.kind === 'figure' || a.kind === 'pooled') ? a.delay : undefined;

/**
 * Up to `count` communes per size (and for all sizes together) with the shortest own answer, shortest
 * first. Only waits surely shorter than the whole territory's for that size count as advice.
 */
export function shortestWaits(answers: WaitAnswers, count = 3): Record<Typology | 'total', ShortWait[]> {
  const out = {} as Record<Typology | 'total', ShortWait[]>;
  for (const typology of [...TYPOLOGIES, 'total' as const]) {
    const reference = own(answers.territory[typology]);
    out[typology] = Object.entries(answers.communes)
      .flatMap(([code, row]) => {
        const delay = own(row[typology]);
        if (!delay) return [];
        return !reference || upper(delay) < sortKey(reference) ? [{ code, typology, delay }] : [];
      })
      .sort((a, b) => sortKey(a.delay) - sortKey(b.delay) || a.code.localeCompare(b.code))
      .slice(0, count);
  }
  return out;
}
