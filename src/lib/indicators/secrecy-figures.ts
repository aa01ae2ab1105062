/**
 * Figures derived from protected counts (waiting time, pressure, average delays…), published with their
 * rounding, and the linear statements a reader gets from each published one. A figure is computed here
 * from the raw counts, once: the value published and the statement audited cannot differ.
 */
import type { Cell, Indicator, MaskedCell } from './cells.ts';
import type { Linear } from './secrecy-model.ts';

/** When a figure is published: only with all its input counts (the safe default), or always. */
export type Publish = 'inputs' | 'always';

/** A derived figure of a table. */
export type Figure =
  /** A number read from the file (e.g. a row's average delay), published with the cells `cells`. */
  | {
      kind: 'given';
      value: number | 'source' | undefined;
      cells: readonly number[];
      decimals: number;
      /** Known to the reader even when `cells` are hidden (said as a band): averages count it as seen. */
      seen?: boolean;
    }
  /** round(factor × num ÷ den, decimals); null when den is 0. */
  | { kind: 'ratio'; num: number; den: number; factor: number; decimals: number; cells: readonly number[] }
  /** Average of other figures weighted by counts, rounded; null when a weighted value is missing. */
  | {
      kind: 'average';
      parts: readonly { weight: number; value: number }[];
      decimals: number;
      cells: readonly number[];
      /** Known to the reader even when `cells` are hidden (said as a band): its statements always hold. */
      seen?: boolean;
    };

/** What the figures read from their table. */
export interface FigureSource {
  raw(cell: number): number | 'source';
  output(cell: number): Cell;
  figures: readonly Figure[];
}

/** round(n ÷ d, half up) for integers n ≥ 0, d > 0, exactly (no floating-point tie error). */
export function roundRatio(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** Unrounded value of a figure from the raw counts: `source` when an input is unknown, null when none. */
export function rawFigure(t: FigureSource, id: number): number | 'source' | null {
  const f = t.figures[id]!;
  if (f.kind === 'given') return f.value ?? null;
  if (f.kind === 'ratio') {
    const num = t.raw(f.num),
      den = t.raw(f.den);
    if (num === 'source' || den === 'source') return 'source';
    return den === 0 ? null : (f.factor * num) / den;
  }
  let weight = 0,
    total = 0;
  for (const p of f.parts) {
    const w = t.raw(p.weight);
    if (w === 'source') return 'source';
    if (w === 0) continue;
    const v = rawFigure(t, p.value);
    if (v === null || v === 'source') return v;
    weight += w;
    total += v * w;
  }
  return weight > 0 ? total / weight : null;
}

/** The published form of a figure: its rounded value, null, or masked like its first hidden input. */
export function publishedFigure(t: FigureSource, id: number): Indicator {
  const f = t.figures[id]!;
  const raw = rawFigure(t, id);
  if (f.kind !== 'ratio' && raw === null) return null;
  const hidden = f.cells.map((c) => t.output(c)).find((c): c is MaskedCell => typeof c === 'object');
  if (hidden) return { masked: hidden.masked };
  if (raw === 'source') return { masked: 'source' };
  if (raw === null) return null;
  const scale = 10 ** f.decimals;
  if (f.kind === 'ratio') {
    const num = t.raw(f.num) as number,
      den = t.raw(f.den) as number;
    return roundRatio(f.factor * num * scale, den) / scale;
  }
  return Math.round(raw * scale) / scale;
}

/**
 * What a reader learns from a published figure, as linear statements on the counts. `bound` is a number
 * no sum of counts of the table exceeds (it sizes one big-M, see below).
 */
export function figureStatements(t: FigureSource, id: number, bound: number): Linear[] {
  const f = t.figures[id]!;
  let value = publishedFigure(t, id);
  let when = f.cells;
  if (f.kind === 'average' && f.seen && typeof value === 'object' && value !== null) {
    // Said as a band although its count is hidden: the reader is given its exact value (safe side).
    const raw = rawFigure(t, id);
    if (typeof raw === 'number') {
      value = Math.round(raw * 10 ** f.decimals) / 10 ** f.decimals;
      when = [];
    }
  }
  if (f.kind === 'given' || (typeof value === 'object' && value !== null)) return [];
  if (f.kind === 'ratio') {
    // Published null means den = 0. Published r = k / 10^d means (2k − 1) den ≤ 2 · 10^d · factor · num < (2k + 1) den.
    if (value === null) return [{ terms: [[f.den, 1]], lower: 0, upper: 0, when }];
    const scale = 10 ** f.decimals,
      k = Math.round(value * scale),
      m = 2 * scale * f.factor;
    return [
      { terms: [[f.den, 1]], lower: 1, upper: Infinity, when },
      {
        terms: [
          [f.num, m],
          [f.den, -(2 * k + 1)],
        ],
        lower: -Infinity,
        upper: -1,
        when,
      },
      {
        terms: [
          [f.num, m],
          [f.den, -(2 * k - 1)],
        ],
        lower: 0,
        upper: Infinity,
        when,
      },
    ];
  }
  if (value === null) return [];
  // Average r of values v weighted by counts w: lo ≤ Σ v·w ÷ Σ w ≤ hi. A weighted value the reader does
  // not see (its weight is hidden) can be any delay ≥ 0: it only lowers the upper side, and the lower side
  // holds unless its weight is positive (big-M on the unseen weights).
  const half = 0.5 / 10 ** f.decimals,
    lo = value - half,
    hi = value + half;
  const upper: [number, number][] = [],
    lower: [number, number][] = [];
  for (const p of f.parts) {
    const v = publishedFigure(t, p.value);
    const part = t.figures[p.value]!;
    const seen = part.kind === 'given' && part.seen === true && typeof part.value === 'number';
    // A value said as a band is counted as known exactly: the reader is given more than he has (safe side).
    if (typeof v === 'number' || seen) {
      const exact = rawFigure(t, p.value) as number;
      upper.push([p.weight, exact - hi]);
      lower.push([p.weight, exact - lo]);
    } else {
      upper.push([p.weight, -hi]);
      lower.push([p.weight, Math.max(lo, 0) * bound]);
    }
  }
  return [
    { terms: upper, lower: -Infinity, upper: 0, when },
    { terms: lower, lower: 0, upper: Infinity, when },
  ];
}
