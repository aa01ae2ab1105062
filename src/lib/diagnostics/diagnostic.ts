/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** The word printed to EPCI staff for each severity. */
export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'erreur',
  warning: 'avertissement',
  info: 'information',
};

/**
 * One problem found in an input file. Every check of the product reports through this shape so that
 * `npm run check` and `npm run build` print the same French line: `file:line:column  message  (hint)`.
 */
export interface Diagnostic {
  /** Path of the file, relative to the project root when possible. */
  file: string;
  /**
   * 1-based line. A problem of the whole file (empty, missing, not a table) is placed at line 1, column 1:
   * a person opening the file lands at its start. 0 is only an internal mark that a caller replaces (a
   * missing sheet is placed in territory.yaml); it is printed as 1:1 all the same.
   */
  line: number;
  /** 1-based column; 1 when unknown. */
  column: number;
  severity: Severity;
  /** What is wrong, in French. */
  message: string;
  /** What to do, in French. */
  hint?: string;
}

/**
 * Characters nobody types on purpose in a text: control characters (a terminal escape sequence, NUL) and
 * the direction overrides that make a text read differently from what it holds (U+202A–U+202E,
 * U+2066–U+2069). Tab and line ends stay allowed.
 */
export const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Code point of a character, written as U+XXXX. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Invisible characters and line ends: none may reach the printed line as is. */
const UNPRINTED = new RegExp(`${INVISIBLE_CHARACTER.source}|[\\n\\r\\u2028\\u2029]`, 'g');

/**
 * Formats a diagnostic as the single French line the CLI prints. A message may quote a file's text: an
 * invisible character is written as its code point, so a file can never send escape sequences to the
 * terminal of the person who runs the check, nor break the line in two.
 */
export function formatDiagnostic(d: Diagnostic): string {
  // Never 0:0: an editor or a reader would not know where that is. The whole file starts at 1:1.
  const where = d.line < 1 ? `${d.file}:1:1` : `${d.file}:${d.line}:${Math.max(1, d.column)}`;
  const label = SEVERITY_WORDS[d.severity];
  const hint = d.hint ? `  (${d.hint})` : '';
  return `${where}  ${label} : ${d.message}${hint}`.replace(UNPRINTED, (c) => `‹${codePoint(c)}›`);
}

/** True when at least one diagnostic is an error (warnings do not stop a build). */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Sorts diagnostics by file, line and column so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown when inputs are invalid; carries every diagnostic found, not only the first. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}
