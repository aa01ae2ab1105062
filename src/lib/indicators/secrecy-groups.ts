/**
 * A fast first pass of the secondary rule: each additive group read alone. What one group rules out, the
 * whole table rules out too, so every narrowing found here is real; it is fixed at once by hiding the
 * cheapest published cell of the group that gives the lost value back. The integer audit then looks at
 * the groups together. Most narrowings are found here, without the solver.
 */
import type { Domain, Known, Linear } from './secrecy-model.ts';

/** Sums a set of hidden cells can take: a union of at most two intervals. */
type Sums = [number, number][];

function sumsOf(domains: readonly Domain[], threshold: number): Sums {
  const small = domains.filter((d) => d === 'small').length;
  if (domains.includes('nonNegative')) return [[small, Infinity]];
  const low: [number, number] = [small, small * (threshold - 1)];
  // One cell "0 or at least T" at T or more, the others at 0: any sum from small + T upwards.
  return domains.includes('zeroOrLarge') ? [low, [small + threshold, Infinity]] : [low];
}

/** True when a − b = r for some a in `plus`, b in `minus`. */
function reaches(plus: Sums, minus: Sums, r: number): boolean {
  return plus.some(([a0, a1]) => minus.some(([b0, b1]) => r >= a0 - b1 && r <= a1 - b0));
}

/**
 * Can `cell` take `value` in the group `l` (an equality with coefficients ±1), the other hidden cells of
 * the group taking values their labels allow? `override` gives labels to test a cell hidden by choice.
 */
export function possibleInGroup(
  l: Linear,
  cell: number,
  value: number,
  known: (c: number) => Known,
  threshold: number,
): boolean {
  let rest = l.lower;
  // Stryker disable next-line ArrayDeclaration: a label that is none of the three adds nothing to the sums.
  const plus: Domain[] = [];
  // Stryker disable next-line ArrayDeclaration: likewise.
  const minus: Domain[] = [];
  for (const [c, coef] of l.terms) {
    const k = known(c);
    if (c === cell) rest -= coef * value;
    else if ('published' in k) rest -= coef * k.published;
    else (coef > 0 ? plus : minus).push(k.hidden);
  }
  return reaches(sumsOf(plus, threshold), sumsOf(minus, threshold), rest);
}

/** True for a statement this pass reads: an equality whose coefficients are all 1 or −1. */
export function isGroup(l: Linear): boolean {
  return l.lower === l.upper && l.terms.every(([, c]) => c === 1 || c === -1);
}
