import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node, type Document } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';

/** A parsed YAML file that can tell where any value of it stands in the source text. */
export interface YamlFile {
  file: string;
  /** Plain JavaScript value of the document (undefined when the syntax is broken). */
  data: unknown;
  /** Syntax errors, already as diagnostics. */
  syntaxErrors: Diagnostic[];
  /** Line and column of the value at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** Parses YAML text keeping positions, so errors point at the real line and column. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors: Diagnostic[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      severity: 'erreur',
      message: `syntaxe YAML incorrecte : ${frenchYamlError(e.code)}`,
      hint: 'vérifiez l’indentation, les deux-points et les guillemets à cet endroit',
    };
  });
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best: Node | null = (doc.contents as Node | null) ?? null;
    let keyNode: Node | null = null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
        best = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        node = item;
        best = item as Node;
        keyNode = null;
      } else break;
    }
    const range = best?.range ?? keyNode?.range;
    if (!range) return { line: 1, column: 1 };
    const pos = lineCounter.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
  return { file, data: doc.errors.length ? undefined : doc.toJS(), syntaxErrors, locate };
}

function frenchYamlError(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'une clé est écrite deux fois',
    BAD_INDENT: 'mauvaise indentation',
    MISSING_CHAR: 'un caractère manque',
    MULTILINE_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes',
    BLOCK_AS_IMPLICIT_KEY: 'une clé est mal formée',
    TAB_AS_INDENT: 'une tabulation sert d’indentation, utilisez des espaces',
    UNEXPECTED_TOKEN: 'caractère inattendu',
  };
  return messages[code] ?? `erreur ${code}`;
}
