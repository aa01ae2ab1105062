/** Finding a column by the text of its header: case, accents, apostrophes and spaces do not matter. */

/** A header text reduced for comparison. */
export function headerKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A text that ends with « * » stands for the header that starts with the text before it: the DRIHL socle
 * writes the year in its titles (« … en choix 1 au 31/12/2024 »), so only their start is stable.
 */
export const isPrefixText = (text: string): boolean => text.trimEnd().endsWith('*');

/**
 * Where the texts are among the headers: the first text (in order) that matches gives the index. A text
 * matches a header equal to it; a text ending with « * » matches the headers that start with it, and when
 * there are several the match is `ambiguous` (an error for the caller, never a guess). Index -1: no match.
 */
export function matchColumn(
  headers: readonly string[],
  texts: readonly string[],
): { index: number; ambiguous?: { text: string; headers: string[] } } {
  const keys = headers.map(headerKey);
  for (const t of texts) {
    if (isPrefixText(t)) {
      const start = headerKey(t.trimEnd().slice(0, -1));
      const found = keys.flatMap((k, i) => (k.startsWith(start) ? [i] : []));
      if (found.length === 1) return { index: found[0]! };
      if (found.length > 1) return { index: -1, ambiguous: { text: t, headers: found.map((i) => headers[i]!) } };
      continue;
    }
    const i = keys.indexOf(headerKey(t));
    if (i >= 0) return { index: i };
  }
  return { index: -1 };
}

/** Index of the first header matching one of the texts (see `matchColumn`), or -1 (also when ambiguous). */
export function findColumn(headers: readonly string[], texts: readonly string[]): number {
  return matchColumn(headers, texts).index;
}

/** Header hints for the reader: each exact text as written and with the other apostrophe. */
export function hintsOf(texts: readonly string[]): string[] {
  return [
    ...new Set(texts.filter((t) => !isPrefixText(t)).flatMap((t) => [t, t.replace(/'/g, '’'), t.replace(/’/g, "'")])),
  ];
}
