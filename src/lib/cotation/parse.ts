/**
 * Reads a grid file's text into a validated grid, or French diagnostics with line and column.
 * Pure (no file system), so tests and the check command feed it any text.
 */
import { parseYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { checkGrid } from './check.ts';
import { evaluate } from './engine.ts';
import { gridSchema, type Grid } from './schema.ts';
import { formatDecimal } from '../format/index.ts';

/** A parsed grid (absent when an error was found) and every diagnostic. */
export interface ParsedGrid {
  grid?: Grid;
  diagnostics: Diagnostic[];
}

/** Parses and checks a cotation grid. `file` is the name printed in messages. */
export function parseGrid(file: string, text: string): ParsedGrid {
  const yaml = parseYamlFile(file, text);
  if (yaml.syntaxErrors.length) return { diagnostics: yaml.syntaxErrors };
  const parsed = gridSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error.issues, yaml) };
  const diagnostics = checkGrid(parsed.data, yaml);
  if (diagnostics.length) return { diagnostics };
  parsed.data.examples.forEach((ex, i) => {
    const { total } = evaluate(parsed.data, ex.answers);
    if (total !== ex.total)
      diagnostics.push({
        file, ...yaml.locate(['examples', i, 'total']), severity: 'erreur',
        message: `exemple « ${ex.name} » : la grille donne ${formatDecimal(total)} points, l’exemple attend ${formatDecimal(ex.total)}`,
        hint: 'corrigez les réponses ou le total attendu de l’exemple',
      });
  });
  return diagnostics.length ? { diagnostics } : { grid: parsed.data, diagnostics };
}
