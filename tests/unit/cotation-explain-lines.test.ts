/**
 * The explanation of each kind of score (per unit with its cap, bands, coefficient, a group where one criterion
 * wins, a missing answer), the points at stake per missing answer and the desk-only criteria. Every sentence
 * and number is written by hand; they kill the mutants of src/lib/cotation/explain.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const grid = makeGrid({
  questions: [
    { id: 'months', step: 'anciennete', kind: 'number', label: 'Depuis combien de mois ?', unit: 'mois' },
    { id: 'demand_month', step: 'anciennete', kind: 'month', label: 'Date de la demande' },
    { id: 'a', step: 'situation', kind: 'yesno', label: 'A ?' },
    { id: 'b', step: 'situation', kind: 'yesno', label: 'B ?' },
    { id: 'q', step: 'situation', kind: 'yesno', label: 'Q ?' },
  ],
  criteria: [
    { id: 'mois', label: 'Mois', perUnit: { fact: 'months', points: 0.4, max: 20 } },
    {
      id: 'paliers',
      label: 'Ancienneté',
      bands: {
        fact: 'seniority_years',
        steps: [
          { from: 3, to: 5, points: 3 },
          { from: 10, points: 10, perUnitAbove: 1 },
        ],
      },
    },
    { id: 'ga', label: 'Groupe A', group: 'g', when: { fact: 'a' }, points: 10 },
    { id: 'gb', label: 'Groupe B', group: 'g', when: { fact: 'b' }, points: 15, validation: 'guichet' },
    { id: 'base', label: 'Toujours', points: 5 },
    { id: 'coef', label: 'Coefficient', when: { fact: 'q' }, coefficient: { factor: 1.5, on: 'positive' } },
  ],
});
const today = { today: '2024-12' };

describe('explication de chaque ligne', () => {
  it('points par unité, palier, groupe, points fixes sans condition, coefficient', () => {
    const r = evaluate(grid, { months: 10, demand_month: '2020-12', a: true, b: true, q: true }, today);
    const because = Object.fromEntries(r.lines.map((l) => [l.id, l.because]));
    expect(because).toEqual({
      mois: '10 mois fois 0,4 point.',
      paliers: 'Votre demande date de décembre 2020. Pour vous : 4 ans. Le palier de 3 à 5 ans donne 3 points.',
      ga: 'Un seul critère de ce groupe compte : « Groupe B » donne plus de points ou autant.',
      gb: 'Vous avez coché « B ? ».',
      base: 'Votre situation correspond à ce critère.',
      coef: 'Vous avez coché « Q ? ». Vos autres points positifs font 27. Ils sont multipliés par 1,5. Cela ajoute 13,5 points.',
    });
    // 4 + 3 + 15 + 5 = 27, puis 27 × 0,5 = 13,5 : 40,5.
    expect(r.total).toBe(40.5);
    expect(r.deskOnly).toEqual(['Groupe B']);
    expect(r.documents.map((d) => d.label)).toEqual(['Mois', 'Ancienneté', 'Groupe B', 'Toujours', 'Coefficient']);
  });

  it('plafond atteint, palier pas encore atteint, dernier palier avec des points en plus', () => {
    const capped = evaluate(grid, { months: 60, demand_month: '2023-12', a: false, b: false, q: false }, today);
    expect(capped.lines[0]!.because).toBe('60 mois fois 0,4 point. Le maximum est 20 points.');
    expect(capped.lines[1]!.because).toBe(
      'Votre demande date de décembre 2023. Pour vous : 1 an. Les points commencent à 3 ans.',
    );
    const long = evaluate(grid, { months: 1, demand_month: '2012-06', a: false, b: false, q: false }, today);
    expect(long.lines[1]!.because).toBe(
      'Votre demande date de juin 2012. Pour vous : 12 ans. Le palier 10 ans et plus donne 10 points. Vous avez 2 points en plus.',
    );
    expect(long.lines[1]!.points).toBe(12);
  });

  it('réponses manquantes : la phrase, et les points en jeu une seule fois par groupe', () => {
    const r = evaluate(grid, {}, today);
    expect(r.lines[0]!.because).toBe('Il manque votre réponse à « Depuis combien de mois ? ».');
    expect(r.missing.map((m) => [m.id, m.criteria, m.atStake])).toEqual([
      ['months', ['Mois'], 20],
      // Le dernier palier n'a pas de fin et donne des points par année en plus : pas de maximum.
      ['demand_month', ['Ancienneté'], undefined],
      ['a', ['Groupe A'], 10],
      ['b', ['Groupe B'], 15],
      ['q', ['Coefficient'], undefined],
    ]);
  });
});
