/**
 * The grid's own examples checked where they are written (a wrong point, an answer missing or not, in any
 * order), a criterion with two ways of scoring, the grid file read from a territory folder, and the exclusive
 * groups at their edges (a member with negative points, a member still waiting for an answer, points per unit
 * above the last band). Every line, column, text and number is written by hand; they kill the mutants of
 * src/lib/cotation/parse.ts, load.ts, schema.ts, evaluate.ts and tree.ts (npm run test:mutation).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTree, evaluate, loadCotationGrid, parseGrid, traceGrid } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const C = 'official: X, category: Test, nature: facultatif, reference: test';
const file = (examples: string[]) =>
  [
    'title: Grille de test', // 1
    'reference: test', // 2
    'questions:', // 3
    '  - { id: a, step: situation, kind: yesno, label: A ? }', // 4
    '  - { id: b, step: situation, kind: yesno, label: B ? }', // 5
    'criteria:', // 6
    `  - { id: ca, label: CA, ${C}, when: { fact: a }, points: 10 }`, // 7
    `  - { id: cb, label: CB, ${C}, when: { fact: b }, points: 5 }`, // 8
    'examples:', // 9
    ...examples, // 10…
  ].join('\n');
const found = (text: string) =>
  parseGrid('cotation.yaml', text).diagnostics.map(
    (d) => `${d.severity} ${d.line}:${d.column} ${d.message} — ${d.hint}`,
  );

describe('les exemples de la grille, vérifiés à leur place', () => {
  it('des réponses qui manquent dans un autre ordre que la liste : pas d’erreur', () => {
    expect(found(file(['  - { name: Ex, answers: {}, total: 0, missing: [b, a] }']))).toEqual([]);
  });

  it('un point faux attendu, un point oublié : sous « points », à la ligne du critère ou de « points »', () => {
    expect(
      found(file(['  - name: Ex', '    answers: { a: true, b: true }', '    total: 15', '    points: { ca: 9 }'])),
    ).toEqual([
      'error 13:19 exemple « Ex » : le critère « ca » donne 10 points, l’exemple attend 9 — écrivez sous « points » chaque critère qui donne des points, avec ses points',
      'error 13:13 exemple « Ex » : le critère « cb » donne 5 points, l’exemple attend 0 — écrivez sous « points » chaque critère qui donne des points, avec ses points',
    ]);
  });

  it('une réponse qui manque sans être attendue, une réponse attendue qui ne manque pas', () => {
    expect(found(file(['  - { name: Ex, answers: { a: false }, total: 0 }']))).toEqual([
      'error 10:26 exemple « Ex » : réponses qui manquent : b. L’exemple attend : aucune — complétez les réponses de l’exemple ou la liste « missing »',
    ]);
    expect(found(file(['  - { name: Ex, answers: { a: false, b: false }, total: 0, missing: [a] }']))).toEqual([
      'error 10:69 exemple « Ex » : réponses qui manquent : aucune. L’exemple attend : a — complétez les réponses de l’exemple ou la liste « missing »',
    ]);
  });

  it('un total faux ; deux réponses qui manquent quand l’exemple en attend une', () => {
    expect(found(file(['  - { name: Ex, answers: { a: true, b: false }, total: 12 }']))).toEqual([
      'error 10:56 exemple « Ex » : la grille donne 10 points, l’exemple attend 12 — corrigez les réponses ou le total attendu de l’exemple',
      'error 10:5 exemple « Ex » : le critère « ca » donne 10 points, l’exemple attend 0 — écrivez sous « points » chaque critère qui donne des points, avec ses points',
    ]);
    expect(found(file(['  - { name: Ex, answers: {}, total: 0, missing: [b] }']))).toEqual([
      'error 10:49 exemple « Ex » : réponses qui manquent : a, b. L’exemple attend : b — complétez les réponses de l’exemple ou la liste « missing »',
    ]);
  });

  it('un critère qui compte ses points de deux façons', () => {
    const text = file(['  []']).replace('when: { fact: b }, points: 5', 'points: 5, perUnit: { fact: b, points: 1 }');
    expect(found(text.replace('examples:\n  []', 'examples: []'))).toEqual([
      'error 8:5 « criteria › n°2 » : un critère a une seule façon de compter ses points, pas points et perUnit — corrigez la valeur',
    ]);
  });
});

describe('le fichier de la grille dans le dossier du territoire', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ils-grille-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pas de fichier : pas d’erreur ; un fichier faux (total et point) : son nom relatif dans les messages ; un dossier à sa place : signalé', () => {
    mkdirSync(join(dir, 'vide'));
    expect(loadCotationGrid(join(dir, 'vide'))).toEqual({ diagnostics: [] });
    mkdirSync(join(dir, 't'));
    writeFileSync(
      join(dir, 't', 'cotation.yaml'),
      file(['  - { name: Ex, answers: { a: true, b: false }, total: 3 }']),
    );
    const r = loadCotationGrid(join(dir, 't'), dir);
    expect(r.grid).toBeUndefined();
    expect(r.diagnostics.map((d) => `${d.file} ${d.line}`)).toEqual(['t/cotation.yaml 10', 't/cotation.yaml 10']);
    expect(loadCotationGrid(join(dir, 't')).diagnostics[0]?.file).toBe(join(dir, 't', 'cotation.yaml'));
    mkdirSync(join(dir, 'd', 'cotation.yaml'), { recursive: true });
    const folder = loadCotationGrid(join(dir, 'd'), dir).diagnostics;
    expect(folder.map((d) => `${d.file} ${d.message}`)).toEqual([
      'd/cotation.yaml ce n’est pas un fichier : c’est un dossier, ou un fichier spécial',
    ]);
  });
});

describe('les groupes exclusifs et les points par unité, à leurs bords', () => {
  const grid = makeGrid({
    questions: [
      { id: 'x', step: 'situation', kind: 'yesno', label: 'X ?' },
      { id: 'y', step: 'situation', kind: 'yesno', label: 'Y ?' },
      { id: 'z', step: 'situation', kind: 'yesno', label: 'Z ?' },
      { id: 'n', step: 'foyer', kind: 'number', label: 'N ?' },
    ],
    criteria: [
      { id: 'bonus', group: 'g', when: { fact: 'x' }, points: 5 },
      { id: 'malus', group: 'g', when: { fact: 'y' }, points: -3 },
      { id: 'attente', group: 'g', when: { fact: 'z' }, points: 8 },
      { id: 'zero', when: { fact: 'x' }, points: 0 },
      { id: 'paliers', bands: { fact: 'n', steps: [{ from: 10, points: 4, perUnitAbove: 2 }] } },
    ],
  });
  const lines = (answers: Record<string, unknown>) =>
    evaluate(grid, answers as never).lines.map((l) => `${l.id} ${l.points} ${l.status} ${l.matched}`);

  it('seul membre appliqué du groupe, un malus compte ; un membre qui attend sa réponse reste « manquant »', () => {
    expect(lines({ x: false, y: true, n: 12 })).toEqual([
      'bonus 0 not_applicable false',
      'malus -3 applied true',
      'attente 0 missing false',
      'zero 0 not_applicable false',
      // 4 points at 10, then 2 points for each of the 2 units above: 8.
      'paliers 8 applied true',
    ]);
    expect(evaluate(grid, { x: false, y: true, n: 12 }).total).toBe(5);
  });

  it('le meilleur membre l’emporte ; un critère à 0 point ne compte pas et ne « correspond » pas', () => {
    expect(lines({ x: true, y: true, z: false, n: 9 })).toEqual([
      'bonus 5 applied true',
      'malus 0 not_applicable true',
      'attente 0 not_applicable false',
      'zero 0 not_applicable false',
      'paliers 0 not_applicable false',
    ]);
    expect(traceGrid(grid, { x: true }).criteria[0]!.score).toEqual({ kind: 'fixed', points: 5 });
  });

  it('l’arbre : un groupe à la place de son premier membre, les coefficients à part', () => {
    const g = makeGrid({
      questions: [{ id: 'x', step: 'situation', kind: 'yesno', label: 'X ?' }],
      criteria: [
        { id: 'a', group: 'g', points: 1 },
        { id: 'coef', coefficient: { factor: 1.3, on: 'positive' } },
        { id: 'b', points: 2 },
        { id: 'c', group: 'g', points: 3 },
      ],
    });
    const tree = buildTree(g);
    expect(
      tree.items.map((i) =>
        i.kind === 'group'
          ? `groupe ${i.members.map((m) => m.kind + ' ' + m.criterion.id).join(', ')}`
          : `${i.kind} ${i.criterion.id}`,
      ),
    ).toEqual(['groupe criterion a, criterion c', 'criterion b']);
    expect(tree.coefficients.map((c) => `${c.kind} ${c.criterion.id} ${c.factor}`)).toEqual(['coefficient coef 1.3']);
  });
});
