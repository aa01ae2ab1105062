/**
 * MDX syntax part of `npm run check`: every page is compiled by the same MDX compiler the build uses
 * (satteri, through @astrojs/mdx), so a broken tag or brace is reported here as file:line:column in
 * French, instead of stopping the build with a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { readUtf8File, parseYamlFile, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { FRONT_MATTER, mdxSyntaxDiagnostic, pageBody, unsafePageFindings } from '../src/lib/pages/index.ts';

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
  const front = FRONT_MATTER.exec(text);
  const out: Diagnostic[] = [];
  if (front) {
    const yaml = parseYamlFile(file, front[1]!);
    // The front matter starts on line 2 of the page.
    out.push(
      ...yaml.syntaxErrors.map((d) => ({ ...d, line: d.line + 1, message: `en-tête de la page : ${d.message}` })),
    );
  }
  const body = pageBody(text);
  try {
    mdxToJs(body, {});
  } catch (error) {
    out.push(mdxSyntaxDiagnostic(file, error));
    return out;
  }
  out.push(...unsafePageFindings(file, body));
  return out;
}
