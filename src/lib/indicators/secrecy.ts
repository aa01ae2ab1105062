/**
 * Statistical secrecy, in one place (DESIGN.md §7). A table of counts is declared as cells, additive groups
 * (a total and the parts that sum to it), derived figures (ratios, averages, published with their rounding)
 * and any other published bound. Counts from 1 to threshold − 1 are hidden ("moins de 5"); then an integer
 * audit of everything published (secrecy-audit.ts) finds each hidden small count a reader could narrow, and
 * more cells are hidden ("non publié") until none can: every small count keeps threshold − 1 possible
 * values. 0 is published: it reveals nobody and lets the site say "aucune attribution cette année".
 */
import type { Cell, Indicator, MaskReason } from './cells.ts';
import {
  auditComponent,
  chooseSecondary,
  hiddenComponents,
  recordPoint,
  type AuditContext,
  type Narrowing,
} from './secrecy-audit.ts';
import { isGroup, possibleInGroup } from './secrecy-groups.ts';
import { figureStatements, publishedFigure, type Figure, type Publish } from './secrecy-figures.ts';
import type { Known, Linear } from './secrecy-model.ts';
import type { Highs } from './solver.ts';

/** Value of a cell before secrecy: an exact count, or `source` when the file did not publish it. */
export type RawValue = number | 'source';

/** What the protection of one table did, for the summary of `npm run check` and the build. */
export interface SecrecyReport {
  /** Cells that can be published (never-published internal cells excluded). */
  cells: number;
  /** Hidden cells by reason. */
  hidden: Record<MaskReason, number>;
  /** Hidden counts the audit protects (small ones, and small never-published differences). */
  audited: number;
  /**
   * Protected counts that keep fewer than threshold − 1 possible values because of the labels alone,
   * whatever else is hidden: e.g. a commune total "moins de 5" with two parts "moins de 5" (each part is
   * then at most 3). Nothing published beyond the labels narrows them further.
   */
  limitedByLabels: number;
  /** Protected counts a reader can compute exactly (one possible value left): 0 unless protection failed. */
  recomputable: number;
  /** Groups of hidden cells audited apart. */
  components: number;
  /** Solver runs. */
  solves: number;
}

interface Entry {
  value: RawValue;
  /** Never published (e.g. pending − transfers), but a reader can derive it. */
  internal: boolean;
  /** How much hiding this cell costs readers (territory totals more than a commune's detail). */
  importance: number;
  mask?: MaskReason;
  /**
   * A small total written "non publié" instead of "moins de N" (group pass): it stays protected like a
   * never-published small difference (it must keep threshold − 1 possible values).
   */
  unstated?: boolean;
  /** The count a previous publication gave for this cell (`keep`): readers already have it. */
  before?: number;
}

/** A table of counts with additive relations and derived figures, to be protected as a whole. */
export class SecrecyTable {
  private readonly cells: Entry[] = [];
  private readonly groups: Linear[] = [];
  private readonly facts: Linear[] = [];
  private readonly figures: Figure[] = [];
  private result: SecrecyReport | undefined;
  /** Values of protected cells that the labels alone rule out (see `requirement`). */
  private readonly inherent = new Map<number, Set<number>>();
  /** Counts from 1 to threshold − 1 are not published. */
  readonly threshold: number;

  /** An empty table protected with the territory's secrecy threshold. */
  constructor(threshold: number) {
    this.threshold = threshold;
  }

  /** Adds a cell and returns its id. `importance` (default 1) makes the secondary rule avoid hiding it. */
  cell(value: RawValue, options: { internal?: boolean; importance?: number } = {}): number {
    this.cells.push({ value, internal: options.internal ?? false, importance: options.importance ?? 1 });
    return this.cells.length - 1;
  }

  /**
   * Records the count a previous publication gave for `id` (last year's site). Readers have it: when it is
   * still the same and not small, the secondary rule never hides it, since hiding it again would protect
   * nothing; published, the audit reads it like any other count. `before` tells the build which rule hid
   * the others.
   */
  keep(id: number, published: number): void {
    this.cells[id]!.before = published;
  }

  /** The count a previous publication gave for `id`, if `keep` recorded one. */
  before(id: number): number | undefined {
    return this.cells[id]!.before;
  }

  /** Declares that `total` = sum of `parts`. */
  group(total: number, parts: readonly number[]): void {
    this.groups.push({ terms: [[total, 1], ...parts.map((p) => [p, -1] as const)], lower: 0, upper: 0 });
  }

