/**
 * Indicators derived from demand and attribution counts (seed 003 §1.1.3, DESIGN.md §7). They take
 * published cells only, so a masked input always gives a masked indicator.
 */
import { isMasked, type Cell, type Indicator } from './cells.ts';
import { roundRatio } from './secrecy-figures.ts';

/** round(factor × a ÷ b, 1 decimal) in integers, exactly as the secrecy audit models it. */
const oneDecimal = (a: number, b: number, factor: number) => roundRatio(factor * a * 10, b) / 10;

/** Theoretical waiting time in months: pending ÷ attributions of the year × 12; null when no attribution. */
export function waitingMonths(pending: Cell, attributions: Cell): Indicator {
  if (isMasked(pending)) return pending;
  if (isMasked(attributions)) return attributions;
  return attributions === 0 ? null : oneDecimal(pending, attributions, 12);
}

/** Pressure: N pending demands for 1 attribution; null when no attribution. */
export function pressure(pending: Cell, attributions: Cell): Indicator {
  if (isMasked(pending)) return pending;
  if (isMasked(attributions)) return attributions;
  return attributions === 0 ? null : oneDecimal(pending, attributions, 1);
}

/** Change since the previous millésime (current − previous); null when there is no previous figure. */
export function change(current: Cell, previous: Cell | undefined): Indicator {
  if (previous === undefined) return null;
  if (isMasked(current)) return current;
  if (isMasked(previous)) return previous;
  return current - previous;
}
