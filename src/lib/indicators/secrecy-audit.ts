/**
 * The integer audit of a protected table, and the choice of secondary cells. For each hidden cell that must
 * stay vague, the audit proves which of its possible values a reader can still not rule out, using every
 * published statement (sums, rounded ratios, averages, bounds) and what each label tells. Hidden cells that
 * share no statement are audited apart (components), and a value once shown possible stays possible: hiding
 * more cells only widens what a reader must consider.
 */
import { Milp, verifyPoint, type Known, type Linear } from './secrecy-model.ts';
import { createModel, run, type Highs } from './solver.ts';

/** A protected cell and one value the published figures rule out although the cell must keep it possible. */
export interface Narrowing {
  cell: number;
  value: number;
}

/** What the audit reads; owned by the table being protected. */
export interface AuditContext {
  highs: Highs;
  threshold: number;
  /** Published value or label of a cell, with the current masks. */
  known(cell: number): Known;
  /** Every published statement. */
  constraints: readonly Linear[];
  /** Statements by cell. */
  byCell: ReadonlyMap<number, readonly number[]>;
  /** Values a protected cell must keep possible, and how many of them at least; undefined when not protected. */
  requirement(cell: number): { values: readonly number[]; need: number } | undefined;
  /** Values shown possible so far, by cell (kept across suppression rounds). */
  witnessed: Map<number, Set<number>>;
  /** Sum of every count of the table: no cell exceeds it. */
  bound: number;
  /** Number of solver runs, for the summary. */
  stats: { solves: number };
}

const isHidden = (k: Known): k is { hidden: Exclude<Known, { published: number }>['hidden'] } => 'hidden' in k;

/**
 * Groups of hidden cells linked by statements (each group can be audited alone), in the order of their first
 * cell: the cells are visited in order, and a group enters the map with its first cell.
 */
