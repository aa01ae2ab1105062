/**
 * The whole result of a condition, not only its value: the answers still missing, the leaves that made it
 * true and the leaf that made it false, which the explanation turns into sentences. And the place of a leaf deep
 * inside « not », « all » and « any » in the grid file. Every expected object is written by hand; they kill the
 * mutants of src/lib/cotation/conditions.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCondition, parseGrid, type Facts } from '../../src/lib/cotation/index.ts';

const a = { fact: 'a' };
const b = { fact: 'b' };
const c = { fact: 'c' };
const yes = (leaf: object) => ({ leaf, negated: false });
const no = (leaf: object) => ({ leaf, negated: true });
const run = (cond: object, facts: Facts) => evaluateCondition(cond as never, facts);

describe('une feuille : oui, non, sans objet, inconnue', () => {
  it('oui : la feuille est la raison ; non : la feuille est ce qui manque', () => {
    expect(run(a, { a: true })).toEqual({ value: true, missing: [], passing: [yes(a)], failing: [] });
    expect(run(a, { a: false })).toEqual({ value: false, missing: [], passing: [], failing: [yes(a)] });
  });
  it('sans objet (null) : non ; inconnue : ni raison ni échec, la question manque', () => {
    expect(run(a, { a: null })).toEqual({ value: false, missing: [], passing: [], failing: [yes(a)] });
    expect(run(a, {})).toEqual({ value: undefined, missing: ['a'], passing: [], failing: [] });
  });
  it('une réponse écrite seule vaut oui seulement pour oui, un nombre positif ou une liste non vide', () => {
    expect(run(a, { a: '2' }).value).toBe(false);
    expect(run(a, { a: 'oui' }).value).toBe(false);
    expect(run(a, { a: 2 }).value).toBe(true);
    expect(run(a, { a: 0 }).value).toBe(false);
    expect(run(a, { a: ['x'] }).value).toBe(true);
    expect(run(a, { a: [] }).value).toBe(false);
  });
});

describe('« all », « any », « not » : la valeur et les feuilles qui décident', () => {
  it('all : le premier échec seul ; toutes les raisons quand tout est vrai ; les questions qui manquent, une fois', () => {
    expect(run({ all: [a, b, c] }, { a: true, b: false, c: false })).toEqual({
      value: false,
      missing: [],
      passing: [],
      failing: [yes(b)],
    });
    expect(run({ all: [a, b] }, { a: true, b: true })).toEqual({
      value: true,
      missing: [],
      passing: [yes(a), yes(b)],
      failing: [],
    });
    expect(run({ all: [a, b, { any: [a, c] }] }, { b: true })).toEqual({
      value: undefined,
      missing: ['a', 'c'],
      passing: [],
      failing: [],
    });
    // An unknown answer does not hide a false one: the condition is false.
    expect(run({ all: [a, b] }, { b: false })).toEqual({ value: false, missing: [], passing: [], failing: [yes(b)] });
  });

  it('any : les raisons des parties vraies seulement ; tous les échecs quand tout est faux', () => {
    expect(run({ any: [a, b, c] }, { a: true, b: false, c: true })).toEqual({
      value: true,
      missing: [],
      passing: [yes(a), yes(c)],
      failing: [],
    });
    expect(run({ any: [a, b] }, { a: false, b: false })).toEqual({
      value: false,
      missing: [],
      passing: [],
      failing: [yes(a), yes(b)],
    });
    expect(run({ any: [a, b] }, { a: false })).toEqual({ value: undefined, missing: ['b'], passing: [], failing: [] });
  });

  it('not : la valeur contraire, et les feuilles lues à l’envers', () => {
    expect(run({ not: a }, { a: false })).toEqual({ value: true, missing: [], passing: [no(a)], failing: [] });
    expect(run({ not: { all: [a, b] } }, { a: true, b: true })).toEqual({
      value: false,
      missing: [],
      passing: [],
      failing: [no(a), no(b)],
    });
    expect(run({ not: a }, {})).toEqual({ value: undefined, missing: ['a'], passing: [], failing: [] });
  });
});

describe('la place d’une feuille dans une condition imbriquée', () => {
  const C = 'official: X, category: Test, nature: facultatif, reference: test';
  const grid = (when: string) =>
    [
      'title: Grille de test',
      'reference: test',
      'questions:',
      '  - { id: oui, step: situation, kind: yesno, label: Oui ? }',
      'criteria:',
      `  - { id: a, label: A, ${C}, points: 1, when: ${when} }`,
    ].join('\n');
  const found = (text: string) =>
    parseGrid('cotation.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);

  it('une condition imbriquée juste ne donne aucune erreur ; une question inconnue est trouvée à sa place', () => {
    expect(found(grid('{ not: { all: [{ fact: oui }, { any: [{ fact: oui, is: true }] }] } }'))).toEqual([]);
    // « inconnu » is at column 168 of line 6.
    expect(found(grid('{ not: { all: [{ fact: oui }, { any: [{ fact: oui }, { fact: inconnu }] }] } }'))).toEqual([
      '6:168 question inconnue : « inconnu »',
    ]);
  });
});
