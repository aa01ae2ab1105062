/**
 * MDX syntax part of `npm run check`: every page is compiled by the same MDX compiler the build uses
 * (satteri, through @astrojs/mdx), so a broken tag or brace is reported here as file:line:column in
 * French, instead of stopping the build with a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { readUtf8File, parseYamlFile, type Diagnostic } from '../src/lib/diagnostics/index.ts';

/** MDX pages of the shared content/ folder and of a territory's own content/ folder, sorted. */
export const mdxPages = (root: string, territoryDir: string): string[] => [
  ...mdxFiles(join(root, 'content')),
  ...mdxFiles(join(territoryDir, 'content')),
];

const mdxFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** Checks the MDX pages of content/ and of the territory's content/ folder. */
export function mdxSyntaxCheck(root: string, territoryDir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const path of mdxPages(root, territoryDir)) {
    const file = relative(root, path) || path;
    const read = readUtf8File(path, file);
    if (read.diagnostic) out.push(read.diagnostic);
    else out.push(...checkMdxText(file, read.text));
  }
  return out;
}

/** Diagnostics of one MDX text: front matter YAML, then the MDX body. */
export function checkMdxText(file: string, text: string): Diagnostic[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const out: Diagnostic[] = [];
  if (front) {
    const yaml = parseYamlFile(file, front[1]!);
    // The front matter starts on line 2 of the page.
    out.push(
      ...yaml.syntaxErrors.map((d) => ({ ...d, line: d.line + 1, message: `en-tête de la page : ${d.message}` })),
    );
  }
  // Blank lines keep the body's line numbers those of the file.
  const body = front ? front[0].replace(/[^\n]/g, '') + text.slice(front[0].length) : text;
  try {
    mdxToJs(body, {});
  } catch (error) {
    out.push(mdxDiagnostic(file, error));
  }
  return out;
}

function mdxDiagnostic(file: string, error: unknown): Diagnostic {
  const text = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+)/.exec(text);
  return {
    file,
    line: at ? Number(at[1]) : 1,
    column: at ? Number(at[2]) : 1,
    severity: 'error',
    message: `syntaxe MDX incorrecte : ${frenchMdxError(text)}`,
    hint: 'vérifiez les balises < > et les accolades { } à cet endroit ; pour écrire < ou { dans le texte, mettez \\ devant',
  };
}

/** The compiler's English message, said in French (never printed as is). */
function frenchMdxError(text: string): string {
  const closing = /Unexpected closing tag `([^`]*)`, expected corresponding closing tag for `([^`]*)`/.exec(text);
  if (closing) return `balise fermante « ${closing[1]} » inattendue : la balise ouverte est « ${closing[2]} »`;
  if (/Unexpected closing tag/i.test(text)) return 'balise fermante sans balise ouverte';
  if (/expected a corresponding closing tag|Expected a closing tag/i.test(text))
    return 'une balise ouverte n’est jamais fermée';
  if (/parse expression|expression/i.test(text))
    return 'le contenu entre accolades { } n’est pas une expression correcte';
  if (/end of file|Unexpected end/i.test(text))
    return 'le fichier se termine alors qu’une balise ou une accolade est encore ouverte';
  if (/import|export/i.test(text)) return 'ligne « import » ou « export » incorrecte';
  if (/attribute/i.test(text)) return 'attribut de balise mal écrit';
  return 'balise ou accolade mal formée';
}
