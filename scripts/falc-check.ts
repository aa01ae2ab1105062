/**
 * FALC part of `npm run check`: the glossary, every MDX page of content/ and of the territory's own
 * content/ folder, and the FALC sentences of the territory's YAML files (portals, desks, orientation scheme, cotation grid).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlFile, readUtf8File, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { mdxPages } from './mdx-check.ts';
import { collectLabels, findingsToDiagnostics, lintLabels, lintMdx } from '../src/lib/falc/index.ts';
import { acronymsOf, acronymWords, loadGlossary, GLOSSARY_FILE } from '../src/lib/glossary/index.ts';

/** Public FALC texts of each YAML file of a territory ("*" = any key or index). */
const LABELS: Record<string, string[][]> = {
  'territory.yaml': [['portals', '*', 'description']],
  'desks.yaml': [
    ['*', 'audienceNote'],
    ['*', 'accessibility'],
    ['*', 'hoursNote'],
    ['*', 'services'],
  ],
  'orientation.yaml': [
    ['questions', '*', 'question'],
    ['questions', '*', 'help'],
    ['questions', '*', 'answers', '*', 'label'],
    ['outcomes', '*', 'title'],
    ['outcomes', '*', 'text', '*'],
    ['outcomes', '*', 'links', '*', 'label'],
    ['outcomes', '*', 'whenNoDesk'],
  ],
  'cotation.yaml': [
    ['notes', '*'],
    ['questions', '*', 'label'],
    ['questions', '*', 'help'],
    ['questions', '*', 'options', '*', 'label'],
    ['criteria', '*', 'label'],
  ],
};

/** Options: project root and the territory folder. */
export interface FalcCheckOptions {
  root: string;
  territoryDir: string;
}

/** Lints every FALC text of the project and of one territory. */
export function falcCheck({ root, territoryDir }: FalcCheckOptions): Diagnostic[] {
  const show = (p: string) => relative(root, p) || p;
  const glossaryFile = join(root, GLOSSARY_FILE);
  const glossary = loadGlossary(glossaryFile, show(glossaryFile));
  const out: Diagnostic[] = [...glossary.diagnostics];
  const acronyms = acronymsOf(glossary.entries);
  const words = acronymWords(glossary.entries);
  const glossaryRead = readUtf8File(glossaryFile, show(glossaryFile));
  if (glossary.entries.length && glossaryRead.text !== undefined) {
    const source = glossaryRead.text;
    const yaml = parseYamlFile(show(glossaryFile), source);
    const labels = collectLabels(yaml.data, [
      ['*', 'definition'],
      ['*', 'example'],
    ]);
    out.push(...findingsToDiagnostics(show(glossaryFile), lintLabels(yaml, source, labels, acronyms)));
  }
  // Files that cannot be read as text are reported by their loader (pages: the MDX check); skipped here.
  for (const file of mdxPages(root, territoryDir)) {
    const read = readUtf8File(file, show(file));
    if (read.text !== undefined)
      out.push(...findingsToDiagnostics(show(file), lintMdx(read.text, { acronyms, acronymWords: words }).findings));
  }
  for (const [name, patterns] of Object.entries(LABELS)) {
    const file = join(territoryDir, name);
    if (!existsSync(file)) continue;
    const read = readUtf8File(file, show(file));
    if (read.text === undefined) continue;
    const source = read.text;
    const yaml = parseYamlFile(show(file), source);
    if (yaml.syntaxErrors.length) continue; // the loader of that file reports them
    out.push(
      ...findingsToDiagnostics(show(file), lintLabels(yaml, source, collectLabels(yaml.data, patterns), acronyms)),
    );
  }
  return out;
}
