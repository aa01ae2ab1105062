/**
 * Three-valued evaluation of grid conditions (publicodes' idea: unknown is not false).
 * true / false, or undefined when an answer the condition needs is missing.
 */
import type { Condition } from './schema.ts';
import type { Facts, FactValue } from './facts.ts';

/** Result of a condition and the facts that decided it (for the explanation). */
export interface ConditionResult {
  /** true, false, or undefined when an answer is missing. */
  value: boolean | undefined;
  /** Fact ids whose value was missing. */
  missing: string[];
}

function test(c: Condition, v: FactValue): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === null) return false;
  if (c.has !== undefined) return Array.isArray(v) && v.includes(c.has);
  if (c.is !== undefined) return v === c.is;
  if (c.in !== undefined) return c.in.some((x) => x === v);
  if (c.gte !== undefined || c.gt !== undefined || c.lte !== undefined || c.lt !== undefined) {
    if (typeof v !== 'number') return false;
    return (c.gte === undefined || v >= c.gte) && (c.gt === undefined || v > c.gt)
      && (c.lte === undefined || v <= c.lte) && (c.lt === undefined || v < c.lt);
  }
  // `fact` alone: a yes, a ticked choice, or a positive number.
  return Array.isArray(v) ? v.length > 0 : typeof v === 'number' ? v > 0 : v === true;
}

/** Evaluates a condition on the facts of a household. */
export function evaluateCondition(c: Condition, facts: Facts): ConditionResult {
  if (c.fact !== undefined) {
    const value = test(c, facts[c.fact]);
    return { value, missing: value === undefined ? [c.fact] : [] };
  }
  if (c.not) {
    const r = evaluateCondition(c.not, facts);
    return { value: r.value === undefined ? undefined : !r.value, missing: r.missing };
  }
  const parts = (c.all ?? c.any ?? []).map((p) => evaluateCondition(p, facts));
  const decisive = c.all ? false : true;
  if (parts.some((p) => p.value === decisive)) return { value: decisive, missing: [] };
  const missing = [...new Set(parts.flatMap((p) => p.missing))];
  return { value: missing.length ? undefined : !decisive, missing };
}

/** Every fact id a condition reads, with the tested value when there is one (for the grid check). */
export function factsOf(c: Condition | undefined, path: (string | number)[] = []): { fact: string; c: Condition; path: (string | number)[] }[] {
  if (!c) return [];
  if (c.fact !== undefined) return [{ fact: c.fact, c, path }];
  if (c.not) return factsOf(c.not, [...path, 'not']);
  const key = c.all ? 'all' : 'any';
  return (c.all ?? c.any ?? []).flatMap((p, i) => factsOf(p, [...path, key, i]));
}
