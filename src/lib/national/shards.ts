/**
 * Which territories one job of a national build takes: a list (one SIREN a line, as written by
 * `--liste-modifies`), or part i of n of every territory folder. Line k goes to part k modulo n, so the
 * parts have the same size within one territory and every territory is in exactly one part.
 */

/** A part « i/n » (1 ≤ i ≤ n), or an error in French. */
export function parsePart(text: string): { index: number; total: number } | { error: string } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total)
    return { error: `--part « ${text} » : attendu i/n, par exemple 3/50 (la 3e part sur 50), avec i entre 1 et n` };
  return { index, total };
}

/** SIRENs of a list file's text: one a line, blank lines and spaces ignored, each kept once, in order. */
export function listSirens(text: string): { sirens: string[]; wrong: { line: number; value: string }[] } {
  const sirens: string[] = [];
  const wrong: { line: number; value: string }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = raw.trim();
    if (!value) return;
    if (!/^\d{9}$/.test(value)) wrong.push({ line: i + 1, value });
    else if (!seen.has(value)) {
      seen.add(value);
      sirens.push(value);
    }
  });
  return { sirens, wrong };
}

/** The territories of part `index` of `total` (1-based), from a list sorted by the caller. */
export function partOf<T>(items: readonly T[], index: number, total: number): T[] {
  return items.filter((_, k) => k % total === index - 1);
}
