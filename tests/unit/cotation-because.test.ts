/**
 * The « pourquoi » of each line of the cotation result, for each kind of question and comparison, when the
 * condition holds and when it does not. The sentences are written by hand from the FALC wording rules; they
 * kill the mutants of the condition sentences of src/lib/cotation/explain.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const grid = makeGrid({
  questions: [
    { id: 'n', step: 'situation', kind: 'number', label: 'Combien d’enfants ?', unit: 'enfants' },
    { id: 'm', step: 'situation', kind: 'number', label: 'Combien ?' },
    {
      id: 'housing',
      step: 'situation',
      kind: 'choice',
      label: 'Où ?',
      options: [
        { value: 'hotel', label: 'À l’hôtel' },
        { value: 'tiers', label: 'Chez des tiers.' },
        { value: 'rue', label: 'À la rue' },
      ],
    },
    {
      id: 'needs',
      step: 'situation',
      kind: 'multi',
      label: 'Besoins ?',
      options: [
        { value: 'fauteuil', label: 'Fauteuil' },
        { value: 'rez', label: 'Rez-de-chaussée' },
      ],
    },
  ],
  criteria: [
    { id: 'gte', when: { fact: 'n', gte: 3 }, points: 10 },
    { id: 'gt', when: { fact: 'n', gt: 3 }, points: 10 },
    { id: 'lte', when: { fact: 'm', lte: 1 }, points: 10 },
    { id: 'lt', when: { fact: 'm', lt: 1 }, points: 10 },
    { id: 'pos', when: { fact: 'm' }, points: 10 },
    { id: 'is', when: { fact: 'housing', is: 'tiers' }, points: 10 },
    { id: 'in', when: { fact: 'housing', in: ['tiers', 'rue'] }, points: 10 },
    { id: 'has', when: { fact: 'needs', has: 'rez' }, points: 10 },
    { id: 'any', when: { fact: 'needs' }, points: 10 },
  ],
});
const because = (answers: Answers) => Object.fromEntries(evaluate(grid, answers).lines.map((l) => [l.id, l.because]));

describe('le « pourquoi » de chaque ligne', () => {
  it('quand la condition ne tient pas : la réponse donnée, et ce qu’il faut', () => {
    expect(because({ n: 2, m: 2, housing: 'hotel', needs: [] })).toEqual({
      gte: 'Vous avez répondu 2 enfants à « Combien d’enfants ? ». Il faut au moins 3.',
      gt: 'Vous avez répondu 2 enfants à « Combien d’enfants ? ». Il faut plus de 3.',
      lte: 'Vous avez répondu 2 à « Combien ? ». Il faut au plus 1.',
      lt: 'Vous avez répondu 2 à « Combien ? ». Il faut moins de 1.',
      pos: 'Vous avez répondu 2 à « Combien ? ».',
      is: 'Il faut avoir choisi « Chez des tiers ».',
      in: 'Votre réponse à cette question ne correspond pas.',
      has: 'Vous n’avez pas coché « Rez-de-chaussée ».',
      any: 'Vous n’avez coché aucune réponse à « Besoins ? ».',
    });
  });

  it('quand elle tient : la réponse qui donne les points', () => {
    expect(because({ n: 5, m: 0, housing: 'tiers', needs: ['rez'] })).toEqual({
      gte: 'Vous avez répondu 5 enfants à « Combien d’enfants ? ».',
      gt: 'Vous avez répondu 5 enfants à « Combien d’enfants ? ».',
      lte: 'Vous avez répondu 0 à « Combien ? ».',
      lt: 'Vous avez répondu 0 à « Combien ? ».',
      pos: 'Vous avez répondu 0 à « Combien ? ». Il faut plus de 0.',
      is: 'Vous avez choisi « Chez des tiers ».',
      in: 'Vous avez choisi « Chez des tiers ».',
      has: 'Vous avez coché « Rez-de-chaussée ».',
      any: 'Vous avez coché une réponse à « Besoins ? ».',
    });
  });
});