  /**
   * Declares a published statement lower ≤ Σ coef × cell ≤ upper, for anything the site says about hidden
   * counts beyond the figures below (e.g. "plus de 24 mois d'attente": 12 × pending − 24 × attributions ≥ 1).
   * It must hold for the true counts.
   */
  fact(terms: readonly (readonly [cell: number, coef: number])[], lower: number, upper: number): void {
    this.facts.push({ terms, lower, upper });
  }

  /**
   * A number read from the file (e.g. an average delay), published with the cells `publishWith`. `seen`:
   * the reader knows it even when those cells are hidden (it is said another way, e.g. as a band): the
   * audit then counts it as known in every average it enters.
   */
  given(
    value: number | 'source' | undefined,
    publishWith: readonly number[],
    decimals = 1,
    options: { seen?: boolean } = {},
  ): number {
    return this.figures.push({ kind: 'given', value, cells: publishWith, decimals, seen: options.seen ?? false }) - 1;
  }

  /** The raw value of a cell (the count before secrecy), for the rules that publish by the size of a group. */
  raw(id: number): RawValue {
    return this.cells[id]!.value;
  }

  /** round(factor × num ÷ den, decimals), e.g. the waiting time 12 × pending ÷ attributions. */
  ratio(num: number, den: number, options: { factor?: number; decimals?: number; publish?: Publish } = {}): number {
    const cells = (options.publish ?? 'inputs') === 'inputs' ? [num, den] : [];
    return (
      this.figures.push({
        kind: 'ratio',
        num,
        den,
        factor: options.factor ?? 1,
        decimals: options.decimals ?? 1,
        cells,
      }) - 1
    );
  }

  /** Average of figures weighted by cells (e.g. the delay of all sizes from each size's delay), published with `publishWith`. */
  /**
   * Average of figures weighted by cells, published with `publishWith`. `seen`: the reader has it even when
   * those cells are hidden (said as a band): its statements then always hold, with its exact value.
   */
  average(
    parts: readonly { weight: number; value: number }[],
    publishWith: readonly number[],
    decimals = 1,
    options: { seen?: boolean } = {},
  ): number {
    return this.figures.push({ kind: 'average', parts, decimals, cells: publishWith, seen: options.seen ?? false }) - 1;
  }

  /** Number of cells and groups (for tests). */
  get size(): { cells: number; groups: number } {
    return { cells: this.cells.length, groups: this.groups.length };
  }

  private isSmall(e: Entry): boolean {
    return typeof e.value === 'number' && e.value > 0 && e.value < this.threshold;
  }

  private known(id: number): Known {
    const e = this.cells[id]!;
    if (e.mask === 'small') return { hidden: 'small' };
    // Every "non publié" is modelled as "0 or at least N", a small total written so included: the model
    // then holds more than such a label tells (the dictionary says a secondary cell may be small or large),
    // so whatever the audit finds possible is possible for the reader too.
    if (e.mask === 'secondary') return { hidden: 'zeroOrLarge' };
    if (e.mask === 'source' || e.internal) return { hidden: 'nonNegative' };
    // Any other cell has a count: primary() gave the mask 'source' to every cell the file did not publish.
    return { published: e.value as number };
  }

  /**
   * Values a protected cell must keep possible: all of 1…T−1 for "moins de T"; any T−1 values for a
   * never-published small difference. Values the labels alone rule out, whatever else is hidden
   * (`inherent`), cannot be kept and are not asked for.
   */
  private requirement(id: number): { values: readonly number[]; need: number } | undefined {
    const e = this.cells[id]!;
    const T = this.threshold;
    const small = [...Array(T - 1).keys()].map((i) => i + 1);
    const lost = this.inherent.get(id);
    const keep = (values: number[]) => (lost ? values.filter((v) => !lost.has(v)) : values);
    if (e.mask === 'small') {
      const values = keep(small);
      return { values, need: values.length };
    }
    if ((e.internal || e.unstated) && this.isSmall(e)) {
      const values = keep([...small, 0, ...[...Array(T - 1).keys()].map((i) => T + i)]);
      return { values, need: Math.min(T - 1, values.length) };
    }
    return undefined;
  }

  /** Records that the labels alone rule out `value` for `cell`. */
  private lose(cell: number, value: number): void {
    (this.inherent.get(cell) ?? this.inherent.set(cell, new Set()).get(cell)!).add(value);
  }

  private figureSource() {
    return { raw: (c: number) => this.cells[c]!.value, output: (c: number) => this.current(c), figures: this.figures };
  }

  private current(id: number): Cell {
    const e = this.cells[id]!;
    return e.mask ? { masked: e.mask } : (e.value as number);
  }

