/**
 * The editor (/admin/) rewrites a YAML file without its comments. The source of each figure, desk and criterion
 * must therefore be a field, never only a comment: this test reads the files the editor writes in both demo
 * territories, finds every comment, and fails on one that cites a document (seed, section, annex, plan).
 * Then it drops the comments as the editor does and checks that every item still names its source.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Lexer, parse, stringify } from 'yaml';
import { TERRITORIES } from '../helpers/paths.ts';

const EDITED = ['territory.yaml', 'desks.yaml', 'cotation.yaml', 'orientation.yaml'];
/** A citation of a document: « seed 003 », « §1.1.5 », « annexe 3 », « PPGID », « partie 4 ». */
const CITATION = /\bseeds?\b|§|\bannexe \d|\bPPGD?ID\b|\bpartie \d/i;

const comments = (text: string) => [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));

const territories = readdirSync(TERRITORIES).filter((t) => existsSync(join(TERRITORIES, t, 'territory.yaml')));

describe.each(territories)('%s : les sources survivent à un enregistrement par l’éditeur', (slug) => {
  const files = [
    ...EDITED.map((f) => join(TERRITORIES, slug, f)),
    ...(existsSync(join(TERRITORIES, slug, 'rapports-annuels'))
      ? readdirSync(join(TERRITORIES, slug, 'rapports-annuels')).map((f) =>
          join(TERRITORIES, slug, 'rapports-annuels', f),
        )
      : []),
  ].filter((f) => existsSync(f) && f.endsWith('.yaml'));

  test.each(files.map((f) => [f.slice(TERRITORIES.length + 1), f]))(
    '%s : aucun commentaire ne cite une source',
    (_, file) => {
      const citing = comments(readFileSync(file, 'utf8')).filter((c) => CITATION.test(c));
      expect(citing).toEqual([]);
    },
  );

  test('sans ses commentaires, chaque réglage, guichet, critère et schéma nomme sa source', () => {
    // What the editor writes: the same data, no comment.
    const saved = (name: string) =>
      parse(stringify(parse(readFileSync(join(TERRITORIES, slug, name), 'utf8')))) as never;
    const settings = saved('territory.yaml') as { source?: string; abnormalDelay: { reference: string } };
    expect(settings.source).toMatch(/\S/);
    expect(settings.abnormalDelay.reference).toMatch(/\S/);
    for (const desk of saved('desks.yaml') as { id: string; source?: string }[])
      expect(desk.source, desk.id).toMatch(/\S/);
    const grid = saved('cotation.yaml') as {
      reference: string;
      criteria: { id: string; reference?: string }[];
      minimumSurface?: { reference?: string };
    };
    expect(grid.reference).toMatch(/\S/);
    for (const criterion of grid.criteria) expect(criterion.reference, criterion.id).toMatch(/\S/);
    if (grid.minimumSurface) expect(grid.minimumSurface.reference).toMatch(/\S/);
    expect((saved('orientation.yaml') as { source?: string }).source).toMatch(/\S/);
  });
});

test('le détecteur voit un commentaire qui cite, en fin de ligne comme seul sur sa ligne', () => {
  const text = 'a: 1 # seed 003 §1.1.5\n# annexe 3 du plan\nb: "# pas un commentaire, seed 002"\n';
  expect(comments(text).filter((c) => CITATION.test(c))).toEqual(['# seed 003 §1.1.5', '# annexe 3 du plan']);
});

test('les pages communes : pas de note cachée dans le texte (l’éditeur la change en code refusé), les sources sont dans « references »', () => {
  const dir = join(TERRITORIES, '..', '..', 'content');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text.includes('{/*'), file).toBe(false);
  }
  const demander = readFileSync(join(dir, 'demander.mdx'), 'utf8');
  expect(demander).toMatch(/^references:\n {2}- "Sources : seed 003/m);
});
