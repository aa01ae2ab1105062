/**
 * The shortest waits, shown as advice on /delais/ ("Si vous pouvez habiter ailleurs…"): per size, the
 * communes whose own answer (src/lib/answers) says the shortest observed delay. Only a commune's own
 * figure counts: a fallback speaks of another place, and a hidden figure is never a short one.
 */
import { TYPOLOGIES, type Typology } from './types.ts';
import type { DelayFigure, WaitAnswer, WaitAnswers } from '../answers/index.ts';

/** One commune with a short wait for one size. */
export interface ShortWait {
  code: string;
  typology: Typology | 'total';
  /** The figure, as the answer gives it (its words come from src/lib/wording delayText). */
  delay: DelayFigure;
}

/** The months a figure is sure to be at least: its band's start, or its value. */
const sortKey = (f: DelayFigure): number => (f.band ? f.band.min : (f.months ?? Infinity));
/** The months a figure is sure to be at most (band end), for "shorter than the territory". */
const upper = (f: DelayFigure): number => (f.band ? (f.band.max ?? Infinity) : (f.months ?? Infinity));
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
