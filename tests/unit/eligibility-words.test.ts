/**
 * The words said to people: the premier quartile sentence with and without the territory's setting, and
 * the answer's sentences for a household (expected texts written by hand).
 */
import { describe, expect, it } from 'vitest';
import {
  eligibility,
  eligibilityWords,
  firstQuartileText,
  type YearCeilings,
} from '../../src/lib/eligibility/index.ts';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

const year: YearCeilings = {
  year: 2026,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  source: 'Arrêté du 19 décembre 2025',
  published: '2025-12-24',
  plus: {
    paris: [26920, 40233, 52740, 62968, 74919, 84304, 9394],
    'ile-de-france': [26920, 40233, 48362, 57930, 68577, 77171, 8598],
    'autres-regions': [23403, 31254, 37584, 45374, 53376, 60156, 6710],
  },
};

describe('seuil du premier quartile', () => {
  it('sans réglage, la question dit honnêtement que le site n’a pas le montant', () => {
    expect(firstQuartileText(undefined, 'Thiers Dore et Montagne')).toBe(
      'Ce site n’a pas encore le montant de Thiers Dore et Montagne. Le guichet le connaît.',
    );
  });

  it('avec le réglage : le montant en euros, l’année, la source et sa date', () => {
    const text = firstQuartileText(
      { euros: 10512, year: 2026, reference: 'arrêté préfectoral n° 2026-12', date: '2026-05-03' },
      'Grand Paris Grand Est',
    );
    expect(plain(text)).toBe(
      'En 2026, à Grand Paris Grand Est, le montant est 10 512 euros par an pour une personne seule. Pour un foyer plus grand, le montant est plus haut : le guichet fait le calcul. Source : arrêté préfectoral n° 2026-12, du 3 mai 2026.',
    );
  });
});

describe('phrases de la réponse', () => {
  it('un parent seul avec deux enfants à Thiers, 40 000 € : oui pour le PLUS, le PLAI manque', () => {
    const answer = eligibility(
      year,
      'autres-regions',
      { couple: false, dependants: 2, others: 0, disability: false },
      40000,
    );
    const words = eligibilityWords(answer, year, 'Thiers');
    expect(words.summary).toBe('Oui, vous pouvez demander un logement social.');
    expect(words.zone).toBe('Thiers est dans la zone « Autres régions ».');
    expect(words.products.map((p) => plain(p.text))).toEqual([
      'Pour les logements aux loyers les plus bas (PLAI), ce site n’a pas encore le plafond de 2026. Demandez-le au guichet.',
      'Oui pour les logements sociaux ordinaires (PLUS). Le plafond est 45 374 euros par an.',
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 58 986 euros par an.',
    ]);
    expect(words.source).toBe(
      'Plafonds de l’année 2026. Source : Arrêté du 19 décembre 2025, publié au Journal officiel le 24 décembre 2025.',
    );
  });

  it('sans revenus écrits : les plafonds seulement, et on demande les revenus', () => {
    const answer = eligibility(
      year,
      'paris',
      { couple: false, dependants: 0, others: 0, disability: false },
      undefined,
    );
    const words = eligibilityWords(answer, year, 'Montreuil');
    expect(words.summary).toBe('Écrivez vos revenus pour avoir la réponse.');
    expect(plain(words.products[1]!.text)).toBe(
      'Pour les logements sociaux ordinaires (PLUS), le plafond est 26 920 euros par an.',
    );
  });
});
