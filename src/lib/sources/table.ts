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
   * Column names that identify the header row, case-insensitive: the first line (among the first 20)
   * holding one of them is the header, so title lines above a table exported from Excel are skipped.
   */
  headerHints: readonly string[];
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

/** True when a header field matches one of the hints (trimmed, case-insensitive). */
export function isHeaderLine(fields: readonly string[], hints: readonly string[]): boolean {
  const wanted = new Set(hints.map((h) => h.toLowerCase()));
  return fields.some((f) => wanted.has(f.trim().toLowerCase()));
}
