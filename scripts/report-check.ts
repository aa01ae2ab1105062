/**
 * Yearly report part of `npm run check`: the files of rapports-annuels/ (schema, year in the file name) and
 * the FALC rules on the sentences they publish (questions, actions, comments).
 */
import { join, relative } from 'node:path';
import type { Diagnostic } from '../src/lib/diagnostics/index.ts';
import { collectLabels, findingsToDiagnostics, lintLabels } from '../src/lib/falc/index.ts';
import { acronymsOf, loadGlossary, GLOSSARY_FILE } from '../src/lib/glossary/index.ts';
import { loadYearlyReports } from '../src/lib/report/index.ts';

/** Public sentences of a yearly report file ("*" = any index). */
const LABELS = [
  ['mainQuestions', '*'],
  ['actions', '*', 'axis'],
  ['actions', '*', 'title'],
  ['actions', '*', 'comment'],
];

/** Checks the yearly reports of one territory. */
export function reportCheck(root: string, territoryDir: string): Diagnostic[] {
  const show = (p: string) => relative(root, p) || p;
  const { reports, diagnostics } = loadYearlyReports(territoryDir, show);
  if (reports.length === 0) return diagnostics;
  const acronyms = acronymsOf(loadGlossary(join(root, GLOSSARY_FILE)).entries);
  for (const { yaml, source } of reports) {
    diagnostics.push(
      ...findingsToDiagnostics(yaml.file, lintLabels(yaml, source, collectLabels(yaml.data, LABELS), acronyms)),
    );
  }
  return diagnostics;
}
