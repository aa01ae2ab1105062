/**
 * The words the simulator and the published grid print around the points: the note before a multiple choice
 * whose answers feed one exclusive group, the income limit sentence, the sentence for each kind of answer
 * (not concerned, a month, a choice), several reasons on one line, the singular of a unit, the maximum a
 * criterion can give and the points at stake when answers are missing. Every expected text and number is
 * written by hand; they kill the mutants of src/lib/cotation/explain.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import {
  criterionLabel,
  documentsOf,
  evaluate,
  exclusiveNotes,
  incomeLimitText,
  maxPoints,
  pointsText,
} from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const ONLY_ONE = 'Vous pouvez cocher plusieurs réponses. Mais une seule compte : celle qui donne le plus de points.';
const options = [
  { value: 'rue', label: 'À la rue' },
  // A label ending with a full stop and a space: both are taken off before the closing quote.
  { value: 'tiers', label: 'Chez des tiers. ' },
  { value: 'hotel', label: 'À l’hôtel' },
];

describe('la phrase avant une question à plusieurs réponses', () => {
  it('seulement pour une question à plusieurs réponses lue par au moins deux critères du même groupe', () => {
    const grid = makeGrid({
      questions: [
        { id: 'logement', step: 'situation', kind: 'multi', label: 'Où dormez-vous ?', options },
        { id: 'seul', step: 'situation', kind: 'multi', label: 'Une seule ?', options },
        { id: 'libre', step: 'situation', kind: 'multi', label: 'Sans groupe ?', options },
        { id: 'deux', step: 'situation', kind: 'multi', label: 'Deux groupes ?', options },
        { id: 'oui', step: 'situation', kind: 'yesno', label: 'Oui ?' },
      ],
      criteria: [
        { id: 'rue', group: 'sans-logement', when: { fact: 'logement', has: 'rue' }, points: 30 },
        { id: 'tiers', group: 'sans-logement', when: { fact: 'logement', has: 'tiers' }, points: 20 },
        // One criterion of a group reads « seul »: nothing to choose between.
        { id: 'seul-rue', group: 'autre', when: { fact: 'seul', has: 'rue' }, points: 5 },
        // Two criteria read « libre », but in no group: both count.
        { id: 'libre-rue', when: { fact: 'libre', has: 'rue' }, points: 5 },
        { id: 'libre-tiers', when: { fact: 'libre', has: 'tiers' }, points: 5 },
        // Two criteria read « deux », each in its own group.
        { id: 'deux-rue', group: 'g1', when: { fact: 'deux', has: 'rue' }, points: 5 },
        { id: 'deux-tiers', group: 'g2', when: { fact: 'deux', has: 'tiers' }, points: 5 },
        // A yes or no question is one answer: no note, even read by two criteria of a group.
        { id: 'oui-1', group: 'g3', when: { fact: 'oui' }, points: 5 },
        { id: 'oui-2', group: 'g3', when: { not: { fact: 'oui' } }, points: 1 },
      ],
    });
    expect({ ...exclusiveNotes(grid) }).toEqual({ logement: ONLY_ONE });
  });

  it('une question lue dans une condition composée compte aussi ; un identifiant « constructor » ne trouve rien d’autre', () => {
    const grid = makeGrid({
      questions: [
        { id: 'constructor', step: 'situation', kind: 'multi', label: 'Piège ?', options },
        { id: 'age', step: 'situation', kind: 'number', label: 'Âge ?' },
      ],
      criteria: [
        {
          id: 'a',
          group: 'g',
          when: {
            all: [
              { fact: 'constructor', has: 'rue' },
              { fact: 'age', gte: 18 },
            ],
          },
          points: 3,
        },
        { id: 'b', group: 'g', when: { any: [{ fact: 'constructor', has: 'hotel' }] }, points: 2 },
      ],
    });
    const notes = exclusiveNotes(grid);
    expect(Object.keys(notes)).toEqual(['constructor']);
    expect(notes.constructor).toBe(ONLY_ONE);
    expect(notes.toString).toBeUndefined();
  });
});

describe('la phrase du plafond de ressources', () => {
  it('l’année et le montant pour une personne seule ; rien sans plafond publié', () => {
    const grid = makeGrid({
      questions: [
        {
          id: 'ressources',
          step: 'situation',
          kind: 'yesno',
          label: 'Vos ressources sont-elles basses ?',
          incomeLimit: { euros: 23456.7, year: 2025, reference: 'Arrêté test' },
        },
        { id: 'autre', step: 'situation', kind: 'yesno', label: 'Autre ?' },
      ],
      criteria: [{ id: 'c', when: { fact: 'ressources' }, points: 1 }],
    });
    expect(incomeLimitText(grid.questions[0]!)).toBe(
      'En 2025, pour une personne seule, c’est moins de 23\u202f456,7 euros par an. Pour un foyer plus grand, le montant est plus haut. Le guichet fait le calcul.',
    );
    expect(incomeLimitText(grid.questions[1]!)).toBeUndefined();
  });
});

describe('la raison de chaque ligne, selon la sorte de réponse', () => {
  const grid = makeGrid({
    questions: [
      { id: 'logement', step: 'situation', kind: 'choice', label: 'Où dormez-vous ? ', options },
      { id: 'depuis', step: 'anciennete', kind: 'month', label: 'Depuis quand ?' },
      { id: 'a', step: 'situation', kind: 'yesno', label: 'A ?' },
      { id: 'b', step: 'situation', kind: 'yesno', label: 'B ?' },
    ],
    criteria: [
      { id: 'un', when: { fact: 'logement', is: 'tiers' }, points: 10 },
      { id: 'plusieurs', when: { fact: 'logement', in: ['rue', 'hotel'] }, points: 10 },
      { id: 'date', when: { fact: 'depuis', is: '2020-03' }, points: 4 },
      { id: 'les-deux', when: { all: [{ fact: 'a' }, { fact: 'b' }] }, points: 2 },
    ],
  });
  const because = (answers: Record<string, unknown>) =>
    Object.fromEntries(evaluate(grid, answers as never).lines.map((l) => [l.id, l.because]));

  it('un choix attendu, plusieurs choix attendus, une date, deux réponses qui comptent', () => {
    expect(because({ logement: 'rue', depuis: '2020-03', a: true, b: true })).toEqual({
      un: 'Il faut avoir choisi « Chez des tiers ».',
      plusieurs: 'Vous avez choisi « À la rue ».',
      date: 'Votre demande date de mars 2020.',
      'les-deux': 'Vous avez coché « A ? ». Vous avez coché « B ? ».',
    });
    expect(because({ logement: 'tiers', depuis: '2021-11', a: true, b: false })).toEqual({
      un: 'Vous avez choisi « Chez des tiers ».',
      plusieurs: 'Votre réponse à cette question ne correspond pas.',
      date: 'Votre demande date de novembre 2021.',
      'les-deux': 'Vous n’avez pas coché « B ? ».',
    });
  });

  it('une question qui ne vous concerne pas ; deux réponses manquantes sur une ligne', () => {
    expect(because({ logement: null, depuis: '2020-03' })).toEqual({
      un: 'La question « Où dormez-vous ? » ne vous concerne pas.',
      plusieurs: 'La question « Où dormez-vous ? » ne vous concerne pas.',
      date: 'Votre demande date de mars 2020.',
      'les-deux': 'Il manque votre réponse à « A ? », « B ? ».',
    });
  });
});

describe('la raison d’une ligne : un nombre calculé, un choix seul, un critère sans points', () => {
  const grid = makeGrid({
    questions: [
      { id: 'demand_month', step: 'anciennete', kind: 'month', label: 'Date de la demande' },
      { id: 'logement', step: 'situation', kind: 'choice', label: 'Où dormez-vous ?', options },
      { id: 'a', step: 'situation', kind: 'yesno', label: 'A ?' },
    ],
    criteria: [
      { id: 'attente', when: { fact: 'seniority_months', gte: 24 }, points: 3 },
      { id: 'un-choix', when: { fact: 'logement', in: ['tiers'] }, points: 2 },
      { id: 'choix-seul', when: { fact: 'logement' }, points: 2 },
      { id: 'sans-note', when: { fact: 'a' } },
      { id: 'avec-note', when: { fact: 'a' }, note: 'La grille ne donne pas encore ses points.' },
    ],
  });

  it('chaque raison, écrite à la main', () => {
    const r = evaluate(grid, { demand_month: '2024-01', logement: 'rue', a: true }, { today: '2024-12' });
    expect(r.lines.map((l) => l.because)).toEqual([
      // A computed number without a sentence of its own: its name.
      'Calcul du formulaire : mois d’attente.',
      'Il faut avoir choisi « Chez des tiers ».',
      // A choice question alone is never « yes »: no single answer to ask for.
      'Votre réponse à cette question ne correspond pas.',
      'Vous avez coché « A ? ». Ce critère ne donne pas de points dans cette grille.',
      'Vous avez coché « A ? ». La grille ne donne pas encore ses points.',
    ]);
  });
});

describe('les mots qui dépendent du foyer', () => {
  const grid = makeGrid({
    questions: [
      { id: 'couple', step: 'foyer', kind: 'yesno', label: 'En couple ?' },
      { id: 'enfants', step: 'foyer', kind: 'number', label: 'Enfants ?' },
    ],
    criteria: [
      {
        id: 'c',
        label: 'Vous ou votre conjoint',
        labelIf: [
          { when: { not: { fact: 'couple' } }, text: 'Vous' },
          { when: { fact: 'couple' }, text: 'Vous et votre conjoint' },
        ],
        justificatifs: [
          'Pièce d’identité',
          { when: { fact: 'couple' }, text: 'Pièce d’identité du conjoint' },
          { when: { fact: 'enfants', gte: 1 }, text: 'Livret de famille' },
        ],
        points: 1,
      },
    ],
  });
  const c = grid.criteria[0]!;

  it('le libellé : la première variante vraie, sinon le libellé par défaut', () => {
    expect(criterionLabel(c, { couple: false })).toBe('Vous');
    expect(criterionLabel(c, { couple: true })).toBe('Vous et votre conjoint');
    expect(criterionLabel(c, {})).toBe('Vous ou votre conjoint');
  });

  it('les justificatifs : ceux sans condition, et ceux dont la condition est vraie', () => {
    expect(documentsOf(c, { couple: false, enfants: 0 })).toEqual(['Pièce d’identité']);
    expect(documentsOf(c, { couple: true, enfants: 2 })).toEqual([
      'Pièce d’identité',
      'Pièce d’identité du conjoint',
      'Livret de famille',
    ]);
    // Unknown answers: the condition is not true, the document is not asked yet.
    expect(documentsOf(c, {})).toEqual(['Pièce d’identité']);
  });
});

describe('points par unité : le singulier de l’unité', () => {
  const grid = makeGrid({
    questions: [{ id: 'personnes', step: 'foyer', kind: 'number', label: 'Combien de personnes ?', unit: 'personnes' }],
    criteria: [
      { id: 'unite', perUnit: { fact: 'personnes', points: 2 } },
      {
        id: 'paliers',
        bands: {
          fact: 'personnes',
          steps: [
            { from: 1, to: 2, points: 1 },
            { from: 3, points: 4, perUnitAbove: 0.5 },
          ],
        },
      },
    ],
  });

  it('« par personne », « 1 personne » : seul le s final part', () => {
    expect(pointsText(grid.criteria[0]!, grid)).toBe('2 points par personne');
    expect(pointsText(grid.criteria[1]!, grid)).toBe(
      '1 à 2 personnes : 1 point · 3 personnes et plus : 4 points, puis 0,5 point par personne en plus',
    );
    const r = evaluate(grid, { personnes: 1 });
    expect(r.lines.map((l) => l.because)).toEqual([
      '1 personne fois 2 points.',
      'Pour vous : 1 personne. Le palier de 1 à 2 personnes donne 1 point.',
    ]);
  });
});

describe('points comptés sur un nombre calculé', () => {
  it('la taille du foyer : pas de date de demande dans la raison', () => {
    const grid = makeGrid({
      questions: [
        { id: 'has_partner', step: 'foyer', kind: 'yesno', label: 'En couple ?' },
        { id: 'children', step: 'foyer', kind: 'number', label: 'Enfants ?' },
      ],
      criteria: [{ id: 'taille', perUnit: { fact: 'household_size', points: 2 } }],
    });
    expect(evaluate(grid, { has_partner: true, children: 1 }).lines[0]!.because).toBe('3 personnes fois 2 points.');
  });
});

describe('le maximum d’un critère et les points en jeu', () => {
  const grid = makeGrid({
    questions: [
      { id: 'n', step: 'foyer', kind: 'number', label: 'Combien ?' },
      { id: 'logement', step: 'situation', kind: 'multi', label: 'Où dormez-vous ?', options },
    ],
    criteria: [
      { id: 'zero', perUnit: { fact: 'n', points: 0, max: 10 } },
      {
        id: 'ferme',
        bands: {
          fact: 'n',
          steps: [
            { from: 1, to: 2, points: 3 },
            { from: 3, points: 8 },
          ],
        },
      },
      {
        id: 'fin-fermee',
        bands: {
          fact: 'n',
          steps: [
            { from: 1, to: 2, points: 6 },
            { from: 3, to: 9, points: 2, perUnitAbove: 1 },
          ],
        },
      },
      { id: 'rue', group: 'g', when: { fact: 'logement', has: 'rue' }, points: 10 },
      { id: 'tiers', group: 'g', when: { fact: 'logement', has: 'tiers' }, points: 15 },
    ],
  });

  it('par unité à 0 point : 0 ; paliers sans points par unité en plus : le meilleur palier', () => {
    expect(grid.criteria.map((c) => maxPoints(c))).toEqual([0, 8, 6, 10, 15]);
  });

  it('deux critères d’un groupe attendent la même réponse : le meilleur des deux, une fois', () => {
    const r = evaluate(grid, {});
    expect(r.missing.map((m) => [m.id, m.atStake])).toEqual([
      ['n', 14],
      ['logement', 15],
    ]);
  });

  it('dans un groupe, un critère sans maximum rend les points en jeu inconnus, quel que soit l’ordre', () => {
    const open = { from: 1, points: 2, perUnitAbove: 1 };
    for (const order of [
      ['ouvert', 'fixe'],
      ['fixe', 'ouvert'],
    ]) {
      const byId: Record<string, Record<string, unknown>> = {
        ouvert: { id: 'ouvert', group: 'g', bands: { fact: 'n', steps: [open] } },
        fixe: { id: 'fixe', group: 'g', when: { fact: 'n', gte: 5 }, points: 3 },
      };
      const g = makeGrid({
        questions: [{ id: 'n', step: 'foyer', kind: 'number', label: 'Combien ?' }],
        criteria: order.map((id) => byId[id]!),
      });
      expect(evaluate(g, {}).missing).toEqual([{ id: 'n', label: 'Combien ?', criteria: order, atStake: undefined }]);
    }
  });
});
