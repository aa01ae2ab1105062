/**
 * The same rules as `npm run check`, inside the MDX compiler: a page that `check` refuses cannot be
 * compiled, even by `astro dev` or a build started without the checks. The refusal happens before the
 * page's code exists, so an `import` or a `{…}` never runs.
 */
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors } from '../diagnostics/index.ts';
import { unsafePageFindings } from './safe-mdx.ts';

/** The front matter of a page, its lines kept empty so the body keeps its line numbers. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A page's body, with its front matter (if any) replaced by as many empty lines. */
export function pageBody(text: string): string {
  const front = FRONT_MATTER.exec(text);
  return front ? front[0].replace(/[^\n]/g, '') + text.slice(front[0].length) : text;
}

/** What the compiler tells a plugin factory about the page (satteri's PluginFactoryContext). */
interface CompileContext {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: string;
  readonly source: string;
}

/**
 * A plugin entry for `mdastPlugins`: checks each MDX page before it is parsed and throws the French
 * diagnostics of a refused page. It adds no plugin (returns null) for a page that passes.
 */
export function safePagesGuard(): (context: CompileContext) => null {
  return ({ fileURL, sourceFormat, source }) => {
    if (sourceFormat !== 'mdx') return null;
    const file = fileURL ? fileURLToPath(fileURL) : 'page MDX';
    const findings = unsafePageFindings(file, pageBody(source));
    if (hasErrors(findings)) throw new Error(`page refusée :\n${findings.map(formatDiagnostic).join('\n')}`);
    return null;
  };
}
