/**
 * How the published grid and its PDF say the points of each criterion, and the most a criterion can give.
 * Each expected text is written by hand: they kill the mutants of the points wording in
 * src/lib/cotation/explain.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { maxPoints, pointsText, pointsWord } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const num = (id: string, unit?: string) => ({
  id,
  step: 'anciennete',
  kind: 'number',
  label: id,
  ...(unit ? { unit } : {}),
});
const month = { id: 'demand_month', step: 'anciennete', kind: 'month', label: 'date' };

const grid = makeGrid({
  questions: [
    num('months', 'mois'),
    num('refusals', 'refus'),
    num('children', 'enfants'),
    num('count'),
    month,
    { id: 'q', step: 'situation', kind: 'yesno', label: 'q' },
  ],
  criteria: [
    { id: 'fixe', points: 30 },
    { id: 'un', points: 1 },
    { id: 'negatif', points: -5 },
    { id: 'mois', perUnit: { fact: 'months', points: 0.4, max: 20 } },
    { id: 'refus', perUnit: { fact: 'refusals', points: -2 } },
    { id: 'enfants', perUnit: { fact: 'children', points: 2 } },
    { id: 'sans-unite', perUnit: { fact: 'count', points: 1.5 } },
    {
      id: 'paliers',
      bands: {
        fact: 'seniority_years',
        steps: [
          { from: 3, to: 5, points: 3 },
          { from: 5, points: 8, perUnitAbove: 1 },
        ],
      },
    },
    {
      id: 'paliers-fermes',
      bands: {
        fact: 'seniority_years',
        steps: [
          { from: 1, to: 2, points: 4 },
          { from: 2, points: 6 },
        ],
      },
    },
    { id: 'coef', when: { fact: 'q' }, coefficient: { factor: 1.3, on: 'positive' } },
    { id: 'rien', note: 'Sans points.' },
    { id: 'illisible', note: 'Valeur illisible.', toVerify: 'la valeur est illisible dans le document' },
  ],
});
const criterion = (id: string) => grid.criteria.find((c) => c.id === id)!;

describe('les points d’un critère, en mots', () => {
  it('point au singulier sous 2, points au pluriel à partir de 2', () => {
    expect(pointsWord(1)).toBe('1 point');
    expect(pointsWord(1.5)).toBe('1,5 point');
    expect(pointsWord(2)).toBe('2 points');
    expect(pointsWord(-1)).toBe('-1 point');
    expect(pointsWord(-2)).toBe('-2 points');
  });

  it.each([
    ['fixe', '30 points'],
    ['un', '1 point'],
    ['negatif', '-5 points'],
    ['mois', '0,4 point par mois, 20 au maximum'],
    ['refus', '-2 points par refus'],
    ['enfants', '2 points par enfant'],
    ['sans-unite', '1,5 point par unité'],
    ['paliers', '3 à 5 ans : 3 points · 5 ans et plus : 8 points, puis 1 point par an en plus'],
    ['paliers-fermes', '1 à 2 ans : 4 points · 2 ans et plus : 6 points'],
    ['coef', 'Vos autres points positifs multipliés par 1,3'],
    ['rien', 'Pas de points dans la grille'],
    ['illisible', 'Illisible dans le document, à vérifier'],
  ])('%s : « %s »', (id, text) => {
    expect(pointsText(criterion(id), grid)).toBe(text);
  });
});

describe('le plus de points qu’un critère peut donner', () => {
  it.each([
    ['fixe', 30],
    ['negatif', 0],
    ['mois', 20],
    ['refus', 0],
    ['enfants', undefined],
    ['paliers', undefined],
    ['paliers-fermes', 6],
    ['coef', undefined],
    ['rien', 0],
  ])('%s : %s', (id, max) => {
    expect(maxPoints(criterion(id))).toBe(max);
  });
});
