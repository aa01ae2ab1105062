/**
 * The reader's knowledge of a protected table, written as a mixed-integer program: one integer variable per
 * hidden cell with the bounds its label tells, and every published linear statement. Points proposed by the
 * solver are checked here exactly, so a solver tolerance can never make a narrowed cell look protected.
 */
import type { ModelData, VariableType } from 'highs';

/** A statement a reader can check from what is published: lower ≤ Σ coef × cell ≤ upper. */
export interface Linear {
  terms: readonly (readonly [cell: number, coef: number])[];
  lower: number;
  upper: number;
  /** Cells whose publication the statement depends on (a figure published only with its inputs). */
  when?: readonly number[];
}

/**
 * What a reader knows of a hidden cell from its label: `small` is 1 to threshold − 1 ("moins de 5");
 * `zeroOrLarge` is 0 or at least the threshold ("non publié" by the secondary rule: a small count would
 * say "moins de 5"); `nonNegative` is any count (hidden at source, or never published).
 */
export type Domain = 'small' | 'zeroOrLarge' | 'nonNegative';

/** A cell as a reader sees it. */
export type Known = { published: number } | { hidden: Domain };

/** Sparse mixed-integer program, built row by row, handed to HiGHS as CSR arrays. */
export class Milp {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly cost: number[] = [];
  private readonly integrality: VariableType[] = [];
  readonly rows: { entries: [number, number][]; lower: number; upper: number }[] = [];

  /** Adds a variable; returns its column. */
  col(lower: number, upper: number, integer = true): number {
    this.lower.push(lower);
    this.upper.push(upper);
    this.cost.push(0);
    this.integrality.push(integer ? 1 : 0);
    return this.lower.length - 1;
  }

  /** Adds lower ≤ Σ coef × column ≤ upper (repeated columns are summed). */
  row(entries: Iterable<readonly [number, number]>, lower: number, upper: number): number {
    const merged = new Map<number, number>();
    for (const [c, v] of entries) merged.set(c, (merged.get(c) ?? 0) + v);
    this.rows.push({ entries: [...merged].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]), lower, upper });
    return this.rows.length - 1;
  }

  /** The model in the solver's format. */
  data(): ModelData {
    const starts = [0],
      indices: number[] = [],
      values: number[] = [];
    for (const r of this.rows) {
      for (const [c, v] of r.entries) {
        indices.push(c);
        values.push(v);
      }
      starts.push(indices.length);
    }
    return {
      numCols: this.lower.length,
      numRows: this.rows.length,
      colCost: this.cost,
      colLower: this.lower,
      colUpper: this.upper,
      rowLower: this.rows.map((r) => r.lower),
      rowUpper: this.rows.map((r) => r.upper),
      matrix: { format: 'csr', numRows: this.rows.length, numCols: this.lower.length, starts, indices, values },
      integrality: this.integrality,
    };
  }

  /**
   * Upper bounds implied by the rows and the column bounds (interval propagation). They size the big-M
   * bounds of "0 or at least T" cells: a finite bound a reader can also derive, so the model stays exact.
   */
  impliedUpper(): number[] {
    const ub = [...this.upper];
    const lb = this.lower;
    for (let pass = 0; pass < 30; pass++) {
      // Stryker disable next-line BooleanLiteral: starting at true only adds passes that change nothing.
      let changed = false;
      for (const r of this.rows) {
        // Sum of the smallest and largest contributions, with infinite ones counted apart.
        let minFinite = 0,
          minInf = 0,
          maxFinite = 0,
          maxInf = 0;
        const lo = (c: number, v: number) => (v > 0 ? v * lb[c]! : v * ub[c]!);
        const hi = (c: number, v: number) => (v > 0 ? v * ub[c]! : v * lb[c]!);
        for (const [c, v] of r.entries) {
          const a = lo(c, v),
            b = hi(c, v);
          if (Number.isFinite(a)) minFinite += a;
          else minInf++;
          if (Number.isFinite(b)) maxFinite += b;
          else maxInf++;
        }
        for (const [c, v] of r.entries) {
          let bound = Infinity;
          if (v > 0 && Number.isFinite(r.upper)) {
            const own = lo(c, v);
            // The other cells' contributions: an infinite own one was never added to minFinite.
            if (Number.isFinite(own)) {
              if (minInf === 0) bound = (r.upper - (minFinite - own)) / v;
            } else if (minInf === 1) bound = (r.upper - minFinite) / v;
          } else if (v < 0 && Number.isFinite(r.lower)) {
            const own = hi(c, v);
            if (Number.isFinite(own)) {
              if (maxInf === 0) bound = (r.lower - (maxFinite - own)) / v;
            } else if (maxInf === 1) bound = (r.lower - maxFinite) / v;
          }
          const rounded = Math.floor(bound + 1e-6);
          if (rounded < ub[c]!) {
            ub[c] = rounded;
            changed = true;
          }
        }
      }
      // Stryker disable next-line ConditionalExpression: a shortcut; another pass would change nothing.
      if (!changed) break;
    }
    return ub;
  }
}

/** True when the value is allowed by the label. */
export function inDomain(domain: Domain, value: number, threshold: number): boolean {
  if (!Number.isInteger(value) || value < 0) return false;
  if (domain === 'small') return value >= 1 && value < threshold;
  if (domain === 'zeroOrLarge') return value === 0 || value >= threshold;
  return true;
}

/**
 * Exact check of a point: every hidden cell of `point` is an integer allowed by its label, and every
 * statement touching them holds (published cells at their value). Statements are integers in practice;
 * averages of decimal delays get a relative margin of 1e-9.
 */
export function verifyPoint(
  point: ReadonlyMap<number, number>,
  known: (cell: number) => Known,
  constraints: readonly Linear[],
  threshold: number,
): boolean {
  for (const [cell, value] of point) {
    const k = known(cell);
    if (!('hidden' in k) || !inDomain(k.hidden, value, threshold)) return false;
  }
  for (const l of constraints) {
    if (!l.terms.some(([c]) => point.has(c))) continue;
    let sum = 0,
      scale = 1;
    for (const [c, coef] of l.terms) {
      const k = known(c);
      const v = point.get(c) ?? ('published' in k ? k.published : undefined);
      if (v === undefined) return false;
      sum += coef * v;
      scale += Math.abs(coef * v);
    }
    const margin = 1e-9 * scale;
    if (sum < l.lower - margin || sum > l.upper + margin) return false;
  }
  return true;
}
