/**
 * Household category and ceilings, against cases computed by hand from the legal definitions: arrêté du
 * 29 juillet 1987, article 2 (categories), article 1er (PLS = PLUS + 30 %), and the 2026 amounts of
 * data/common/plafonds-ressources.yaml (annexe I of the arrêté du 19 décembre 2025). Every expected
 * figure below is written by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  ceilingOf,
  eligibility,
  householdCategory,
  plsRow,
  zoneOfCommune,
  type CeilingRow,
  type Household,
  type YearCeilings,
} from '../../src/lib/eligibility/index.ts';

const alone: Household = { couple: false, dependants: 0, others: 0, disability: false, applicantAge: 40 };
const couple = (a: number, b: number): Household => ({
  couple: true,
  applicantAge: a,
  partnerAge: b,
  dependants: 0,
  others: 0,
  disability: false,
});

/** The 2026 PLUS rows, copied by hand from the arrêté's annexe I (categories 1–6, then per extra person). */
const year2026: YearCeilings = {
  year: 2026,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  source: 'Arrêté du 19 décembre 2025',
  plus: {
    paris: [26920, 40233, 52740, 62968, 74919, 84304, 9394],
    'ile-de-france': [26920, 40233, 48362, 57930, 68577, 77171, 8598],
    'autres-regions': [23403, 31254, 37584, 45374, 53376, 60156, 6710],
  },
};

describe('catégorie de ménage (arrêté du 29 juillet 1987, article 2)', () => {
  it('une personne seule : catégorie 1', () => {
    expect(householdCategory(alone)).toMatchObject({ persons: 1, category: 1 });
  });

  it('un jeune couple (24 + 29 = 53 ans, sans personne à charge) : catégorie 3', () => {
    expect(householdCategory(couple(24, 29))).toMatchObject({ persons: 2, category: 3, clause: 'young-couple' });
  });

  it('la somme des âges est « au plus égale à 55 ans » : 55 compte, 56 non', () => {
    expect(householdCategory(couple(27, 28)).category).toBe(3);
    expect(householdCategory(couple(28, 28)).category).toBe(2);
  });

  it('un jeune couple avec un enfant n’est plus un « jeune ménage » : 3 personnes, catégorie 3', () => {
    expect(householdCategory({ ...couple(24, 29), dependants: 1 })).toMatchObject({
      persons: 3,
      category: 3,
      clause: 'persons',
    });
  });

  it('un parent seul avec deux enfants : 3 personnes, catégorie 4 (« une personne seule avec deux personnes à charge »)', () => {
    expect(householdCategory({ ...alone, dependants: 2 })).toMatchObject({
      persons: 3,
      category: 4,
      clause: 'single-parent',
    });
  });

  it('un foyer de sept personnes (un couple et cinq enfants) : catégorie 6 et une personne en plus', () => {
    expect(householdCategory({ ...couple(40, 42), dependants: 5 })).toMatchObject({ persons: 7, category: 7 });
  });

  it('une personne seule en situation de handicap : catégorie 2', () => {
    expect(householdCategory({ ...alone, disability: true })).toMatchObject({
      persons: 1,
      category: 2,
      clause: 'disability',
    });
  });

  it('trois personnes dont une en situation de handicap : catégorie 4', () => {
    expect(householdCategory({ ...couple(40, 41), dependants: 1, disability: true }).category).toBe(4);
  });

  it('les règles ne s’additionnent pas : un parent seul en situation de handicap avec un enfant reste en catégorie 3', () => {
    expect(householdCategory({ ...alone, dependants: 1, disability: true }).category).toBe(3);
  });

  it('une autre personne qui n’est pas à charge compte comme une personne, sans « personne seule avec »', () => {
    expect(householdCategory({ ...alone, others: 1 })).toMatchObject({ persons: 2, category: 2 });
  });
});

describe('zone du logement, tirée du code de la commune', () => {
  it.each([
    ['63430', 'autres-regions'], // Thiers
    ['93014', 'ile-de-france'], // Clichy-sous-Bois
    ['93064', 'ile-de-france'], // Rosny-sous-Bois
    ['93048', 'paris'], // Montreuil, touche Paris
    ['93001', 'paris'], // Aubervilliers
    ['92012', 'paris'], // Boulogne-Billancourt
    ['75115', 'paris'], // Paris 15e arrondissement
    ['77288', 'ile-de-france'], // Meaux
    ['24322', 'autres-regions'], // Périgueux
  ])('%s → %s', (code, zone) => {
    expect(zoneOfCommune(code)).toBe(zone);
  });
});

describe('plafonds 2026', () => {
  const plus = (zone: keyof YearCeilings['plus'], h: Household) =>
    eligibility(year2026, zone, h, undefined).products.find((p) => p.product === 'plus')!.ceiling;
  const pls = (zone: keyof YearCeilings['plus'], h: Household) =>
    eligibility(year2026, zone, h, undefined).products.find((p) => p.product === 'pls')!.ceiling;

  it('jeune couple, autres régions : PLUS 37 584 €, PLS 48 859 € (37 584 × 1,3 = 48 859,2)', () => {
    expect(plus('autres-regions', couple(24, 29))).toBe(37584);
    expect(pls('autres-regions', couple(24, 29))).toBe(48859);
  });

  it('parent seul et deux enfants : PLUS 45 374 € en autres régions, 57 930 € en Île-de-France', () => {
    expect(plus('autres-regions', { ...alone, dependants: 2 })).toBe(45374);
    expect(plus('ile-de-france', { ...alone, dependants: 2 })).toBe(57930);
  });

  it('sept personnes : catégorie 6 + 1 personne (60 156 + 6 710 = 66 866 € ; Paris 84 304 + 9 394 = 93 698 €)', () => {
    const seven = { ...couple(40, 42), dependants: 5 };
    expect(plus('autres-regions', seven)).toBe(66866);
    expect(plus('ile-de-france', seven)).toBe(85769);
    expect(plus('paris', seven)).toBe(93698);
  });

  it('personne seule en situation de handicap : le plafond de 2 personnes (31 254 € ; Paris 40 233 €)', () => {
    expect(plus('autres-regions', { ...alone, disability: true })).toBe(31254);
    expect(plus('paris', { ...alone, disability: true })).toBe(40233);
  });

  it('revenus égaux au plafond : oui ; un euro de plus : non pour le PLUS, oui pour le PLS (30 424 €)', () => {
    const at = eligibility(year2026, 'autres-regions', alone, 23403).products;
    expect(at.map((p) => [p.product, p.eligible])).toEqual([
      ['plai', undefined],
      ['plus', true],
      ['pls', true],
    ]);
    const above = eligibility(year2026, 'autres-regions', alone, 23404).products;
    expect(above.map((p) => [p.product, p.ceiling, p.eligible])).toEqual([
      ['plai', undefined, undefined],
      ['plus', 23403, false],
      ['pls', 30424, true],
    ]);
  });

  it('le PLS est le PLUS majoré de 30 %, arrondi à l’euro : les montants PLS publiés pour 2023', () => {
    // PLUS 2023 autres régions, catégories 1 à 5, et les PLS publiés la même année (arrêté du 27 décembre 2022).
    const row2023: CeilingRow = [21878, 29217, 35135, 42417, 49898, 56236, 6273];
    expect(plsRow(row2023).slice(0, 5)).toEqual([28441, 37982, 45676, 55142, 64867]);
  });

  it('catégorie 8 : catégorie 6 et deux personnes en plus', () => {
    expect(ceilingOf(year2026.plus['autres-regions'], 8)).toBe(60156 + 2 * 6710);
  });
});
