/**
 * Lints the FALC sentences stored in YAML data files (desk notes, cotation questions and labels,
 * portal descriptions). Several sentences may share one value; positions point into the YAML file.
 */
import type { YamlFile } from '../diagnostics/index.ts';
import { checkText } from './check-text.ts';
import { applyIgnores, readIgnores } from './ignore.ts';
import type { Finding } from './rules.ts';

/** A text value of a YAML file and where it stands. */
export interface LabelRef {
  /** Path of the value in the document, e.g. ['questions', 0, 'label']. */
  path: (string | number)[];
  text: string;
}

/** Every string value whose path matches one of the patterns ("*" matches any key or index). */
export function collectLabels(data: unknown, patterns: readonly string[][]): LabelRef[] {
  const out: LabelRef[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (patterns.some((p) => p.length === path.length && p.every((k, i) => k === '*' || k === String(path[i]))))
        out.push({ path, text: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return out;
}

/** Lints the labels of a YAML file; `source` is its text (for columns and falc-ignore comments). */
export function lintLabels(
  yaml: YamlFile,
  source: string,
  labels: readonly LabelRef[],
  acronyms: ReadonlySet<string>,
): Finding[] {
  const lines = source.split(/\r?\n/);
  const findings: Finding[] = [];
  for (const label of labels) {
    const { line, column } = yaml.locate(label.path);
    const raw = lines[line - 1] ?? '';
    // Quoted scalars start one character after the quote; block scalars are reported at their start.
    const quote = raw[column - 1] === '"' || raw[column - 1] === "'" ? 1 : 0;
    const singleLine = raw.includes(label.text);
    const start = singleLine ? raw.indexOf(label.text, column - 1) : column - 1 + quote;
    const text = singleLine ? ' '.repeat(start) + label.text : label.text;
    for (const f of checkText(text, { acronyms, oneSentencePerLine: false }))
      findings.push({ ...f, line, column: singleLine ? f.column : column });
  }
  const ignores = readIgnores(source);
  return applyIgnores([...findings, ...ignores.problems], ignores);
}
