/**
 * Conditions of the cotation grid, one comparison at a time and at their bounds: a criterion of 10 points
 * counts or not, and the expected total is written by hand. They kill the mutants of
 * src/lib/cotation/conditions.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { traceGrid, type Answers } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const questions = [
  { id: 'n', step: 'situation', kind: 'number', label: 'n' },
  { id: 'ok', step: 'situation', kind: 'yesno', label: 'ok' },
  {
    id: 'housing',
    step: 'situation',
    kind: 'choice',
    label: 'logement',
    options: [
      { value: 'hotel', label: 'Hôtel' },
      { value: 'tiers', label: 'Chez des tiers' },
      { value: 'rue', label: 'À la rue' },
    ],
  },
  {
    id: 'needs',
    step: 'situation',
    kind: 'multi',
    label: 'besoins',
    options: [
      { value: 'fauteuil', label: 'Fauteuil' },
      { value: 'rez', label: 'Rez-de-chaussée' },
    ],
  },
];

/** Total of a grid with one criterion of 10 points under `when`. */
const total = (when: unknown, answers: Answers) =>
  traceGrid(makeGrid({ questions, criteria: [{ id: 'c', when, points: 10 }] }), answers).total;
const status = (when: unknown, answers: Answers) =>
  traceGrid(makeGrid({ questions, criteria: [{ id: 'c', when, points: 10 }] }), answers).criteria[0]!.status;

describe('conditions de la grille', () => {
  it.each([
    [{ fact: 'n', gte: 3 }, 2, 0],
    [{ fact: 'n', gte: 3 }, 3, 10],
    [{ fact: 'n', gt: 3 }, 3, 0],
    [{ fact: 'n', gt: 3 }, 4, 10],
    [{ fact: 'n', lte: 3 }, 3, 10],
    [{ fact: 'n', lte: 3 }, 4, 0],
    [{ fact: 'n', lt: 3 }, 2, 10],
    [{ fact: 'n', lt: 3 }, 3, 0],
    [{ fact: 'n', gte: 2, lt: 5 }, 1, 0],
    [{ fact: 'n', gte: 2, lt: 5 }, 2, 10],
    [{ fact: 'n', gte: 2, lt: 5 }, 4, 10],
    [{ fact: 'n', gte: 2, lt: 5 }, 5, 0],
    [{ fact: 'n', gt: 2, lte: 5 }, 2, 0],
    [{ fact: 'n', gt: 2, lte: 5 }, 5, 10],
    [{ fact: 'n', gt: 2, lte: 5 }, 6, 0],
  ])('%j avec n = %i : %i points', (when, n, points) => {
    expect(total(when, { n })).toBe(points);
  });

  it('un nombre seul compte s’il est positif', () => {
    expect(total({ fact: 'n' }, { n: 1 })).toBe(10);
    expect(total({ fact: 'n' }, { n: 0 })).toBe(0);
    expect(total({ fact: 'n' }, { n: -1 })).toBe(0);
  });

  it('oui / non, et une comparaison sur une réponse qui n’est pas un nombre', () => {
    expect(total({ fact: 'ok' }, { ok: true })).toBe(10);
    expect(total({ fact: 'ok' }, { ok: false })).toBe(0);
    expect(total({ fact: 'ok', gte: 1 }, { ok: true })).toBe(0);
  });

  it('is, in, has', () => {
    expect(total({ fact: 'housing', is: 'hotel' }, { housing: 'hotel' })).toBe(10);
    expect(total({ fact: 'housing', is: 'hotel' }, { housing: 'tiers' })).toBe(0);
    expect(total({ fact: 'housing', in: ['hotel', 'rue'] }, { housing: 'rue' })).toBe(10);
    expect(total({ fact: 'housing', in: ['hotel', 'rue'] }, { housing: 'tiers' })).toBe(0);
    expect(total({ fact: 'needs', has: 'rez' }, { needs: ['fauteuil', 'rez'] })).toBe(10);
    expect(total({ fact: 'needs', has: 'rez' }, { needs: ['fauteuil'] })).toBe(0);
    expect(total({ fact: 'needs' }, { needs: ['fauteuil'] })).toBe(10);
    expect(total({ fact: 'needs' }, { needs: [] })).toBe(0);
  });

  it('all, any, not, et une réponse manquante', () => {
    const both = { all: [{ fact: 'ok' }, { fact: 'n', gte: 2 }] };
    expect(total(both, { ok: true, n: 2 })).toBe(10);
    expect(total(both, { ok: true, n: 1 })).toBe(0);
    expect(total(both, { ok: false, n: 5 })).toBe(0);
    const either = { any: [{ fact: 'ok' }, { fact: 'n', gte: 2 }] };
    expect(total(either, { ok: false, n: 2 })).toBe(10);
    expect(total(either, { ok: true, n: 0 })).toBe(10);
    expect(total(either, { ok: false, n: 1 })).toBe(0);
    expect(total({ not: { fact: 'ok' } }, { ok: false })).toBe(10);
    expect(total({ not: { fact: 'ok' } }, { ok: true })).toBe(0);
    expect(status({ fact: 'n', gte: 2 }, {})).toBe('missing');
    expect(status({ not: { fact: 'ok' } }, {})).toBe('missing');
    // Une partie fausse suffit à décider « all », une partie vraie à décider « any », même sans l'autre réponse.
    expect(status(both, { ok: false })).toBe('not_applicable');
    expect(status(either, { ok: true })).toBe('applied');
  });
});
