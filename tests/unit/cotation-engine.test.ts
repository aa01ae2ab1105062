import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const yes = (id: string) => ({ id, step: 'situation', kind: 'yesno', label: id });
const number = (id: string) => ({ id, step: 'anciennete', kind: 'number', label: id, unit: 'mois' });

describe('point kinds', () => {
  it('fixed points count only when the condition holds', () => {
    const grid = makeGrid({ questions: [yes('dalo')], criteria: [{ id: 'dalo', when: { fact: 'dalo' }, points: 50 }] });
    expect(evaluate(grid, { dalo: true }).total).toBe(50);
    const no = evaluate(grid, { dalo: false });
    expect(no.total).toBe(0);
    expect(no.lines[0]).toMatchObject({ status: 'not_applicable', points: 0 });
  });

  it('a question named like a member of Object is unanswered until answered', () => {
    const grid = makeGrid({
      questions: [yes('constructor')],
      criteria: [{ id: 'c', when: { fact: 'constructor' }, points: 50 }],
    });
    expect(evaluate(grid, {}).lines[0]).toMatchObject({ status: 'missing', missing: ['constructor'] });
    expect(evaluate(grid, { constructor: true }).total).toBe(50);
  });

  it('a missing answer gives status missing, not « no »', () => {
    const grid = makeGrid({ questions: [yes('dalo')], criteria: [{ id: 'dalo', when: { fact: 'dalo' }, points: 50 }] });
    const r = evaluate(grid, {});
    expect(r.lines[0]).toMatchObject({ status: 'missing', missing: ['dalo'] });
    expect(r.lines[0]!.because).toBe('Il manque votre réponse à « dalo ».');
    expect(r.missing).toEqual([{ id: 'dalo', label: 'dalo', criteria: ['dalo'], atStake: 50 }]);
  });

  it('per-unit points multiply, with a cap, and may be negative', () => {
    const grid = makeGrid({
      questions: [number('seniority_months'), number('refusals')],
      criteria: [
        { id: 'anciennete', perUnit: { fact: 'seniority_months', points: 0.4, max: 20 } },
        { id: 'refus', perUnit: { fact: 'refusals', points: -2 } },
      ],
    });
    expect(evaluate(grid, { seniority_months: 18, refusals: 0 }).total).toBe(7.2);
    expect(evaluate(grid, { seniority_months: 100, refusals: 0 }).lines[0]!.points).toBe(20);
    const r = evaluate(grid, { seniority_months: 10, refusals: 3 });
    expect(r.lines[1]).toMatchObject({ points: -6, status: 'applied' });
    expect(r.total).toBe(-2);
  });

  it('bands give the points of the band, plus points per unit above the last one, from the month of the demand', () => {
    const grid = makeGrid({
      questions: [{ id: 'demand_month', step: 'anciennete', kind: 'month', label: 'date' }],
      criteria: [
        {
          id: 'anciennete',
          bands: {
            fact: 'seniority_years',
            steps: [
              { from: 3, to: 5, points: 3 },
              { from: 5, to: 10, points: 5 },
              { from: 10, points: 10, perUnitAbove: 1 },
            ],
          },
        },
      ],
    });
    const at = (years: number) => evaluate(grid, { demand_month: `${2024 - years}-06` }, { today: '2024-06' }).total;
    expect([at(2), at(3), at(4), at(5), at(9), at(10), at(13)]).toEqual([0, 3, 3, 5, 5, 10, 13]);
    expect(evaluate(grid, { demand_month: '2022-06' }, { today: '2024-06' }).lines[0]!.because).toBe(
      'Votre demande date de juin 2022. Pour vous : 2 ans. Les points commencent à 3 ans.',
    );
    expect(evaluate(grid, { demand_month: '2018-06' }, { today: '2024-06' }).lines[0]!.because).toBe(
      'Votre demande date de juin 2018. Pour vous : 6 ans. Le palier de 5 à 10 ans donne 5 points.',
    );
    // Without today's month the waiting time is unknown, never 0.
    expect(evaluate(grid, { demand_month: '2018-06' }).lines[0]!.status).toBe('missing');
  });

  it('a coefficient multiplies the sum of the positive points, and its line holds the difference', () => {
    const grid = makeGrid({
      questions: [yes('a'), yes('q'), number('refusals')],
      criteria: [
        { id: 'a', when: { fact: 'a' }, points: 20 },
        { id: 'q', when: { fact: 'q' }, coefficient: { factor: 1.3, on: 'positive' } },
        { id: 'refus', perUnit: { fact: 'refusals', points: -2 } },
      ],
    });
    const r = evaluate(grid, { a: true, q: true, refusals: 1 });
    expect(r.lines.map((l) => l.points)).toEqual([20, 6, -2]);
    expect(r.total).toBe(24);
  });

  it('a criterion without points shows its note and counts 0', () => {
    const grid = makeGrid({
      questions: [yes('a')],
      criteria: [{ id: 'a', when: { fact: 'a' }, note: 'Sans points.' }],
    });
    const r = evaluate(grid, { a: true });
    expect(r.lines[0]).toMatchObject({ points: 0, matched: true });
    expect(r.lines[0]!.because).toBe('Vous avez coché « a ». Sans points.');
  });
});