  private context(highs: Highs, witnessed: Map<number, Set<number>>, stats: { solves: number }): AuditContext {
    const bound = this.cells.reduce(
      (s, e) => s + (typeof e.value === 'number' && !e.internal ? Math.abs(e.value) : 0),
      1,
    );
    const source = this.figureSource();
    const constraints = [
      ...this.groups,
      ...this.facts,
      ...this.figures.flatMap((_, i) => figureStatements(source, i, bound)),
    ];
    const byCell = new Map<number, number[]>();
    constraints.forEach((l, i) => {
      for (const [c] of l.terms) (byCell.get(c) ?? byCell.set(c, []).get(c)!).push(i);
    });
    return {
      highs,
      threshold: this.threshold,
      bound,
      known: (c) => this.known(c),
      constraints,
      byCell,
      requirement: (c) => this.requirement(c),
      witnessed,
      stats,
    };
  }

  /**
   * Cost of hiding a published cell (it is asked of published cells only, never of an internal one or one
   * hidden at source): fewer and smaller cells first, then less important ones.
   */
  private cost(id: number): number {
    const e = this.cells[id]!;
    // Linear in the count: hiding one large count (the main town's, which people read) costs more than
    // hiding several small ones.
    if (this.stillPublished(e)) return Infinity;
    return e.importance * (2 + (e.value as number));
  }

  /** A count the previous publication gave, unchanged and not small: readers have it whatever is hidden. */
  private stillPublished(e: Entry): boolean {
    return e.before === e.value && !this.isSmall(e);
  }

  /**
   * Applies primary and secondary secrecy and returns what was done. Idempotent. Needs the loaded solver
   * (`loadSolver()`), so that the whole table is audited synchronously.
   */
  protect(highs: Highs): SecrecyReport {
    if (this.result) return this.result;
    this.primary();
    this.groupPass();
    const witnessed = new Map<number, Set<number>>();
    const stats = { solves: 0 };
    let components = 0;
    // Each round hides at least one cell or gives up one value: the loop ends.
    for (let guard = 0; ; guard++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: never reached (see above).
      if (guard > this.cells.length * 2 * this.threshold)
        // Stryker disable next-line StringLiteral: never reached.
        throw new Error('secret statistique : la protection ne termine pas');
      const ctx = this.context(highs, witnessed, stats);
      const comps = hiddenComponents(ctx, this.cells.length);
      components = comps.length;
      let found: Narrowing | undefined;
      for (const comp of comps) if ((found = auditComponent(ctx, comp))) break;
      if (!found) break;
      const choice =
        chooseSecondary(ctx, found, comps, (c) => this.cost(c), this.cells.length, false) ??
        chooseSecondary(ctx, found, comps, (c) => this.cost(c), this.cells.length, true);
      if (!choice || choice.chosen.length === 0) {
        // Even hiding every published cell would not give the value back: the labels alone rule it out.
        if (!choice) this.lose(found.cell, found.value);
        else if (recordPoint(ctx, choice.point) === 0) {
          // The program found the value possible with nothing hidden, but its point fails the exact check
          // (rounding): hide the published cells that share a statement with the cell, the safe side, so
          // that every round still hides something and the rounds end.
          const near = new Set<number>();
          for (const i of ctx.byCell.get(found.cell) ?? [])
            for (const [c] of ctx.constraints[i]!.terms)
              if ('published' in ctx.known(c) && Number.isFinite(this.cost(c))) near.add(c);
          if (near.size === 0) this.lose(found.cell, found.value);
          for (const c of near) this.cells[c]!.mask = 'secondary';
        }
        continue;
      }
      for (const c of choice.chosen) this.cells[c]!.mask = 'secondary';
      recordPoint(this.context(highs, witnessed, stats), choice.point);
    }
    const visible = this.cells.filter((e) => !e.internal);
    const count = (r: MaskReason) => visible.filter((e) => e.mask === r).length;
    const guarded = this.cells.map((_, i) => i).filter((i) => this.requirement(i));
    const kept = (i: number) => this.requirement(i)!.values.length;
    this.result = {
      cells: visible.length,
      hidden: { small: count('small'), secondary: count('secondary'), source: count('source') },
      audited: guarded.length,
      limitedByLabels: guarded.filter((i) => this.inherent.has(i)).length,
      recomputable: guarded.filter((i) => kept(i) <= 1).length,
      components,
      solves: stats.solves,
    };
    return this.result;
  }

  /** Hides the small counts and those hidden at source (cells already hidden by hand keep their reason). */
  private primary(): void {
    for (const e of this.cells) {
      if (e.mask || e.internal) continue;
      if (e.value === 'source') e.mask = 'source';
      else if (this.isSmall(e)) e.mask = 'small';
    }
  }

