/**
 * The facts the cotation computes from the answers (household size, overcrowding, lone parent, ages, waiting
 * time), each at its bounds, and the sentence that explains it. Expected values are worked out by hand from
 * the rules of seed 002 annexe 4; they kill the mutants of src/lib/cotation/facts.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS, minimumSurface, monthsBetween, type Facts } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const grid = makeGrid({
  questions: [{ id: 'q', step: 'situation', kind: 'yesno', label: 'q' }],
  criteria: [{ id: 'c', points: 1 }],
  minimumSurface: {
    reference: 'test',
    rows: [
      { persons: 2, minimum: 16 },
      { persons: 1, minimum: 9 },
      { persons: 3, minimum: 25 },
    ],
  },
});
const fact = (id: string, f: Facts, today?: string) => DERIVED_FACTS[id]!.compute(f, grid, today ? { today } : {});
const text = (id: string, f: Facts, v: boolean) => DERIVED_FACTS[id]!.describe!(f, grid, v);

describe('faits calculés de la cotation', () => {
  it('taille du foyer : le demandeur, le conjoint, les enfants', () => {
    expect(fact('household_size', { has_partner: true, children: 2 })).toBe(4);
    expect(fact('household_size', { has_partner: false, children: 0 })).toBe(1);
    expect(fact('household_size', { has_partner: false })).toBeUndefined();
    expect(fact('household_size', { children: 1 })).toBeUndefined();
  });

  it('surface minimale : la ligne de la taille, la dernière au-delà, rien pour une taille absente', () => {
    expect(minimumSurface(grid, 1)).toBe(9);
    expect(minimumSurface(grid, 3)).toBe(25);
    expect(minimumSurface(grid, 7)).toBe(25);
    const gap = makeGrid({
      questions: [{ id: 'q', step: 'situation', kind: 'yesno', label: 'q' }],
      criteria: [{ id: 'c', points: 1 }],
      minimumSurface: {
        reference: 'test',
        rows: [
          { persons: 1, minimum: 9 },
          { persons: 3, minimum: 25 },
        ],
      },
    });
    expect(minimumSurface(gap, 2)).toBeUndefined();
    expect(
      minimumSurface(
        makeGrid({
          questions: [{ id: 'q', step: 'situation', kind: 'yesno', label: 'q' }],
          criteria: [{ id: 'c', points: 1 }],
        }),
        2,
      ),
    ).toBeUndefined();
  });

  it('mois entre deux mois, jamais négatif', () => {
    expect(monthsBetween('2023-06', '2024-12')).toBe(18);
    expect(monthsBetween('2024-12', '2024-12')).toBe(0);
    expect(monthsBetween('2025-01', '2024-12')).toBe(0);
    expect(monthsBetween('2023-6', '2024-12')).toBeUndefined();
    expect(monthsBetween('2023-06', 'décembre')).toBeUndefined();
  });

  it('ancienneté en mois et en années pleines, au mois de calcul', () => {
    expect(fact('seniority_months', { demand_month: '2020-12' }, '2024-12')).toBe(48);
    expect(fact('seniority_years', { demand_month: '2021-01' }, '2024-12')).toBe(3);
    expect(fact('seniority_years', { demand_month: '2020-12' }, '2024-12')).toBe(4);
    expect(fact('seniority_years', { demand_month: '2020-12' })).toBeUndefined();
    expect(fact('seniority_months', {}, '2024-12')).toBeUndefined();
  });

  it('trop de personnes pour les pièces : personnes > pièces + 1', () => {
    expect(fact('overcrowded_rooms', { has_partner: true, children: 2, rooms: 2 })).toBe(true);
    expect(fact('overcrowded_rooms', { has_partner: true, children: 1, rooms: 2 })).toBe(false);
    expect(fact('overcrowded_rooms', { has_partner: true, children: 1, rooms: null })).toBe(false);
    expect(fact('overcrowded_rooms', { has_partner: true, children: 1 })).toBeUndefined();
    expect(text('overcrowded_rooms', { has_partner: true, children: 2, rooms: 2 }, true)).toBe(
      'Vous êtes 4 personnes pour 2 pièces.',
    );
    expect(text('overcrowded_rooms', { has_partner: false, children: 0, rooms: 1 }, false)).toBe(
      'Vous êtes 1 personne pour 1 pièce. Il faut au moins 2 personnes de plus que de pièces.',
    );
  });

  it('logement trop petit en m² : sous le minimum de la taille du foyer', () => {
    expect(fact('overcrowded_surface', { has_partner: true, children: 0, surface: 15 })).toBe(true);
    expect(fact('overcrowded_surface', { has_partner: true, children: 0, surface: 16 })).toBe(false);
    expect(fact('overcrowded_surface', { has_partner: true, children: 0, surface: null })).toBe(false);
    expect(fact('overcrowded_surface', { has_partner: true, surface: 15 })).toBeUndefined();
    expect(text('overcrowded_surface', { has_partner: true, children: 0, surface: 15 }, true)).toBe(
      'Vous êtes 2 personnes pour 15 m². Le minimum est 16 m².',
    );
    expect(text('overcrowded_surface', { has_partner: true, children: 0, surface: 20 }, false)).toBe(
      'Vous êtes 2 personnes pour 20 m². Il faut moins de 16 m².',
    );
  });

  it('logement trop petit : les pièces ou la surface, et la phrase qui dit lequel', () => {
    const rooms = { has_partner: true, children: 2, rooms: 2, surface: 40 };
    expect(fact('overcrowded', rooms)).toBe(true);
    expect(text('overcrowded', rooms, true)).toBe('Vous êtes 4 personnes pour 2 pièces.');
    const surface = { has_partner: true, children: 0, rooms: 3, surface: 12 };
    expect(fact('overcrowded', surface)).toBe(true);
    expect(text('overcrowded', surface, true)).toBe('Vous êtes 2 personnes pour 12 m². Le minimum est 16 m².');
    const neither = { has_partner: true, children: 0, rooms: null, surface: null };
    expect(fact('overcrowded', neither)).toBe(false);
    expect(text('overcrowded', neither, false)).toBe('Votre logement n’est pas trop petit pour le foyer.');
  });

  it('logement trop grand : personnes < pièces − 1', () => {
    expect(fact('under_occupied', { has_partner: false, children: 0, rooms: 3 })).toBe(true);
    expect(fact('under_occupied', { has_partner: false, children: 0, rooms: 2 })).toBe(false);
    expect(fact('under_occupied', { has_partner: false, children: 0, rooms: null })).toBe(false);
    expect(fact('under_occupied', { has_partner: false, rooms: 3 })).toBeUndefined();
    expect(text('under_occupied', { has_partner: false, children: 1, rooms: 3 }, false)).toBe(
      'Vous êtes 2 personnes pour 3 pièces. Il faut au moins 2 pièces de plus que de personnes.',
    );
  });

  it('enfant mineur au foyer', () => {
    expect(fact('minor_in_household', { children: 1 })).toBe(true);
    expect(fact('minor_in_household', { children: 0, visiting_children: true })).toBe(true);
    expect(fact('minor_in_household', { children: 0, visiting_children: false })).toBe(false);
    expect(fact('minor_in_household', { children: 0 })).toBeUndefined();
    expect(text('minor_in_household', {}, true)).toBe('Au moins un enfant mineur vit avec vous.');
    expect(text('minor_in_household', {}, false)).toBe('Aucun enfant mineur ne vit avec vous.');
  });

  it('parent seul : un enfant (à charge, en visite ou attendu) et pas de conjoint', () => {
    expect(fact('lone_parent', { has_partner: false, children: 1 })).toBe(true);
    expect(fact('lone_parent', { has_partner: false, children: 0, visiting_children: true })).toBe(true);
    expect(fact('lone_parent', { has_partner: false, children: 0, expected_birth: true })).toBe(true);
    expect(fact('lone_parent', { has_partner: true, children: 2 })).toBe(false);
    expect(
      fact('lone_parent', { has_partner: false, children: 0, visiting_children: false, expected_birth: false }),
    ).toBe(false);
    expect(fact('lone_parent', { children: 1 })).toBeUndefined();
    expect(text('lone_parent', {}, true)).toBe('Vous élevez seul au moins un enfant.');
    expect(text('lone_parent', { has_partner: true }, false)).toBe('Vous faites la demande en couple.');
    expect(text('lone_parent', { has_partner: false }, false)).toBe('Vous n’avez pas d’enfant à charge.');
  });

  it('foyer de moins de 30 ans : le demandeur et le conjoint', () => {
    expect(fact('under_30_household', { applicant_age: 29, has_partner: false })).toBe(true);
    expect(fact('under_30_household', { applicant_age: 30, has_partner: false })).toBe(false);
    expect(fact('under_30_household', { applicant_age: 25, has_partner: true, partner_age: 29 })).toBe(true);
    expect(fact('under_30_household', { applicant_age: 25, has_partner: true, partner_age: 30 })).toBe(false);
    expect(fact('under_30_household', { applicant_age: 25, has_partner: true })).toBeUndefined();
    expect(fact('under_30_household', { applicant_age: 25 })).toBeUndefined();
    expect(text('under_30_household', { has_partner: true }, true)).toBe(
      'Vous et votre conjoint avez moins de 30 ans.',
    );
    expect(text('under_30_household', { has_partner: true }, false)).toBe(
      'Il faut que vous et votre conjoint ayez moins de 30 ans.',
    );
    expect(text('under_30_household', { has_partner: false }, true)).toBe('Vous avez moins de 30 ans.');
    expect(text('under_30_household', { has_partner: false, applicant_age: 34 }, false)).toBe(
      'Vous avez 34 ans. Il faut avoir moins de 30 ans.',
    );
  });

  it('60 ans ou plus, plus de 75 ans : le demandeur, le conjoint ou une personne à charge', () => {
    expect(fact('over_60', { applicant_age: 60, has_partner: false })).toBe(true);
    expect(fact('over_60', { applicant_age: 59, has_partner: false, dependent_over_60: false })).toBe(false);
    expect(fact('over_60', { applicant_age: 40, has_partner: true, partner_age: 61 })).toBe(true);
    expect(fact('over_60', { applicant_age: 40, has_partner: false, dependent_over_60: true })).toBe(true);
    expect(fact('over_60', { applicant_age: 40, has_partner: false })).toBeUndefined();
    expect(text('over_60', {}, true)).toBe('Une personne du foyer a 60 ans ou plus.');
    expect(text('over_60', {}, false)).toBe('Personne du foyer n’a 60 ans ou plus.');
    expect(fact('over_75', { applicant_age: 75, has_partner: false })).toBe(false);
    expect(fact('over_75', { applicant_age: 76, has_partner: false })).toBe(true);
    expect(fact('over_75', { applicant_age: 70, has_partner: true, partner_age: 76 })).toBe(true);
    expect(fact('over_75', { applicant_age: 70, has_partner: true, partner_age: 75 })).toBe(false);
    expect(fact('over_75', { applicant_age: 70, has_partner: true })).toBeUndefined();
    expect(fact('over_75', { has_partner: false })).toBeUndefined();
    expect(text('over_75', { has_partner: true }, true)).toBe('Vous ou votre conjoint avez plus de 75 ans.');
    expect(text('over_75', { has_partner: false }, true)).toBe('Vous avez plus de 75 ans.');
    expect(text('over_75', { has_partner: true }, false)).toBe(
      'Il faut que vous ou votre conjoint ayez plus de 75 ans.',
    );
    expect(text('over_75', { has_partner: false, applicant_age: 70 }, false)).toBe(
      'Vous avez 70 ans. Il faut avoir plus de 75 ans.',
    );
  });
});
