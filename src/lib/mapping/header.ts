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

/** Index of the first header equal to one of the texts, or -1. */
export function findColumn(headers: readonly string[], texts: readonly string[]): number {
  const keys = headers.map(headerKey);
  for (const t of texts) {
    const i = keys.indexOf(headerKey(t));
    if (i >= 0) return i;
  }
  return -1;
}

/** Header hints for the reader: each text as written and with the other apostrophe. */
export function hintsOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => [t, t.replace(/'/g, '’'), t.replace(/’/g, "'")]))];
}