  /** True when `cell` keeps enough possible values in the group read alone (`extra`: a cell tried as hidden). */
  private keepsEnough(g: Linear, cell: number, extra?: number): boolean {
    const req = this.requirement(cell)!;
    const known = (c: number): Known => (c === extra ? { hidden: 'zeroOrLarge' } : this.known(c));
    return req.values.filter((v) => possibleInGroup(g, cell, v, known, this.threshold)).length >= req.need;
  }

  /** Secondary rule, group by group (secrecy-groups.ts): fast, and leaves the solver little to do. */
  private groupPass(): void {
    const groups = [...this.groups, ...this.facts].filter(isGroup);
    const byCell = new Map<number, number[]>();
    groups.forEach((g, i) => {
      for (const [c] of g.terms) (byCell.get(c) ?? byCell.set(c, []).get(c)!).push(i);
    });
    const queue = groups.map((_, i) => i);
    const queued = new Set(queue);
    const again = (ids: readonly number[]) => {
      for (const j of ids)
        if (!queued.has(j)) {
          queued.add(j);
          queue.push(j);
        }
    };
    while (queue.length > 0) {
      const i = queue.shift()!;
      queued.delete(i);
      const g = groups[i]!;
      for (const [cell] of g.terms) {
        if (!this.requirement(cell) || this.keepsEnough(g, cell)) continue;
        // Values ruled out even with every published cell of the group hidden come from the labels alone:
        // a total "moins de 5" over parts "moins de 5" (4 parts at 1 make a total of 4). The total is then
        // written "non publié" instead: a reader can no longer bound the parts by it.
        const all = new Set(g.terms.map(([c]) => c).filter((c) => 'published' in this.known(c)));
        const open = (c: number): Known => (all.has(c) ? { hidden: 'zeroOrLarge' } : this.known(c));
        const lost = this.requirement(cell)!.values.filter((v) => !possibleInGroup(g, cell, v, open, this.threshold));
        const total = g.terms[0]![0];
        if (lost.length > 0 && this.cells[total]!.mask === 'small') {
          this.cells[total]!.mask = 'secondary';
          this.cells[total]!.unstated = true;
          // Its label changed from 1…T−1 to 0 or ≥ T: every group that holds it is read again.
          again([i, ...(byCell.get(total) ?? [])]);
          continue;
        }
        for (const v of lost) this.lose(cell, v);
        if (this.keepsEnough(g, cell)) continue;
        const candidates = g.terms
          .map(([c]) => c)
          .filter((c) => 'published' in this.known(c) && Number.isFinite(this.cost(c)))
          .sort((a, b) => this.cost(a) - this.cost(b) || a - b);
        const pick = candidates.find((c) => this.keepsEnough(g, cell, c)) ?? candidates[0];
        if (pick === undefined) continue;
        this.cells[pick]!.mask = 'secondary';
        // This cell may need one more hidden count: the group is read again. The other groups of `pick` need
        // not be: a published count is 0 or at least T, so "0 or at least T" in its place only widens them.
        again([i]);
      }
    }
  }

  /**
   * A fresh audit of the published table, without hiding anything: the protected cells a reader can narrow
   * and a value each one loses. Small counts are hidden first if they are not yet. Empty after `protect`;
   * tests use it on tables protected by hand (`mask`).
   */
  narrowed(highs: Highs): Narrowing[] {
    this.primary();
    // Stryker disable next-line ObjectLiteral: nothing reads the statistics of this audit.
    const ctx = this.context(highs, new Map(), { solves: 0 });
    const out: Narrowing[] = [];
    const accepted = new Set<string>();
    for (const comp of hiddenComponents(ctx, this.cells.length)) {
      for (let n = auditComponent(ctx, comp, accepted); n; n = auditComponent(ctx, comp, accepted)) {
        out.push(n);
        accepted.add(`${n.cell}:${n.value}`);
      }
    }
    return out;
  }

  /** Hides a cell by hand (tests of the audit): `small`, `secondary` or `source`. */
  mask(id: number, reason: MaskReason): void {
    this.cells[id]!.mask = reason;
  }

  /** The published form of a cell: its count, or the reason it is hidden. */
  output(id: number): Cell {
    if (!this.result) throw new Error('SecrecyTable.protect() doit être appelé avant de lire les cellules');
    return this.current(id);
  }

  /** The published form of a derived figure. */
  figure(id: number): Indicator {
    if (!this.result) throw new Error('SecrecyTable.protect() doit être appelé avant de lire les indicateurs');
    return publishedFigure(this.figureSource(), id);
  }
}
