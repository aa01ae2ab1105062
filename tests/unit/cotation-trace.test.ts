/**
 * The trace of the cotation engine at its edges: a cap reached exactly, a missing number, a coefficient whose
 * condition is unanswered or false, a negative line kept out of the coefficient's base. Points are worked out
 * by hand in each test; they kill the mutants of src/lib/cotation/evaluate.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { round1, traceGrid } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const yes = (id: string) => ({ id, step: 'situation', kind: 'yesno', label: id });
const number = (id: string) => ({ id, step: 'anciennete', kind: 'number', label: id, unit: 'mois' });

describe('trace de la cotation', () => {
  it('points par unité : le plafond atteint tout juste ne compte pas comme dépassé', () => {
    const grid = makeGrid({
      questions: [number('months')],
      criteria: [{ id: 'anciennete', perUnit: { fact: 'months', points: 0.5, max: 10 } }],
    });
    // 20 × 0,5 = 10 : le plafond, pas au-delà.
    expect(traceGrid(grid, { months: 20 }).criteria[0]!.score).toEqual({
      kind: 'perUnit',
      value: 20,
      each: 0.5,
      max: 10,
      capped: false,
      points: 10,
    });
    // 21 × 0,5 = 10,5 : ramené à 10.
    expect(traceGrid(grid, { months: 21 }).criteria[0]!.score).toMatchObject({ capped: true, points: 10 });
    expect(traceGrid(grid, { months: 21 }).total).toBe(10);
  });

  it('points par unité négatifs : le plafond vaut dans les deux sens', () => {
    const grid = makeGrid({
      questions: [number('refusals')],
      criteria: [{ id: 'refus', perUnit: { fact: 'refusals', points: -3, max: 6 } }],
    });
    // 4 refus × −3 = −12, ramené à −6.
    expect(traceGrid(grid, { refusals: 4 }).criteria[0]).toMatchObject({ points: -6, status: 'applied' });
    expect(traceGrid(grid, { refusals: 1 }).criteria[0]).toMatchObject({ points: -3, status: 'applied' });
  });

  it('un nombre manquant est nommé, et la ligne reste à 0', () => {
    const grid = makeGrid({
      questions: [number('months')],
      criteria: [{ id: 'anciennete', perUnit: { fact: 'months', points: 0.5 } }],
    });
    const line = traceGrid(grid, {}).criteria[0]!;
    expect(line.status).toBe('missing');
    expect(line.points).toBe(0);
    expect(line.missing).toContain('months');
  });

  it('coefficient : condition sans réponse, fausse, puis vraie ; les points négatifs restent hors de la base', () => {
    const grid = makeGrid({
      questions: [yes('a'), yes('q'), number('refusals')],
      criteria: [
        { id: 'a', when: { fact: 'a' }, points: 20 },
        { id: 'b', points: 5 },
        { id: 'q', when: { fact: 'q' }, coefficient: { factor: 1.5, on: 'positive' } },
        { id: 'refus', perUnit: { fact: 'refusals', points: -4 } },
      ],
    });
    const unanswered = traceGrid(grid, { a: true, refusals: 1 });
    expect(unanswered.criteria[2]).toMatchObject({ status: 'missing', points: 0, matched: false });
    expect(unanswered.criteria[2]!.missing).toEqual(['q']);
    expect(unanswered.total).toBe(21);
    const no = traceGrid(grid, { a: true, q: false, refusals: 1 });
    expect(no.criteria[2]).toMatchObject({ status: 'not_applicable', points: 0, matched: false });
    expect(no.total).toBe(21);
    // Base : 20 + 5 = 25 (le −4 n'y entre pas) ; la ligne du coefficient vaut 25 × 0,5 = 12,5.
    const applied = traceGrid(grid, { a: true, q: true, refusals: 1 });
    expect(applied.criteria[2]).toMatchObject({
      status: 'applied',
      matched: true,
      points: 12.5,
      score: { kind: 'coefficient', factor: 1.5, base: 25, points: 12.5 },
    });
    expect(applied.total).toBe(33.5);
  });

  it('arrondi au dixième, comme sur la page', () => {
    expect(round1(0.45)).toBe(0.5);
    expect(round1(7.25)).toBe(7.3);
    expect(round1(-1.04)).toBe(-1);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
  });
});
