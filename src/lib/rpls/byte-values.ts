/**
 * The usual values of an RPLS file read from their bytes, without making text: one digit of rooms,
 * a four-digit year, a letter of kind or energy label, a two-digit financing code, a surface with at most
 * two decimals, a five-digit commune code. Each gives -1 for any other form, which the readers (a
 * territory's file, read.ts; the national split) then read as text with the classifiers of classify.ts:
 * both give the same category (tests/unit/rpls-fast-read.test.ts, national-fast-read.test.ts).
 */

/** The number written by buf[s, e) when it is 1 to 9 digits, else -1. */
export function digitsOf(buf: Buffer, s: number, e: number): number {
  if (e <= s || e - s > 9) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** NBPIECE: one digit 1 to 9 → the size (1 to 4, 5 for T5+), else -1. */
export function roomsOf(buf: Buffer, s: number, e: number): number {
  if (e - s !== 1) return -1;
  const d = buf[s]! - 48;
  return d >= 1 && d <= 9 ? Math.min(d, 5) : -1;
}

/** CONSTRUCT: four digits → the period (0 unknown, 1 before 1979, 2 1979–2007, 3 since 2008), else -1. */
export function yearOf(buf: Buffer, s: number, e: number): number {
  if (e - s !== 4) return -1;
  const y = digitsOf(buf, s, e);
  if (y < 0) return -1;
  return y < 1000 ? 0 : y < 1979 ? 1 : y >= 2008 ? 3 : 2;
}

/** TYPECONST_CODE: C, I or E → 1, 2, 3, else -1. */
export function kindOf(buf: Buffer, s: number, e: number): number {
  if (e - s !== 1) return -1;
  const c = buf[s]!;
  return c === 67 ? 1 : c === 73 ? 2 : c === 69 ? 3 : -1;
}

/** FINAN_CODE of two digits → its family: 10–11 PLAI, 12–13 PLUS, 14 PLS, 16 PLI, 50–55 and 99 anciens, else autre. */
export function financingOf(buf: Buffer, s: number, e: number): number {
  if (e - s !== 2) return -1;
  const c = digitsOf(buf, s, e);
  if (c < 0) return -1;
  if (c === 10 || c === 11) return 0;
  if (c === 12 || c === 13) return 1;
  if (c === 14) return 2;
  if (c === 16) return 3;
  return (c >= 50 && c <= 55) || c === 99 ? 4 : 5;
}

/** DPEENERGIE: A to G → 0 to 6, empty → `unknown`, else -1. */
export function energyOf(buf: Buffer, s: number, e: number, unknown: number): number {
  if (e === s) return unknown;
  if (e - s !== 1) return -1;
  const c = buf[s]! - 65;
  return c >= 0 && c <= 6 ? c : -1;
}

/**
 * SURFHAB in hundredths of a square metre: digits with at most two decimals after a point or a comma.
 * -1 when there is none (zero); -2 for any other form (read as text).
 */
export function centsOf(buf: Buffer, s: number, e: number): number {
  let whole = 0;
  let i = s;
  for (; i < e; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  const digits = i - s;
  if (digits === 0 || digits > 9) return -2;
  let cents = -2;
  if (i === e) cents = whole * 100;
  else if ((buf[i] === 46 || buf[i] === 44) && e - i >= 2 && e - i <= 3) {
    const a = buf[i + 1]! - 48;
    const b = e - i === 3 ? buf[i + 2]! - 48 : 0;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9) cents = whole * 100 + a * 10 + b;
  }
  if (cents === -2) return -2;
  return cents > 0 ? cents : -1;
}
