/**
 * The common contract of the CSV and XLSX readers: a header, then rows handed one by one to a handler, so
 * a file is never held whole in memory. Rows can be dropped on one field before being split.
 */
import type { Diagnostic } from '../diagnostics/index.ts';

/** How to read one table file. */
export interface ReadOptions {
  /** File name printed in messages (relative to the project root). */
  display: string;
  /** XLSX: sheet name (first sheet by default). */
  sheet?: string;
  /**
   * Column names that identify the header row, case-insensitive: among the first 20 non-blank lines, the
   * header is the one naming the most of them (the earliest on a tie), so a title line or a group line
   * (« Demandes | Attributions » above « T1 | T2 … ») above a table exported from Excel is not taken for it.
   */
  headerHints: readonly string[];
  /**
   * Line of the header when the source declares it (`headerRow` of a mapping, 1-based): the lines above are
   * skipped, and a file that ends before it, or whose line there is blank, is an error.
   */
  headerRow?: number;
  /** Called about every megabyte with the reading progress (for a progress bar). */
  onProgress?: (progress: Progress) => void;
}

/** Reading progress. */
export interface Progress {
  /** Bytes read so far and file size. */
  bytes: number;
  totalBytes: number;
  /** Data rows seen and rows kept by the filter. */
  rows: number;
  kept: number;
}

/** What the handler decides once it has seen the header. */
export interface HeaderDecision {
  /** Keep only rows whose value in this column passes `accept` (checked before splitting the row). */
  filter?: RowFilter;
  /**
   * The only columns the handler reads: the other values of a row may be handed as empty strings, so a wide
   * file (the DiDo RPLS file has 30 columns, the handler reads 9) does not pay for cutting out every field.
   * Row length is still checked on every field. The values read may share memory with the part of the
   * file being read: a handler that keeps a long value after the row (a name, a label) keeps a copy.
   */
  columns?: readonly number[];
}

/** Keeps a row only when its value in `column` passes `accept`. */
export interface RowFilter {
  column: number;
  accept: (value: string) => boolean;
  /**
   * Optional fast path: the only possible first two characters of an accepted value (e.g. the
   * départements of the territory), so that most rows of a national file are dropped without even
   * cutting the value out. Values of another length than `length` always go through `accept`.
   */
  prefixes?: { length: number; firstTwo: readonly string[] };
}

/** Receives the header, then each kept row. */
export interface TableHandler {
  /** Returns false to stop reading (the handler reported why). `columnOf(i)` gives the 1-based column of name i. */
  header(names: string[], line: number, columnOf: (index: number) => number): HeaderDecision | false;
  /** One data row, values aligned on the header. `columnOf(i)` gives the 1-based column of field i. */
  row(values: string[], line: number, columnOf: (index: number) => number): void;
}

/** Summary of a read. */
export interface ReadSummary {
  /** Problems found while reading (encoding, truncation, empty or HTML file…). */
  diagnostics: Diagnostic[];
  /** Data rows in the file, and rows handed to the handler. */
  rows: number;
  kept: number;
  /** Size of the file in bytes. */
  bytes: number;
  /** Detected encoding of a CSV file. */
  encoding?: string;
}

/** Lines searched for the header when it is not declared. */
export const HEADER_SEARCH_LINES = 20;

// Stryker disable next-line MethodExpression: equivalent, both sides of every comparison go through hintKey.
const hintKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many different known column names a line holds (trimmed, case-insensitive). */
export function headerScore(fields: readonly string[], hints: readonly string[]): number {
  const wanted = new Set(hints.map(hintKey));
  return new Set(fields.map(hintKey).filter((f) => wanted.has(f))).size;
}

/** True when a header field matches one of the hints (trimmed, case-insensitive). */
export function isHeaderLine(fields: readonly string[], hints: readonly string[]): boolean {
  return headerScore(fields, hints) > 0;
}

/**
 * The header among the first lines of a table: the line naming the most known columns, the earliest on a
 * tie; the first line when none names any (the handler then says which columns are missing).
 */
export function pickHeader<T>(
  early: readonly T[],
  fieldsOf: (line: T) => readonly string[],
  hints: readonly string[],
): T {
  let best: T = early[0]!;
  let bestScore = 0;
  for (const line of early) {
    const score = headerScore(fieldsOf(line), hints);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/** Letters of a 1-based spreadsheet column: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * Two columns or more with the same known title (the first with the title is not silently the right one):
 * the French message naming every one of them, by number and spreadsheet letter, or undefined.
 */
export function duplicateHeader(
  names: readonly string[],
  hints: readonly string[],
): { indices: number[]; message: string; hint: string } | undefined {
  const wanted = new Set(hints.map(hintKey));
  const seen = new Map<string, number[]>();
  names.forEach((n, i) => {
    const key = hintKey(n);
    if (wanted.has(key)) seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  const indices = [...seen.values()].find((list) => list.length > 1);
  if (!indices) return undefined;
  const places = indices.map((i) => `${i + 1} (${columnLetters(i + 1)})`);
  return {
    indices,
    message: `${indices.length} colonnes portent le titre « ${names[indices[0]!]!.trim()} » : colonnes ${places.slice(0, -1).join(', ')} et ${places[places.length - 1]} ; le site ne choisit pas entre elles`,
    hint: 'gardez une seule colonne de ce titre : renommez ou supprimez les autres, puis enregistrez de nouveau le fichier',
  };
}

/** The French message of a declared header row that the file does not reach. */
export function headerRowBeyondEnd(headerRow: number, lastLine: number): { message: string; hint: string } {
  return {
    message: `la ligne des titres est déclarée à la ligne ${headerRow} (« headerRow » dans territory.yaml), mais le fichier s’arrête à la ligne ${lastLine}`,
    hint: 'corrigez « headerRow » de cette source dans territory.yaml, ou retirez-le : la ligne des titres est alors trouvée d’après les noms des colonnes',
  };
}

/** The French message of a declared header row that is blank. */
export function headerRowBlank(headerRow: number): { message: string; hint: string } {
  return {
    message: `la ligne ${headerRow}, déclarée comme ligne des titres (« headerRow » dans territory.yaml), est vide`,
    hint: 'corrigez « headerRow » de cette source dans territory.yaml, ou retirez-le : la ligne des titres est alors trouvée d’après les noms des colonnes',
  };
}