describe('a criterion that does not apply says which condition failed', () => {
  const grid = makeGrid({
    questions: [
      yes('dalo'),
      {
        id: 'reasons',
        step: 'motifs',
        kind: 'multi',
        label: 'Pourquoi ?',
        options: [
          { value: 'loyer', label: 'Mon loyer est trop cher.' },
          { value: 'divorce', label: 'Je divorce.' },
        ],
      },
    ],
    criteria: [
      { id: 'dalo', when: { fact: 'dalo' }, points: 50 },
      { id: 'loyer', when: { all: [{ fact: 'reasons', has: 'loyer' }, { not: { fact: 'dalo' } }] }, points: 10 },
    ],
  });
  it('an unticked box', () => {
    expect(evaluate(grid, { dalo: false, reasons: [] }).lines[0]!.because).toBe('Vous n’avez pas coché « dalo ».');
  });
  it('the first failing part of « all », and a « not » said the right way round', () => {
    expect(evaluate(grid, { dalo: false, reasons: ['divorce'] }).lines[1]!.because).toBe(
      'Vous n’avez pas coché « Mon loyer est trop cher ».',
    );
    expect(evaluate(grid, { dalo: true, reasons: ['loyer'] }).lines[1]!.because).toBe('Vous avez coché « dalo ».');
  });
});

describe('exclusive groups', () => {
  const grid = makeGrid({
    questions: [yes('a'), yes('b'), yes('c')],
    criteria: [
      { id: 'a', when: { fact: 'a' }, points: 10, group: 'g' },
      { id: 'b', when: { fact: 'b' }, points: 25, group: 'g' },
      { id: 'c', when: { fact: 'c' }, points: 5 },
    ],
  });
  it('only the best criterion of a group counts; others stay', () => {
    const r = evaluate(grid, { a: true, b: true, c: true });
    expect(r.total).toBe(30);
    expect(r.lines[0]).toMatchObject({ points: 0, status: 'not_applicable', matched: true });
    expect(r.lines[0]!.because).toContain('Un seul critère');
  });
  it('on a tie the first criterion of the file wins', () => {
    const tie = makeGrid({
      questions: [yes('a'), yes('b')],
      criteria: [
        { id: 'a', when: { fact: 'a' }, points: 10, group: 'g' },
        { id: 'b', when: { fact: 'b' }, points: 10, group: 'g' },
      ],
    });
    expect(evaluate(tie, { a: true, b: true }).lines.map((l) => l.points)).toEqual([10, 0]);
  });
});

