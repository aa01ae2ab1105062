/**
 * Numbers as published: decimal comma or point, spaces as thousands separators, masked cells (`s`, `nd`,
 * `<5`, `secret`, blank…) that mean "not published", never 0 (DESIGN.md §6).
 */

/** A parsed count cell. */
export type CountValue =
  { kind: 'count'; value: number } | { kind: 'masked' } | { kind: 'invalid'; reason: 'negative' | 'decimal' };

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Parses a decimal number ("45,3", "45.3", "1 615"); undefined when not a number. */
export function parseDecimal(raw: string): number | undefined {
  // Stryker disable next-line MethodExpression: equivalent, the replace below removes every character trim() removes.
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!NUMBER.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** Parses a count: non-negative integer, or masked when not a number at all. */
export function parseCount(raw: string): CountValue {
  const n = parseDecimal(raw);
  if (n === undefined) return { kind: 'masked' };
  if (n < 0) return { kind: 'invalid', reason: 'negative' };
  if (!Number.isInteger(n)) return { kind: 'invalid', reason: 'decimal' };
  return { kind: 'count', value: n };
}
