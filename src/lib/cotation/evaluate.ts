/**
 * Evaluation of the grid tree: one function per node kind, each returning a trace (points, band reached,
 * condition leaves that decided, missing facts). The explanation (explain.ts) reads only this trace.
 * Runs unchanged at build time and in the browser: no node: import, no zod, no yaml here.
 */
import { evaluateCondition, type ConditionResult } from './conditions.ts';
import { computeFacts, type EvaluationContext, type Facts } from './facts.ts';
import {
  buildTree,
  type Band,
  type CoefficientNode,
  type CriterionNode,
  type GroupNode,
  type ScoreNode,
} from './tree.ts';
import type { Answers, Criterion, Grid } from './schema.ts';

/** Rounds to one decimal, the precision shown to applicants, so that lines add up to the total exactly. */
export const round1 = (n: number): number => Math.round(n * 10) / 10 + 0;

/** What a score node gave. */
export type ScoreTrace =
  | { kind: 'fixed'; points: number }
  | { kind: 'perUnit'; value: number; each: number; max?: number | undefined; capped: boolean; points: number }
  | { kind: 'bands'; value: number; band?: Band | undefined; first: Band; extra: number; points: number }
  | { kind: 'coefficient'; factor: number; base: number; points: number }
  | { kind: 'none'; note?: string | undefined };

/** applied: the points count; not_applicable: the situation does not match or gives 0; missing: an answer is missing. */
export type LineStatus = 'applied' | 'not_applicable' | 'missing';

/** The trace of one criterion. */
export interface CriterionTrace {
  criterion: Criterion;
  status: LineStatus;
  /** Points counted, rounded to 1 decimal. */
  points: number;
  /** The household matches the criterion, even if it gives no points (no weight, beaten in its group). */
  matched: boolean;
  /** The condition and the leaves that decided it. */
  condition: ConditionResult;
  /** The score, when the condition holds and its number is known. */
  score?: ScoreTrace | undefined;
  /** Facts still unknown (answers or derived facts). */
  missing: string[];
  /** The criterion of the same group that counts instead. */
  beatenBy?: Criterion | undefined;
}

/** The trace of a whole grid for one household. */
export interface Trace {
  total: number;
  /** One trace per criterion, in grid order. */
  criteria: CriterionTrace[];
  facts: Facts;
}

const always: ConditionResult = { value: true, missing: [], passing: [], failing: [] };

/** Evaluates a score node, or names the missing number. */
function evaluateScore(s: ScoreNode, facts: Facts): ScoreTrace | { missing: string } {
  switch (s.kind) {
    case 'fixed':
      return { kind: 'fixed', points: s.points };
    case 'none':
      return { kind: 'none', note: s.note };
    case 'perUnit': {
      const n = facts[s.fact];
      if (typeof n !== 'number') return { missing: s.fact };
      const raw = n * s.points;
      const capped = s.max !== undefined && Math.abs(raw) > s.max;
      return {
        kind: 'perUnit',
        value: n,
        each: s.points,
        max: s.max,
        capped,
        points: round1(capped ? Math.sign(raw) * s.max! : raw),
      };
    }
    case 'bands': {
      const n = facts[s.fact];
      if (typeof n !== 'number') return { missing: s.fact };
      const band = s.steps.find((b) => n >= b.from && (b.to === undefined || n < b.to));
      const extra = band?.perUnitAbove ? Math.floor(n - band.from) * band.perUnitAbove : 0;
      return { kind: 'bands', value: n, band, first: s.steps[0]!, extra, points: round1((band?.points ?? 0) + extra) };
    }
  }
}

/** Evaluates a criterion node. */
function evaluateCriterion(node: CriterionNode, facts: Facts): CriterionTrace {
  const condition = node.when ? evaluateCondition(node.when, facts) : always;
  const base = { criterion: node.criterion, condition, points: 0, matched: false, missing: condition.missing };
  if (condition.value === undefined) return { ...base, status: 'missing' };
  if (!condition.value) return { ...base, status: 'not_applicable' };
  const score = evaluateScore(node.score, facts);
  if ('missing' in score) return { ...base, status: 'missing', missing: [score.missing] };
  const points = 'points' in score ? score.points : 0;
  const matched = score.kind === 'none' || points !== 0;
  return { ...base, score, points, matched, status: points !== 0 ? 'applied' : 'not_applicable' };
}

/** Evaluates an exclusive group: the best applied member counts (the first on a tie). */
function evaluateGroup(node: GroupNode, facts: Facts): CriterionTrace[] {
  const traces = node.members.map((m) => evaluateCriterion(m, facts));
  let best: CriterionTrace | undefined;
  for (const t of traces) if (t.status === 'applied' && (!best || t.points > best.points)) best = t;
  return traces.map((t) =>
    best && t !== best && t.status === 'applied'
      ? { ...t, points: 0, status: 'not_applicable', beatenBy: best.criterion }
      : t,
  );
}

/** Evaluates a coefficient on the positive points of the sum. */
function evaluateCoefficient(node: CoefficientNode, facts: Facts, positive: number): CriterionTrace {
  const condition = node.when ? evaluateCondition(node.when, facts) : always;
  const base = { criterion: node.criterion, condition, points: 0, matched: false, missing: condition.missing };
  if (condition.value === undefined) return { ...base, status: 'missing' };
  if (!condition.value) return { ...base, status: 'not_applicable' };
  const points = round1(positive * (node.factor - 1));
  return {
    ...base,
    status: 'applied',
    matched: true,
    points,
    score: { kind: 'coefficient', factor: node.factor, base: positive, points },
  };
}

/** Evaluates a grid for a household: the trace of every criterion, in grid order, and the total. */
export function traceGrid(grid: Grid, answers: Answers, ctx: EvaluationContext = {}): Trace {
  const facts = computeFacts(grid, answers, ctx);
  const tree = buildTree(grid);
  const traces = tree.items.flatMap((item) =>
    item.kind === 'group' ? evaluateGroup(item, facts) : [evaluateCriterion(item, facts)],
  );
  const positive = round1(traces.reduce((s, t) => s + (t.points > 0 ? t.points : 0), 0));
  traces.push(...tree.coefficients.map((c) => evaluateCoefficient(c, facts, positive)));
  const byId = new Map(traces.map((t) => [t.criterion.id, t]));
  const criteria = grid.criteria.map((c) => byId.get(c.id)!);
  return { total: round1(criteria.reduce((s, t) => s + t.points, 0)), criteria, facts };
}