describe('derived facts computed as the CERFA does', () => {
  const household = [
    { id: 'applicant_age', step: 'foyer', kind: 'number', label: 'âge' },
    { id: 'has_partner', step: 'foyer', kind: 'yesno', label: 'conjoint' },
    { id: 'partner_age', step: 'foyer', kind: 'number', label: 'âge conjoint', askIf: { fact: 'has_partner' } },
    { id: 'children', step: 'foyer', kind: 'number', label: 'enfants' },
    { id: 'visiting_children', step: 'foyer', kind: 'yesno', label: 'visite' },
    { id: 'expected_birth', step: 'foyer', kind: 'yesno', label: 'bébé' },
    { id: 'dependent_over_60', step: 'foyer', kind: 'yesno', label: '60 ans à charge' },
    { id: 'rooms', step: 'logement', kind: 'number', label: 'pièces' },
    { id: 'surface', step: 'logement', kind: 'number', label: 'surface' },
  ];
  const facts = [
    'overcrowded_rooms',
    'overcrowded_surface',
    'lone_parent',
    'under_30_household',
    'over_60',
    'under_occupied',
  ];
  const grid = makeGrid({
    questions: household,
    minimumSurface: {
      reference: 'test',
      rows: [
        { persons: 1, minimum: 9 },
        { persons: 2, minimum: 16 },
        { persons: 3, minimum: 25 },
        { persons: 4, minimum: 34 },
      ],
    },
    criteria: facts.map((f) => ({ id: f.replace(/_/g, '-'), when: { fact: f }, points: 1 })),
  });
  const base = {
    applicant_age: 35,
    has_partner: false,
    children: 0,
    visiting_children: false,
    expected_birth: false,
    dependent_over_60: false,
    rooms: 2,
    surface: 40,
  };
  const applied = (answers: Record<string, unknown>) =>
    evaluate(grid, { ...base, ...answers } as never)
      .lines.filter((l) => l.status === 'applied')
      .map((l) => l.id);

  it('overcrowding by rooms: more persons than rooms plus 1', () => {
    expect(applied({ has_partner: true, partner_age: 35, children: 2, rooms: 2 })).toContain('overcrowded-rooms');
    expect(applied({ has_partner: true, partner_age: 35, children: 1, rooms: 2 })).not.toContain('overcrowded-rooms');
  });
  it('overcrowding by surface: below the minimum of the table, the last row covering larger households', () => {
    expect(applied({ children: 2, surface: 24 })).toContain('overcrowded-surface');
    expect(applied({ children: 2, surface: 25 })).not.toContain('overcrowded-surface');
    expect(applied({ has_partner: true, partner_age: 30, children: 5, surface: 33, rooms: 6 })).toContain(
      'overcrowded-surface',
    );
  });
  it('lone parent: a child at home, visiting or expected, and no partner', () => {
    expect(applied({ children: 1 })).toContain('lone-parent');
    expect(applied({ expected_birth: true })).toContain('lone-parent');
    expect(applied({ children: 1, has_partner: true, partner_age: 30 })).not.toContain('lone-parent');
  });
  it('under-30 household: applicant and partner both under 30', () => {
    expect(applied({ applicant_age: 25 })).toContain('under-30-household');
    expect(applied({ applicant_age: 25, has_partner: true, partner_age: 31 })).not.toContain('under-30-household');
  });
  it('over 60: applicant, partner or a dependent person', () => {
    expect(applied({ has_partner: true, partner_age: 61 })).toContain('over-60');
    expect(applied({ dependent_over_60: true })).toContain('over-60');
    expect(applied({})).not.toContain('over-60');
  });
  it('under-occupation: fewer persons than rooms minus 1', () => {
    expect(applied({ rooms: 4 })).toContain('under-occupied');
  });
  it('overcrowding that does not apply gives the household figures and the rule', () => {
    const r = evaluate(grid, {
      ...base,
      has_partner: true,
      partner_age: 35,
      children: 1,
      rooms: 2,
      surface: 40,
    } as never);
    expect(r.lines.find((l) => l.id === 'overcrowded-rooms')!.because).toBe(
      'Vous êtes 3 personnes pour 2 pièces. Il faut au moins 2 personnes de plus que de pièces.',
    );
  });
  it('a question hidden by askIf is « not concerned », not missing', () => {
    const r = evaluate(grid, { ...base, applicant_age: 25 } as never);
    expect(r.lines.find((l) => l.id === 'under-30-household')).toMatchObject({ status: 'applied' });
  });
});
