// Property tests (fast-check) of the engine, on random grids and on the real grids.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, round1, type Answers, type Condition, type Grid } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';
import { realGrids } from './cotation-grid-files.ts';

/** Random answers for every question of a grid (some left unanswered). */
function answersOf(grid: Grid): fc.Arbitrary<Answers> {
  const parts: Record<string, fc.Arbitrary<Answers[string]>> = {};
  for (const q of grid.questions) {
    const values = (q.options ?? []).map((o) => o.value);
    parts[q.id] =
      q.kind === 'yesno'
        ? fc.boolean()
        : q.kind === 'number'
          ? fc.option(fc.integer({ min: q.min ?? 0, max: Math.min(q.max ?? 60, 300) }), { nil: undefined })
          : q.kind === 'choice'
            ? fc.option(fc.constantFrom(...values), { nil: undefined })
            : fc.subarray(values);
  }
  return fc.record(parts) as fc.Arbitrary<Answers>;
}

/** Random monotone grids: yes/no questions, positive criteria, groups, perhaps a coefficient and a penalty. */
const randomGrid: fc.Arbitrary<Grid> = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `q${i}`);
  const condition: fc.Arbitrary<Condition> = fc.oneof(
    fc.constantFrom(...ids).map((fact) => ({ fact })),
    fc
      .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 })
      .map((xs) => ({ all: xs.map((fact) => ({ fact })) })),
    fc
      .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 })
      .map((xs) => ({ any: xs.map((fact) => ({ fact })) })),
  );
  const criterion = fc.record({
    when: condition,
    points: fc.integer({ min: 0, max: 50 }),
    group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
  });
  return fc
    .tuple(fc.array(criterion, { minLength: 1, maxLength: 8 }), fc.option(condition, { nil: undefined }), fc.boolean())
    .map(([criteria, coefficientWhen, penalty]) =>
      makeGrid({
        questions: [
          ...ids.map((id) => ({ id, step: 'situation', kind: 'yesno', label: id })),
          { id: 'refusals', step: 'refus', kind: 'number', label: 'refus' },
        ],
        criteria: [
          ...criteria.map((c, i) => ({ id: `c${i}`, ...c })),
          ...(coefficientWhen
            ? [{ id: 'coef', when: coefficientWhen, coefficient: { factor: 1.3, on: 'positive' } }]
            : []),
          ...(penalty ? [{ id: 'refus', perUnit: { fact: 'refusals', points: -2 } }] : []),
        ],
      }),
    );
});

const sum = (r: ReturnType<typeof evaluate>) => round1(r.lines.reduce((s, l) => s + l.points, 0));

/** Yes/no questions that only ever make positive criteria apply (never negated, never a derived fact's input). */
function positiveYesNo(grid: Grid): string[] {
  const negated = new Set<string>();
  const walk = (c: Condition | undefined, neg: boolean) => {
    if (!c) return;
    if (c.fact && neg) negated.add(c.fact);
    walk(c.not, !neg);
    (c.all ?? c.any ?? []).forEach((x) => walk(x, neg));
  };
  grid.criteria.forEach((c) => walk(c.when, (c.points ?? 0) < 0));
  grid.questions.forEach((q) => walk(q.askIf, true));
  const derivedInputs = new Set(['has_partner', 'visiting_children', 'expected_birth', 'dependent_over_60']);
  return grid.questions
    .filter((q) => q.kind === 'yesno' && !negated.has(q.id) && !derivedInputs.has(q.id))
    .map((q) => q.id);
}

describe('properties on random grids', () => {
  it('answering yes never lowers the score', () => {
    fc.assert(
      fc.property(
        randomGrid.chain((g) => fc.tuple(fc.constant(g), answersOf(g), fc.integer({ min: 0, max: 5 }))),
        ([grid, answers, which]) => {
          const ids = grid.questions.filter((q) => q.kind === 'yesno').map((q) => q.id);
          const id = ids[which % ids.length]!;
          const no = evaluate(grid, { ...answers, [id]: false }).total;
          const yes = evaluate(grid, { ...answers, [id]: true }).total;
          expect(yes).toBeGreaterThanOrEqual(no);
        },
      ),
    );
  });
  it('only one criterion of an exclusive group counts', () => {
    fc.assert(
      fc.property(
        randomGrid.chain((g) => fc.tuple(fc.constant(g), answersOf(g))),
        ([grid, answers]) => {
          const r = evaluate(grid, answers);
          for (const group of ['g1', 'g2']) {
            const counted = grid.criteria.filter((c, i) => c.group === group && r.lines[i]!.points !== 0);
            expect(counted.length).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
  it('the total is the sum of the explanation lines, coefficient included', () => {
    fc.assert(
      fc.property(
        randomGrid.chain((g) => fc.tuple(fc.constant(g), answersOf(g))),
        ([grid, answers]) => {
          const r = evaluate(grid, answers);
          expect(r.total).toBe(sum(r));
        },
      ),
    );
  });
});

describe.each(realGrids)('properties on the real grid $slug', ({ grid }) => {
  it('answering yes to a question of a positive criterion never lowers the score', () => {
    const ids = positiveYesNo(grid);
    expect(ids.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(answersOf(grid), fc.constantFrom(...ids), (answers, id) => {
        expect(evaluate(grid, { ...answers, [id]: true }).total).toBeGreaterThanOrEqual(
          evaluate(grid, { ...answers, [id]: false }).total,
        );
      }),
    );
  });
  it('ticking one more reason never lowers the score', () => {
    const reasons = grid.questions.find((q) => q.id === 'reasons')!;
    fc.assert(
      fc.property(answersOf(grid), fc.constantFrom(...reasons.options!.map((o) => o.value)), (answers, extra) => {
        const before = (answers.reasons as string[]).filter((r) => r !== extra);
        expect(evaluate(grid, { ...answers, reasons: [...before, extra] }).total).toBeGreaterThanOrEqual(
          evaluate(grid, { ...answers, reasons: before }).total,
        );
      }),
    );
  });
  it('one criterion per exclusive group, and the total is the sum of the lines', () => {
    const groups = [...new Set(grid.criteria.flatMap((c) => (c.group ? [c.group] : [])))];
    fc.assert(
      fc.property(answersOf(grid), (answers) => {
        const r = evaluate(grid, answers);
        for (const g of groups)
          expect(grid.criteria.filter((c, i) => c.group === g && r.lines[i]!.points !== 0).length).toBeLessThanOrEqual(
            1,
          );
        expect(r.total).toBe(sum(r));
        expect(r.lines.map((l) => l.id)).toEqual(grid.criteria.map((c) => c.id));
      }),
    );
  });
});
