/** Printing diagnostics the same way in every command. */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../src/lib/diagnostics/index.ts';

/** Prints diagnostics, one French line each, and a summary; returns the error count. */
export function printDiagnostics(
  list: readonly Diagnostic[],
  out: (line: string) => void = console.error,
  { errorsOnly = false } = {},
): number {
  const sorted = sortDiagnostics(list);
  // The build shows errors only; `npm run check` shows everything, warnings and information included.
  for (const d of sorted) if (!errorsOnly || d.severity === 'error') out(formatDiagnostic(d));
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.filter((d) => d.severity === 'warning').length;
  if (errors || warnings)
    out(
      `${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.${errorsOnly && warnings ? ' Lancez « npm run check » pour voir les avertissements.' : ''}`,
    );
  return errors;
}
