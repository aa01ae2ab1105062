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
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  severity: Severity;
  /** What is wrong, in French. */
  message: string;
  /** What to do, in French. */
  hint?: string;
}

/** Formats a diagnostic as the single French line the CLI prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const label = SEVERITY_WORDS[d.severity];
  const hint = d.hint ? `  (${d.hint})` : '';
  return `${where}  ${label} : ${d.message}${hint}`;
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
