/**
 * Three-valued evaluation of grid conditions (publicodes' idea: unknown is not false), with a trace:
 * the leaves that made the condition true, or the leaf that made it false, for the explanation.
 */
import type { Condition } from './schema.ts';
import type { Facts, FactValue } from './facts.ts';

/** A leaf of a condition (`fact` with its test) and whether it sits under a `not`. */
export interface LeafTrace {
  leaf: Condition;
  /** True when the leaf is read through a `not`: the sentence says the opposite. */
  negated: boolean;
}

/** Result of a condition and the leaves that decided it. */
export interface ConditionResult {
  /** true, false, or undefined when an answer is missing. */
  value: boolean | undefined;
  /** Fact ids whose value was missing. */
  missing: string[];
  /** Leaves that made the condition true (value true). */
  passing: LeafTrace[];
  /** Leaves that made the condition false (value false): for `all` the first false part, for `any` every part. */
  failing: LeafTrace[];
}

function test(c: Condition, v: FactValue): boolean | undefined {
  if (v === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression: every test below is false for null too; this line says so first.
  if (v === null) return false;
  if (c.has !== undefined) return Array.isArray(v) && v.includes(c.has);
  if (c.is !== undefined) return v === c.is;
  if (c.in !== undefined) return c.in.some((x) => x === v);
  if (c.gte !== undefined || c.gt !== undefined || c.lte !== undefined || c.lt !== undefined) {
    if (typeof v !== 'number') return false;
    return (
      (c.gte === undefined || v >= c.gte) &&
      (c.gt === undefined || v > c.gt) &&
      (c.lte === undefined || v <= c.lte) &&
      (c.lt === undefined || v < c.lt)
    );
  }
  // `fact` alone: a yes, a ticked choice, or a positive number.
  return Array.isArray(v) ? v.length > 0 : typeof v === 'number' ? v > 0 : v === true;
}

const flip = (ls: LeafTrace[]) => ls.map((l) => ({ leaf: l.leaf, negated: !l.negated }));

/** Evaluates a condition on the facts of a household. */
export function evaluateCondition(c: Condition, facts: Facts): ConditionResult {
  if (c.fact !== undefined) {
    const value = test(c, facts[c.fact]);
    const self = [{ leaf: c, negated: false }];
    return {
      value,
      missing: value === undefined ? [c.fact] : [],
      passing: value ? self : [],
      failing: value === false ? self : [],
    };
  }
  if (c.not) {
    const r = evaluateCondition(c.not, facts);
    return {
      value: r.value === undefined ? undefined : !r.value,
      missing: r.missing,
      passing: flip(r.failing),
      failing: flip(r.passing),
    };
  }
  // Stryker disable next-line ArrayDeclaration: the schema gives every condition one head (fact, not, all or any).
  const parts = (c.all ?? c.any ?? []).map((p) => evaluateCondition(p, facts));
  const decisive = c.all ? false : true;
  const deciding = parts.filter((p) => p.value === decisive);
  if (c.all && deciding.length) return { value: false, missing: [], passing: [], failing: deciding[0]!.failing };
  if (c.any && deciding.length)
    return { value: true, missing: [], passing: deciding.flatMap((p) => p.passing), failing: [] };
  const missing = [...new Set(parts.flatMap((p) => p.missing))];
  if (missing.length) return { value: undefined, missing, passing: [], failing: [] };
  return c.all
    ? { value: true, missing: [], passing: parts.flatMap((p) => p.passing), failing: [] }
    : { value: false, missing: [], passing: [], failing: parts.flatMap((p) => p.failing) };
}

/** Every fact id a condition reads, with the tested value when there is one (for the grid check). */
export function factsOf(
  c: Condition | undefined,
  path: (string | number)[],
): { fact: string; c: Condition; path: (string | number)[] }[] {
  if (!c) return [];
  if (c.fact !== undefined) return [{ fact: c.fact, c, path }];
  if (c.not) return factsOf(c.not, [...path, 'not']);
  const key = c.all ? 'all' : 'any';
  // Stryker disable next-line ArrayDeclaration: the schema gives every condition one head (fact, not, all or any).
  return (c.all ?? c.any ?? []).flatMap((p, i) => factsOf(p, [...path, key, i]));
}
