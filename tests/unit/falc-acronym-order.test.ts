/**
 * FALC check: on a page, the words of an acronym come before the acronym (RLS 6.4). The words are those
 * the glossary spells out (« DALO veut dire droit au logement opposable. »).
 */
import { describe, expect, test } from 'vitest';
import { lintMdx } from '../../src/lib/falc/index.ts';
import { acronymWords } from '../../src/lib/glossary/index.ts';

const entries = [
  {
    id: 'dalo',
    term: 'DALO',
    forms: ['DALO'],
    definition: 'DALO veut dire droit au logement opposable. C’est un recours.',
  },
  { id: 'cerfa', term: 'CERFA', forms: ['CERFA'], definition: 'Un CERFA est un formulaire officiel.' },
];
const options = { acronyms: new Set(['DALO', 'CERFA']), acronymWords: acronymWords(entries) };
const page = (body: string) => `---\ntitle: Essai\ndescription: Une page.\n---\n\n${body}\n`;
const flagged = (body: string) =>
  lintMdx(page(body), options)
    .findings.filter((f) => f.rule === 'sigle-avant-les-mots')
    .map((f) => [f.line, f.column, f.message]);

describe('les mots d’un sigle avant le sigle', () => {
  test('les mots du glossaire : seulement les sigles qu’il écrit en toutes lettres', () => {
    expect([...acronymWords(entries)]).toEqual([['DALO', 'droit au logement opposable']]);
  });

  test('le sigle avant ses mots est signalé une fois, à sa place', () => {
    expect(flagged('Vous pouvez faire un recours DALO.\nLe DALO aide.')).toEqual([
      [6, 30, 'sigle avant ses mots : « DALO »'],
    ]);
  });

  test('les mots avant, ou dans la même phrase : rien à signaler', () => {
    expect(flagged('Le droit au logement opposable aide.\nOn l’appelle le DALO.')).toEqual([]);
    expect(flagged('Le DALO veut dire droit au logement opposable.')).toEqual([]);
  });

  test('un titre peut nommer le sigle que la ligne suivante explique ; un sigle sans mots connus passe', () => {
    expect(flagged('## Qu’est-ce que le DALO ?\n\nDALO veut dire droit au logement opposable.')).toEqual([]);
    expect(flagged('Remplissez le CERFA.')).toEqual([]);
  });

  test('c’est un avertissement : la page reste publiée', () => {
    const f = lintMdx(page('Un recours DALO.'), options).findings.find((x) => x.rule === 'sigle-avant-les-mots');
    expect(f?.severity).toBe('warning');
    expect(f?.hint).toBe('écrivez d’abord les mots « droit au logement opposable », puis le sigle');
  });
});