export function hiddenComponents(ctx: AuditContext, cellCount: number): number[][] {
  const parent = new Int32Array(cellCount).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const l of ctx.constraints) {
    let first = -1;
    for (const [c] of l.terms) {
      if (!isHidden(ctx.known(c))) continue;
      if (first < 0) first = c;
      else {
        const a = find(first),
          b = find(c);
        // Stryker disable next-line ConditionalExpression: with a === b it writes parent[a] = a, already so.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let c = 0; c < cellCount; c++) {
    if (!isHidden(ctx.known(c))) continue;
    const root = find(c);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(c);
  }
  return [...groups.values()];
}

interface Encoded {
  milp: Milp;
  /** Column of each cell's variable. */
  column: Map<number, number>;
  /** Column of the "hidden" switch of each cell that may be hidden (suppression model). */
  switches: Map<number, number>;
  /**
   * Statements left out because one of their `when` cells may be switched: the program treats them as gone,
   * which is true only once such a cell is really hidden (`withDropped`).
   */
  dropped: Linear[];
}

function zeroOrLarge(milp: Milp, x: number, bound: number, threshold: number): void {
  // A shortcut: below the threshold, the rows below would also leave x = 0 only (x ≥ T·b and x ≤ bound·b).
  // Stryker disable next-line ConditionalExpression,BlockStatement: the same program, smaller.
  if (bound < threshold) {
    milp.upper[x] = 0;
    return;
  }
  const b = milp.col(0, 1);
  milp.upper[x] = bound;
  milp.row(
    [
      [x, 1],
      [b, -threshold],
    ],
    0,
    Infinity,
  );
  milp.row(
    [
      [x, 1],
      [b, -bound],
    ],
    -Infinity,
    0,
  );
}

/** The reader's program over `vars` (hidden cells), and over `switchable` published cells for suppression. */
function encode(ctx: AuditContext, vars: readonly number[], switchable: readonly number[] = []): Encoded {
  const T = ctx.threshold;
  const milp = new Milp();
  const column = new Map<number, number>();
  for (const c of vars) {
    const k = ctx.known(c);
    const small = isHidden(k) && k.hidden === 'small';
    column.set(c, milp.col(small ? 1 : 0, small ? T - 1 : Infinity));
  }
  for (const c of switchable) column.set(c, milp.col(0, Infinity));
  const rows = new Set<number>();
  for (const c of column.keys()) for (const i of ctx.byCell.get(c) ?? []) rows.add(i);
  const switched = new Set(switchable);
  const dropped: Linear[] = [];
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: the order of the rows only.
  for (const i of [...rows].sort((a, b) => a - b)) {
    const l = ctx.constraints[i]!;
    // A figure published only with its inputs disappears when one of them is hidden.
    if (l.when?.some((c) => switched.has(c))) {
      dropped.push(l);
      continue;
    }
    let constant = 0;
    const entries: [number, number][] = [];
    for (const [c, coef] of l.terms) {
      const col = column.get(c);
      if (col !== undefined) {
        entries.push([col, coef]);
        continue;
      }
      const k = ctx.known(c);
      // Unreachable: a component holds every hidden cell of its statements, and chooseSecondary brings in the
      // components its candidates reach. A guard against a future caller.
      // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable guard.
      if (isHidden(k)) throw new Error(`cellule cachée ${c} hors du modèle`);
      constant += coef * k.published;
    }
    milp.row(entries, l.lower - constant, l.upper - constant);
  }
  const ub = milp.impliedUpper();
  // When nothing published bounds a cell, the sum of every count of the table does: a true bound, and a
  // tighter model only lets the reader narrow more (the safe side).
  const bound = (x: number, atLeast = 0) => Math.max(atLeast, Math.min(ub[x]!, ctx.bound));
  for (const c of vars) {
    const k = ctx.known(c);
    if (isHidden(k) && k.hidden === 'zeroOrLarge') zeroOrLarge(milp, column.get(c)!, bound(column.get(c)!), T);
  }
  const switches = new Map<number, number>();
  for (const c of switchable) {
    const k = ctx.known(c);
    const a = isHidden(k) ? 0 : k.published;
    const x = column.get(c)!;
    // The choice only needs room to move: a smaller bound keeps the program fast, and any point it finds
    // is still a point of the reader's program once the cells are hidden.
    const M = Math.min(bound(x, a), a + Math.max(a, 10 * T));
    const h = milp.col(0, 1);
    switches.set(c, h);
    // Published at a unless switched to hidden, then "0 or at least T" like any secondary cell.
    milp.row(
      [
        [x, 1],
        // Stryker disable next-line ArithmeticOperator: x ≤ M already (zeroOrLarge below): a looser row is the same.
        [h, -(M - a)],
      ],
      -Infinity,
      a,
    );
    milp.row(
      [
        [x, 1],
        [h, a],
      ],
      a,
      Infinity,
    );
    zeroOrLarge(milp, x, M, T);
  }
  return { milp, column, switches, dropped };
}

/**
 * The chosen cells, completed so that the point holds: a statement the program left out (its figure may
 * disappear) and that the point breaks is made to disappear for real, by hiding one of its `when` cells.
 * Without this, a choice of nothing could "show" a value the audit still rules out, and the rounds of the
 * secondary rule would never end (hiding more is the safe side).
 */
function withDropped(
  ctx: AuditContext,
  dropped: readonly Linear[],
  switchable: readonly number[],
  chosen: number[],
  point: ReadonlyMap<number, number>,
): number[] {
  const out = new Set(chosen);
  const allowed = new Set(switchable);
  for (const l of dropped) {
    if (l.when!.some((c) => out.has(c))) continue;
    if (verifyPoint(point, ctx.known, [l], ctx.threshold)) continue;
    const c = l.when!.find((w) => allowed.has(w));
    if (c !== undefined) out.add(c);
  }
  return [...out];
}

/** Reads a solver point as integer values of cells. */
function pointOf(
  values: Float64Array,
  column: ReadonlyMap<number, number>,
  cells: readonly number[],
): Map<number, number> {
  return new Map(cells.map((c) => [c, Math.round(values[column.get(c)!]!)]));
}

function record(ctx: AuditContext, point: ReadonlyMap<number, number>): number {
  let added = 0;
  for (const [c, v] of point) {
    const req = ctx.requirement(c);
    if (!req || !req.values.includes(v)) continue;
    const set = ctx.witnessed.get(c) ?? ctx.witnessed.set(c, new Set()).get(c)!;
    if (!set.has(v)) {
      set.add(v);
      added++;
    }
  }
  return added;
}

function satisfied(ctx: AuditContext, c: number): boolean {
  return (ctx.witnessed.get(c)?.size ?? 0) >= ctx.requirement(c)!.need;
}

/**
 * Audits one component. Returns a protected cell the reader can narrow, with a value it loses, or undefined
 * when every protected cell keeps enough possible values. Pairs in `accepted` (found impossible to protect)
 * are skipped so that the rest is still audited.
 */
export function auditComponent(
  ctx: AuditContext,
  comp: readonly number[],
  accepted: ReadonlySet<string> = new Set(),
): Narrowing | undefined {
  const guarded = comp.filter((c) => ctx.requirement(c) !== undefined);
  if (guarded.every((c) => satisfied(ctx, c))) return undefined;
  const { milp, column } = encode(ctx, comp);
  // Targeting: e_c ≥ |x_c − target| so that one solve can show many wanted values at once.
  const aux = new Map(
    guarded.map((c) => {
      const x = column.get(c)!,
        // Stryker disable next-line BooleanLiteral: e ≥ |x − t| with x and t integers, an integer e is the same.
        e = milp.col(0, Infinity, false);
      return [
        c,
        {
          e,
          below: milp.row(
            [
              [e, 1],
              [x, -1],
            ],
            -Infinity,
            Infinity,
          ),
          above: milp.row(
            [
              [e, 1],
              [x, 1],
            ],
            -Infinity,
            Infinity,
          ),
        },
      ] as const;
    }),
  );
  const model = createModel(ctx.highs, milp.data());
  const impossible = new Map<number, Set<number>>();
  const missing = (c: number) =>
    ctx.requirement(c)!.values.filter((v) => !ctx.witnessed.get(c)?.has(v) && !impossible.get(c)?.has(v));
  // One batched update per solve: the aux columns and their rows are contiguous.
  const auxList = guarded.map((c) => aux.get(c)!);
  const aim = (round: number, except?: number) => {
    if (auxList.length === 0) return;
    const costs: number[] = [],
      lower: number[] = [],
      upper: number[] = [];
    for (const c of guarded) {
      const want = c === except || satisfied(ctx, c) ? [] : missing(c);
      const t = want[round % Math.max(1, want.length)];
      costs.push(t === undefined ? 0 : 1);
      lower.push(t === undefined ? -Infinity : -t, t === undefined ? -Infinity : t);
      upper.push(Infinity, Infinity);
    }
    model.changeColsCost({ kind: 'range', from: auxList[0]!.e, to: auxList.at(-1)!.e }, costs);
    model.changeRowsBounds({ kind: 'range', from: auxList[0]!.below, to: auxList.at(-1)!.above }, lower, upper);
  };
  const solve = (): Map<number, number> | undefined => {
    ctx.stats.solves++;
    const r = run(ctx.highs, model);
    if (r.status !== 'feasible') return undefined;
    const point = pointOf(r.values, column, comp);
    return verifyPoint(point, ctx.known, ctx.constraints, ctx.threshold) ? point : undefined;
  };
  try {
    // Guided rounds: aim every unsatisfied cell at a value not yet shown possible.
    for (let round = 0; round < ctx.threshold + 1 && !guarded.every((c) => satisfied(ctx, c)); round++) {
      aim(round);
      const point = solve();
      if (!point || record(ctx, point) === 0) break;
    }
    // Then one value at a time: fixed, it is either shown possible or proved impossible.
    for (const c of guarded) {
      const x = column.get(c)!;
      for (const v of missing(c)) {
        if (satisfied(ctx, c)) break;
        if (ctx.witnessed.get(c)?.has(v)) continue;
        aim(0, c);
        model.changeColBounds(x, v, v);
        const point = solve();
        model.changeColBounds(x, milp.lower[x]!, milp.upper[x]!);
        if (point) {
          record(ctx, point);
          continue;
        }
        (impossible.get(c) ?? impossible.set(c, new Set()).get(c)!).add(v);
        const req = ctx.requirement(c)!;
        const stillPossible = (ctx.witnessed.get(c)?.size ?? 0) + missing(c).length;
        if (stillPossible < req.need && !accepted.has(`${c}:${v}`)) return { cell: c, value: v };
      }
    }
    return undefined;
    // Stryker disable next-line BlockStatement: freeing the solver's memory changes no result.
  } finally {
    // Stryker disable next-line CallExpression: likewise.
    model.dispose();
  }
}

/**
 * Cells to hide so that `n.value` becomes possible again for `n.cell`, at the least cost: a program that
 * may switch published cells to "non publié" (then 0 or at least T) and must make the lost value feasible.
 * `wide` lets every published cell be switched; otherwise only those sharing a statement with the
 * component. Returns the chosen cells and the point found (to be verified once they are hidden), or
 * undefined when no choice works.
 */
export function chooseSecondary(
  ctx: AuditContext,
  n: Narrowing,
  components: readonly (readonly number[])[],
  cost: (cell: number) => number,
  cellCount: number,
  wide: boolean,
): { chosen: number[]; point: Map<number, number> } | undefined {
  const compOf = new Map<number, number>();
  components.forEach((comp, i) => {
    for (const c of comp) compOf.set(c, i);
  });
  const own = components[compOf.get(n.cell)!]!;
  const candidates = new Set<number>();
  const consider = (c: number) => {
    if (!isHidden(ctx.known(c)) && Number.isFinite(cost(c))) candidates.add(c);
  };
  if (wide) for (let c = 0; c < cellCount; c++) consider(c);
  else
    for (const c of own)
      for (const i of ctx.byCell.get(c) ?? []) for (const [d] of ctx.constraints[i]!.terms) consider(d);
  // A switched cell joins its statements: every hidden cell they reach comes in with its whole component.
  const comps = new Set<number>([compOf.get(n.cell)!]);
  for (const c of candidates)
    for (const i of ctx.byCell.get(c) ?? [])
      for (const [d] of ctx.constraints[i]!.terms) {
        const k = compOf.get(d);
        if (k !== undefined) comps.add(k);
      }
  const vars = [...comps].sort((a, b) => a - b).flatMap((k) => components[k]!);
  const switchable = [...candidates].sort((a, b) => a - b);
  // First the cheapest single cells, one quick feasibility test each; the optimising program only when none suffices.
  if (!wide) {
    for (const c of [...switchable].sort((a, b) => cost(a) - cost(b) || a - b).slice(0, SINGLE_TRIES)) {
      const one = encode(ctx, vars, [c]);
      const xc = one.column.get(n.cell)!;
      one.milp.lower[xc] = n.value;
      one.milp.upper[xc] = n.value;
      one.milp.lower[one.switches.get(c)!] = 1;
      const model = createModel(ctx.highs, one.milp.data());
      try {
        ctx.stats.solves++;
        const r = run(ctx.highs, model);
        if (r.status === 'feasible') {
          const point = pointOf(r.values, one.column, [...vars, c]);
          return { chosen: withDropped(ctx, one.dropped, [c], [c], point), point };
        }
        // Stryker disable next-line BlockStatement: freeing the solver's memory changes no result.
      } finally {
        // Stryker disable next-line CallExpression: likewise.
        model.dispose();
      }
    }
  }
  // A statement whose figure disappears with a switched cell is left out of the program; when the point
  // found breaks one whose cells were not chosen after all, those cells may not be switched any more (the
  // statement is then in the program) and the program runs again. The last resort hides them (withDropped).
  const kept = new Set<number>();
  let forced: { chosen: number[]; point: Map<number, number> } | undefined;
  for (let attempt = 0; ; attempt++) {
    const allowed = switchable.filter((c) => !kept.has(c));
    const { milp, column, switches, dropped } = encode(ctx, vars, allowed);
    const x = column.get(n.cell)!;
    milp.lower[x] = n.value;
    milp.upper[x] = n.value;
    for (const [c, h] of switches) milp.cost[h] = cost(c);
    const model = createModel(ctx.highs, milp.data(), 'best');
    try {
      ctx.stats.solves++;
      const r = run(ctx.highs, model);
      // Without the cells put back, no choice works: the previous one, completed, still does.
      if (r.status !== 'feasible') return forced;
      const chosen = allowed.filter((c) => r.values[switches.get(c)!]! > 0.5);
      const point = pointOf(r.values, column, [...vars, ...chosen]);
      const complete = withDropped(ctx, dropped, allowed, chosen, point);
      forced = { chosen: complete, point };
      if (complete.length === chosen.length || attempt >= MAX_REDO) return forced;
      for (const c of complete) if (!chosen.includes(c)) kept.add(c);
      // Stryker disable next-line BlockStatement: freeing the solver's memory changes no result.
    } finally {
      // Stryker disable next-line CallExpression: likewise.
      model.dispose();
    }
  }
}

/** Runs of the optimising program with statements put back, before the last resort of withDropped. */
const MAX_REDO = 4;

/** Single cells tried before the optimising program of the secondary rule. */
const SINGLE_TRIES = 12;

/** Keeps the values of a verified point as shown possible; returns how many were new. */
export function recordPoint(ctx: AuditContext, point: ReadonlyMap<number, number>): number {
  return verifyPoint(point, ctx.known, ctx.constraints, ctx.threshold) ? record(ctx, point) : 0;
}
