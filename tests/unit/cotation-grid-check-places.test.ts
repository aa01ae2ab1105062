/**
 * Each semantic check of a grid file (src/lib/cotation/check.ts) says what is wrong, how to fix it, and where:
 * the line and column of the very key at fault. One file with one mistake per line; every line, column,
 * message and hint is written by hand from the text below. They kill the mutants of check.ts that change a
 * path, a message or a test (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { parseGrid } from '../../src/lib/cotation/index.ts';

/** Criterion fields every criterion needs, on one line so that line numbers stay easy to count. */
const C = 'official: X, category: Test, nature: facultatif, reference: test';

// Line numbers are those of the file: line 1 is « title ».
const broken = [
  'title: Grille de test', // 1
  'reference: test', // 2
  'questions:', // 3
  '  - { id: oui, step: situation, kind: yesno, label: Oui ? }', // 4
  '  - { id: oui, step: situation, kind: yesno, label: Encore oui ? }', // 5 : id written twice
  '  - { id: choix, step: situation, kind: choice, label: Choix ? }', // 6 : no options
  '  - { id: date, step: anciennete, kind: month, label: Date ? }', // 7
  '  - { id: n, step: foyer, kind: number, label: Nombre ?, askIf: { fact: inconnu } }', // 8
  'criteria:', // 9
  `  - { id: a, label: A, ${C}, when: { fact: oui, is: peut-etre }, points: 1 }`, // 10
  `  - { id: a, label: A2, ${C}, when: { fact: oui, has: x }, points: 1 }`, // 11 : id twice, has on yesno
  `  - { id: b, label: B, ${C}, when: { fact: date, in: [2020-01] }, points: 1 }`, // 12
  `  - { id: c, label: C, ${C}, when: { fact: lone_parent }, points: 1 }`, // 13
  `  - { id: d, label: D, ${C}, perUnit: { fact: oui, points: 1 } }`, // 14
  `  - { id: e, label: E, ${C}, bands: { fact: over_60, steps: [{ from: 1, points: 1 }] } }`, // 15
  `  - { id: f, label: F, ${C}, bands: { fact: n, steps: [{ from: 2, to: 2, points: 1 }, { from: 1, points: 2 }] } }`, // 16
  `  - { id: g, label: G, ${C} }`, // 17
].join('\n');

/** « line:column message — hint » for each diagnostic, in the order the checks run. */
const found = (text: string) =>
  parseGrid('cotation.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message} — ${d.hint}`);

const DERIVED =
  'household_size, minor_in_household, overcrowded_rooms, overcrowded_surface, overcrowded, under_occupied, lone_parent, under_30_household, over_60, over_75, seniority_months, seniority_years';

describe('vérifications d’une grille : le message, le conseil et la place exacte', () => {
  it('chaque erreur à la ligne et à la colonne de la clé fautive', () => {
    expect(found(broken)).toEqual([
      '5:11 la question « oui » est écrite deux fois — donnez un identifiant différent à chaque question',
      '6:5 la question « choix » n’a pas de réponses possibles — ajoutez « options » avec au moins 2 réponses',
      `8:73 question inconnue : « inconnu » — utilisez une question de la grille : oui, choix, date, n. Faits calculés possibles : ${DERIVED}`,
      '10:113 condition sur une réponse absente : « peut-etre » n’est pas une réponse possible de « oui » — écrivez true ou false',
      '11:11 le critère « a » est écrit deux fois — donnez un identifiant différent à chaque critère',
      '11:115 « has » sert aux questions à plusieurs réponses, pas à « oui » — utilisez « is » pour une question à une réponse',
      '11:115 condition sur une réponse absente : « x » n’est pas une réponse possible de « oui » — écrivez true ou false',
      '12:114 condition sur une réponse absente : « 2020-01 » n’est pas une réponse possible de « date » — une date se lit par un fait calculé, par exemple seniority_months',
      '13:104 le fait calculé « lone_parent » a besoin des questions has_partner, children, visiting_children, expected_birth — ajoutez ces questions à la grille',
      '14:107 la question « oui » n’est pas un nombre — utilisez une question de type « number »',
      '15:105 le fait calculé « over_60 » a besoin des questions applicant_age, has_partner, partner_age, dependent_over_60 — ajoutez ces questions à la grille',
      '15:105 « over_60 » n’est pas un nombre — utilisez une question de type « number »',
      '16:131 palier vide : « to » (2) doit être plus grand que « from » (2) — corrigez les bornes du palier',
      '16:155 palier qui chevauche le précédent : il commence à 1, le précédent va jusqu’à 2 — rangez les paliers dans l’ordre, chaque « from » au moins égal au « to » du palier d’avant',
      '17:5 le critère « g » n’a ni points ni note — ajoutez « points » ou une « note » qui explique pourquoi il ne compte pas',
    ]);
  });

  it('une réponse juste à chaque sorte de question ne donne aucune erreur', () => {
    const fine = [
      'title: Grille de test',
      'reference: test',
      'questions:',
      '  - { id: oui, step: situation, kind: yesno, label: Oui ? }',
      '  - { id: choix, step: situation, kind: multi, label: Choix ?, options: [{ value: x, label: X }, { value: y, label: Y }] }',
      // A question that has the name of a computed fact is a question: its number is read, nothing is computed.
      '  - { id: household_size, step: foyer, kind: number, label: Combien ?, askIf: { fact: oui, is: true } }',
      'criteria:',
      `  - { id: a, label: A, ${C}, when: { fact: oui, is: false }, points: 1 }`,
      `  - { id: b, label: B, ${C}, when: { fact: choix, has: y }, points: 1 }`,
      `  - { id: c, label: C, ${C}, when: { fact: household_size, gte: 3 }, points: 1 }`,
      `  - { id: d, label: D, ${C}, perUnit: { fact: household_size, points: 1 } }`,
      `  - { id: e, label: E, ${C}, bands: { fact: household_size, steps: [{ from: 1, to: 2, points: 1 }, { from: 2, points: 2 }] } }`,
      // No date question: the examples need no « examplesMonth ».
      'examples:',
      '  - { name: Exemple, answers: { oui: true, choix: [y], household_size: 2 }, total: 5, points: { a: 0, b: 1, c: 0, d: 2, e: 2 } }',
    ].join('\n');
    expect(found(fine)).toEqual([]);
  });

  it('un exemple qui attend une question inconnue ; une question de date sans exemple n’a pas besoin du mois des exemples', () => {
    const grid = (examples: string) =>
      [
        'title: Grille de test',
        'reference: test',
        'questions:',
        '  - { id: oui, step: situation, kind: yesno, label: Oui ? }',
        '  - { id: date, step: anciennete, kind: month, label: Date ? }',
        'criteria:',
        `  - { id: a, label: A, ${C}, when: { fact: oui }, points: 1 }`,
        examples,
      ].join('\n');
    expect(found(grid('examples: []'))).toEqual([]);
    expect(
      found(
        grid('examplesMonth: 2024-12\nexamples:\n  - { name: Ex, answers: {}, total: 0, missing: [oui, ailleurs] }'),
      ),
    ).toEqual(['10:55 exemple « Ex » : question inconnue « ailleurs » — questions de la grille : oui, date']);
  });
});
