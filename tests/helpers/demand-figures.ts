/**
 * Small builders for the unit tests of sentences: a demand row and an observed delay with only what a case
 * sets, and the three kinds of hidden count. Test code only: expected sentences stay written in each test.
 */
import type { DelayFigure } from '../../src/lib/answers/index.ts';
import type { DemandFigures } from '../../src/lib/figures/index.ts';

export const small = { masked: 'small' } as const;
export const secondary = { masked: 'secondary' } as const;
export const source = { masked: 'source' } as const;

/** A demand row: only what a case sets, the rest empty (no demand, no dwelling given, no figure). */
export function fig(p: Partial<DemandFigures>): DemandFigures {
  return {
    pending: 0,
    attributions: 0,
    averageDelayMonths: null,
    waitingMonths: null,
    pressure: null,
    pendingChange: null,
    attributionsChange: null,
    ...p,
  };
}

/** An observed delay: an average of the latest year, on 20 households, unless a case says otherwise. */
export function delay(p: Partial<DelayFigure>): DelayFigure {
  return { months: null, statistic: 'moyenne', millesimes: [2023], households: 20, band: null, ...p };
}
