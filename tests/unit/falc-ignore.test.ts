/** Exceptions written in the page: one rule, one line, with a visible reason. */
import { describe, expect, test } from 'vitest';
import { lintMdx } from '../../src/lib/falc/index.ts';

const acronyms = new Set<string>();
const rules = (src: string) =>
  lintMdx(src, { acronyms })
    .findings.filter((f) => f.rule !== 'lisibilite')
    .map((f) => [f.line, f.column, f.rule]);

describe('falc-ignore', () => {
  test('une exception sur la ligne d’avant couvre la ligne suivante seulement', () => {
    const src = [
      '{/* falc-ignore ponctuation : nom officiel du formulaire */}',
      'Le formulaire (papier) suffit.',
      'Le formulaire (papier) suffit.',
    ].join('\n');
    expect(rules(src)).toEqual([
      [3, 15, 'ponctuation'],
      [3, 22, 'ponctuation'],
    ]);
  });
  test('une exception en fin de ligne couvre sa ligne, pour la règle nommée seulement', () => {
    const src = 'Le formulaire (papier) a deux pages. {/* falc-ignore ponctuation : nom officiel */}';
    expect(rules(src)).toEqual([[1, 26, 'nombre-en-lettres']]);
  });
  test('une exception sans raison est une erreur et ne couvre rien', () => {
    const src = ['{/* falc-ignore ponctuation */}', 'Le formulaire (papier).'].join('\n');
    expect(rules(src)).toEqual([
      [1, 5, 'falc-ignore'],
      [2, 15, 'ponctuation'],
      [2, 22, 'ponctuation'],
    ]);
  });
  test('une règle inconnue est une erreur', () => {
    const src = '{/* falc-ignore virgules : parce que */}';
    const f = lintMdx(src, { acronyms }).findings.filter((x) => x.rule === 'falc-ignore');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('virgules');
  });
});
