/**
 * Reads tables from the built HTML the way a reader sees them (text of each cell), without a DOM
 * library: Astro's output is regular enough for this, and the e2e tests check the real DOM.
 */

/** Text of an HTML fragment: tags removed, entities decoded, spaces collapsed. */
export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** One table: caption text and rows of cell texts (header row included). */
export interface HtmlTable {
  caption: string;
  rows: string[][];
  /** Raw HTML of each cell, to check classes such as `masked`. */
  rawRows: string[][];
}

/** Every table of the page, in order. */
export function tables(html: string): HtmlTable[] {
  return [...html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const body = m[1]!;
    const caption = text(/<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '');
    const rawRows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t[hd]\b[^>]*>[\s\S]*?<\/t[hd]>/g)].map((c) => c[0]),
    );
    return { caption, rows: rawRows.map((r) => r.map(text)), rawRows };
  });
}

/** The table whose caption contains `caption`; throws with the list of captions when absent. */
export function table(html: string, caption: string): HtmlTable {
  const all = tables(html);
  const found = all.find((t) => t.caption.includes(caption));
  if (!found) throw new Error(`Pas de tableau « ${caption} ». Tableaux : ${all.map((t) => t.caption).join(' | ')}`);
  return found;
}

/** Cell text at the row whose first cell is `rowLabel`, column `column` (0 = label). */
export function cellAt(t: HtmlTable, rowLabel: string, column: number): string {
  const row = t.rows.find((r) => r[0] === rowLabel);
  if (!row) throw new Error(`Pas de ligne « ${rowLabel} » dans « ${t.caption} »`);
  return row[column] ?? '';
}

/** Chart specs embedded in the page (JSON the island reads). */
export function chartSpecs(
  html: string,
): { labels: string[]; series: { label: string; values: (number | null)[]; texts: string[] }[] }[] {
  return [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** Parses a CSV written by src/pages/donnees/_csv.ts (no quoted separators in our values). */
export function parseCsv(body: string): Record<string, string>[] {
  const lines = body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const header = lines[0]!.split(';');
  return lines.slice(1).map((l) => {
    const cells = l.split(';');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
