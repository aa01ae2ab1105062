/**
 * The grid as a tree of nodes (publicodes' idea, kept small): each criterion says explicitly how it
 * scores, exclusive groups hold their members, and coefficients name the sum they multiply. The YAML
 * stays flat and readable for staff; this is the only place that reads its optional scoring fields.
 */
import type { Condition, Criterion, Grid } from './schema.ts';

/** One band of a bands node. */
export interface Band {
  from: number;
  to?: number | undefined;
  points: number;
  perUnitAbove?: number | undefined;
}

/** How a criterion scores once its condition holds. */
export type ScoreNode =
  | { kind: 'fixed'; points: number }
  | { kind: 'perUnit'; fact: string; points: number; max?: number | undefined }
  | { kind: 'bands'; fact: string; steps: Band[] }
  | { kind: 'none'; note?: string | undefined };

/** A criterion: a condition (absent: always) and a score. */
export interface CriterionNode {
  kind: 'criterion';
  criterion: Criterion;
  when?: Condition | undefined;
  score: ScoreNode;
}

/** An exclusive group: only its best applied member counts. */
export interface GroupNode {
  kind: 'group';
  id: string;
  members: CriterionNode[];
}

/** A coefficient: when its condition holds, it adds (factor - 1) times the positive points of the sum. */
export interface CoefficientNode {
  kind: 'coefficient';
  criterion: Criterion;
  when?: Condition | undefined;
  factor: number;
  on: 'positive';
}

/** The whole grid: a sum of criteria and groups, then the coefficients applied to that sum. */
export interface GridTree {
  items: (CriterionNode | GroupNode)[];
  coefficients: CoefficientNode[];
}

/** The score node of a criterion (not a coefficient). */
export function scoreNode(c: Criterion): ScoreNode {
  if (c.points !== undefined) return { kind: 'fixed', points: c.points };
  if (c.perUnit) return { kind: 'perUnit', ...c.perUnit };
  if (c.bands) return { kind: 'bands', ...c.bands };
  return { kind: 'none', note: c.note };
}

/** Builds the tree of a validated grid; groups sit where their first member is. */
export function buildTree(grid: Grid): GridTree {
  const items: GridTree['items'] = [];
  const coefficients: CoefficientNode[] = [];
  const groups = new Map<string, GroupNode>();
  for (const c of grid.criteria) {
    if (c.coefficient) {
      coefficients.push({ kind: 'coefficient', criterion: c, when: c.when, ...c.coefficient });
      continue;
    }
    const node: CriterionNode = { kind: 'criterion', criterion: c, when: c.when, score: scoreNode(c) };
    if (!c.group) items.push(node);
    else if (groups.has(c.group)) groups.get(c.group)!.members.push(node);
    else {
      const group: GroupNode = { kind: 'group', id: c.group, members: [node] };
      groups.set(c.group, group);
      items.push(group);
    }
  }
  return { items, coefficients };
}
