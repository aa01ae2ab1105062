/**
 * The facts of the cotation when an answer is missing, not concerned or not a real value: an unknown fact stays
 * unknown (the line waits for the answer) and is never read as « no ». Also: « je ne sais pas » in a choice, a
 * question hidden by its askIf, a derived fact whose questions the grid does not all ask, dates that are not
 * « AAAA-MM ». Expected values written by hand; they kill the mutants of src/lib/cotation/facts.ts.
 */
import { describe, expect, it } from 'vitest';
import { computeFacts, DERIVED_FACTS, monthsBetween, type Facts } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const asked = (ids: string[]) =>
  makeGrid({
    questions: ids.map((id) => ({ id, step: 'foyer', kind: 'number', label: id })),
    criteria: [{ id: 'c', points: 1 }],
  });
const grid = makeGrid({
  questions: [{ id: 'q', step: 'situation', kind: 'yesno', label: 'q' }],
  criteria: [{ id: 'c', points: 1 }],
  minimumSurface: { reference: 'test', rows: [{ persons: 2, minimum: 16 }] },
});
const fact = (id: string, f: Facts) => DERIVED_FACTS[id]!.compute(f, grid, { today: '2024-12' });
const describe_ = (id: string, f: Facts, v: boolean) => DERIVED_FACTS[id]!.describe!(f, grid, v);

describe('une réponse qui manque reste inconnue', () => {
  it('nombre de pièces ou surface absents : trop petit et trop grand restent inconnus', () => {
    const couple = { has_partner: true, children: 1 };
    expect(fact('overcrowded_rooms', couple)).toBeUndefined();
    expect(fact('overcrowded_surface', couple)).toBeUndefined();
    expect(fact('under_occupied', couple)).toBeUndefined();
    // The rooms are known but not the household: still unknown.
    expect(fact('overcrowded_rooms', { rooms: 3 })).toBeUndefined();
    // A grid without a table of minimum surfaces cannot say either.
    expect(DERIVED_FACTS.overcrowded_surface!.compute({ ...couple, surface: 20 }, asked(['q']), {})).toBeUndefined();
    // 3 persons, beyond the last row (2 persons, 16 m²): the last row applies.
    expect(fact('overcrowded_surface', { ...couple, surface: 15 })).toBe(true);
    // 2 persons, 15 m² under the 16 m² of the table.
    expect(fact('overcrowded_surface', { has_partner: true, children: 0, surface: 15 })).toBe(true);
  });

  it('un nombre qui n’en est pas un (texte, infini) ou un oui écrit en texte : inconnu', () => {
    expect(fact('household_size', { has_partner: false, children: '2' })).toBeUndefined();
    expect(fact('household_size', { has_partner: false, children: Infinity })).toBeUndefined();
    expect(fact('household_size', { has_partner: 'oui', children: 2 })).toBeUndefined();
    expect(fact('household_size', { has_partner: true, children: 2 })).toBe(4);
  });

  it('enfants inconnus : mineur et parent seul restent inconnus quand le reste dit non', () => {
    expect(fact('minor_in_household', { visiting_children: false })).toBeUndefined();
    expect(fact('minor_in_household', { visiting_children: true })).toBe(true);
    expect(
      fact('lone_parent', { has_partner: false, visiting_children: false, expected_birth: false }),
    ).toBeUndefined();
    expect(
      fact('lone_parent', { has_partner: false, children: 0, visiting_children: false, expected_birth: false }),
    ).toBe(false);
  });

  it('moins de 30 ans : l’âge du demandeur ou du conjoint absent, inconnu', () => {
    expect(fact('under_30_household', { has_partner: false })).toBeUndefined();
    expect(fact('under_30_household', { has_partner: true, applicant_age: 25 })).toBeUndefined();
    expect(fact('under_30_household', { has_partner: true, applicant_age: 25, partner_age: 29 })).toBe(true);
    expect(fact('under_30_household', { has_partner: false, applicant_age: 30 })).toBe(false);
  });
});

describe('les phrases des faits calculés', () => {
  it('pièce au singulier sous 2, pièces au-dessus ; la phrase du logement trop grand', () => {
    const one = { has_partner: false, children: 0, rooms: 1 };
    const four = { has_partner: false, children: 0, rooms: 4 };
    expect(describe_('under_occupied', one, false)).toBe(
      'Vous êtes 1 personne pour 1 pièce. Il faut au moins 2 pièces de plus que de personnes.',
    );
    expect(describe_('under_occupied', four, true)).toBe('Vous êtes 1 personne pour 4 pièces.');
  });

  it('logement trop petit : pièces et surface sans objet, la phrase par défaut ; surface sans objet, la phrase des pièces seule', () => {
    expect(describe_('overcrowded', { has_partner: true, children: 0, rooms: null, surface: null }, false)).toBe(
      'Votre logement n’est pas trop petit pour le foyer.',
    );
    // Both too few rooms and too small: both sentences, one after the other.
    expect(describe_('overcrowded', { has_partner: true, children: 2, rooms: 1, surface: 10 }, true)).toBe(
      'Vous êtes 4 personnes pour 1 pièce. Vous êtes 4 personnes pour 10 m². Le minimum est 16 m².',
    );
    expect(describe_('overcrowded', { has_partner: true, children: 0, rooms: 3, surface: null }, false)).toBe(
      'Vous êtes 2 personnes pour 3 pièces. Il faut au moins 2 personnes de plus que de pièces.',
    );
  });
});

describe('les réponses lues par la cotation', () => {
  const g = makeGrid({
    questions: [
      { id: 'oui', step: 'situation', kind: 'yesno', label: 'Oui ?' },
      {
        id: 'logement',
        step: 'logement',
        kind: 'choice',
        label: 'Où ?',
        options: [
          { value: 'rue', label: 'À la rue' },
          { value: 'nsp', label: 'Je ne sais pas', unknown: true },
        ],
      },
      { id: 'pieces', step: 'logement', kind: 'number', label: 'Pièces ?', askIf: { fact: 'oui' } },
    ],
    criteria: [{ id: 'c', points: 1 }],
  });

  it('« je ne sais pas » est une réponse inconnue ; une autre réponse est gardée', () => {
    expect(computeFacts(g, { logement: 'nsp' }).logement).toBeUndefined();
    expect(computeFacts(g, { logement: 'rue' }).logement).toBe('rue');
  });

  it('une question cachée par sa condition ne vous concerne pas (null) ; montrée, sa réponse est lue', () => {
    expect(computeFacts(g, { oui: false, pieces: 3 }).pieces).toBeNull();
    expect(computeFacts(g, { oui: true, pieces: 3 }).pieces).toBe(3);
    expect(computeFacts(g, { pieces: 3 }).pieces).toBe(3);
  });

  it('un fait calculé n’existe que si la grille pose toutes ses questions', () => {
    expect(Object.keys(computeFacts(asked(['has_partner']), { has_partner: 1 }))).toEqual(['has_partner']);
    expect(Object.keys(computeFacts(asked(['has_partner', 'children']), {}))).toEqual([
      'has_partner',
      'children',
      'household_size',
    ]);
  });
});

describe('les dates « AAAA-MM »', () => {
  it('une date avec un jour, ou précédée d’un texte, n’est pas lue', () => {
    expect(monthsBetween('2023-06-15', '2024-06')).toBeUndefined();
    expect(monthsBetween('le 2023-06', '2024-06')).toBeUndefined();
    expect(monthsBetween('2023-06', '2024-06')).toBe(12);
  });
});
