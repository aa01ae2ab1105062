/**
 * Reads a grid file's text into a validated grid, or French diagnostics with line and column.
 * Pure (no file system), so tests and the check command feed it any text.
 */
import { parseYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { checkGrid } from './check.ts';
import { exampleResults } from './examples.ts';
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
  const wrong = (i: number, path: (string | number)[], message: string, hint: string) =>
    diagnostics.push({
      file,
      ...yaml.locate(['examples', i, ...path]),
      severity: 'error',
      message: `exemple « ${parsed.data.examples[i]!.name} » : ${message}`,
      hint,
    });
  exampleResults(parsed.data).forEach(({ example: ex, result }, i) => {
    if (result.total !== ex.total)
      wrong(
        i,
        ['total'],
        `la grille donne ${formatDecimal(result.total)} points, l’exemple attend ${formatDecimal(ex.total)}`,
        'corrigez les réponses ou le total attendu de l’exemple',
      );
    for (const line of result.lines) {
      const expected = (Object.hasOwn(ex.points, line.id) ? ex.points[line.id] : undefined) ?? 0;
      if (line.points !== expected)
        wrong(
          i,
          expected ? ['points', line.id] : ['points'],
          `le critère « ${line.id} » donne ${formatDecimal(line.points)} points, l’exemple attend ${formatDecimal(expected)}`,
          'écrivez sous « points » chaque critère qui donne des points, avec ses points',
        );
    }
    const missing = result.missing.map((m) => m.id);
    if ([...missing].sort().join() !== [...ex.missing].sort().join())
      wrong(
        i,
        ex.missing.length ? ['missing'] : ['answers'],
        `réponses qui manquent : ${missing.join(', ') || 'aucune'}. L’exemple attend : ${ex.missing.join(', ') || 'aucune'}`,
        'complétez les réponses de l’exemple ou la liste « missing »',
      );
  });
  return diagnostics.length ? { diagnostics } : { grid: parsed.data, diagnostics };
}
