/**
 * A page the MDX compiler cannot read, said in French at its line and column (the compiler's English
 * message is never printed as is).
 */
import type { Diagnostic } from '../diagnostics/index.ts';

/** The diagnostic of a compiler error thrown while reading a page. */
export function mdxSyntaxDiagnostic(file: string, error: unknown): Diagnostic {
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
