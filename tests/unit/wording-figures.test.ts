/**
 * The words of one figure (src/lib/wording: durations, figures, status, sources, labels, commune names), one
 * case per branch and per boundary. Every expected sentence is written by hand here.
 */
import { describe, expect, it } from 'vitest';
import {
  countText,
  durationText,
  figureStatus,
  financingRowLabel,
  inCommune,
  indicatorDuration,
  isValue,
  latest,
  lowerBoundText,
  ofCommune,
  pressureText,
  pressureWords,
  sizesGiven,
  sourceFor,
  sourceText,
  waitSentence,
  waitState,
  waitText,
  waitingLowerBound,
  wholeMonths,
  yearsAndMonths,
} from '../../src/lib/wording/index.ts';
import type { SourceInfo } from '../../src/lib/dataset/index.ts';
import { fig, secondary, small, source } from '../helpers/demand-figures.ts';

describe('years and months', () => {
  it.each([
    [0, '0 mois'],
    [1, '1 mois'],
    [11, '11 mois'],
    [12, '1 an'],
    [13, '1 an et 1 mois'],
    [24, '2 ans'],
    [25, '2 ans et 1 mois'],
    [46, '3 ans et 10 mois'],
  ])('%i months: %s', (months, words) => {
    expect(yearsAndMonths(months)).toBe(words);
  });

  it.each([
    [0, 'moins de 1 mois'],
    [0.49, 'moins de 1 mois'],
    [0.5, 'environ 1 mois'],
    [1, 'environ 1 mois'],
    [11.4, 'environ 11 mois'],
    [11.5, 'environ 1 an'],
    [30.6, 'environ 2 ans et 7 mois'],
  ])('a computed wait of %f months: %s', (months, words) => {
    expect(durationText(months)).toBe(words);
  });

  it.each([
    [5, 'au moins 5 mois'],
    [11.5, 'plus de 11 mois'],
    [12, 'au moins 1 an'],
    [12.5, 'plus de 1 an'],
    [24, 'au moins 2 ans'],
    [30, 'plus de 2 ans'],
  ])('a lower bound of %f months: %s', (months, words) => {
    expect(lowerBoundText(months)).toBe(words);
  });

  it('rounds half a month up for sorting', () => {
    expect(wholeMonths(2.5)).toBe(3);
    expect(wholeMonths(2.4)).toBe(2);
  });
});

describe('counts and pressure in words', () => {
  it('writes a count, a small hidden count and another hidden count', () => {
    expect(countText(undefined, 5)).toBe('pas de chiffre');
    expect(countText(0, 5)).toBe('0');
    expect(countText(1615, 5)).toBe('1\u202f615');
    expect(countText(small, 5)).toBe('moins de 5');
    expect(countText(small, 11)).toBe('moins de 11');
    expect(countText(secondary, 5)).toBe('caché');
    expect(countText(source, 5)).toBe('caché');
  });

  it.each([
    [0.2, '1 demande pour 1 logement donné'],
    [1.4, '1 demande pour 1 logement donné'],
    [1.5, '2 demandes pour 1 logement donné'],
    [8.2, '8 demandes pour 1 logement donné'],
    [1234.4, '1\u202f234 demandes pour 1 logement donné'],
  ])('pressure %f: %s', (pressure, words) => {
    expect(pressureWords(pressure)).toBe(words);
  });
});

describe('the lower bound implied by « moins de N »', () => {
  it.each([
    [10, 5, 30],
    [1, 5, 3],
    [10, 2, 120],
  ])('%i demands, threshold %i: at least %f months', (pending, threshold, months) => {
    expect(waitingLowerBound(pending, threshold)).toBe(months);
  });

  it('gives no bound without demands or with a threshold of 1', () => {
    expect(waitingLowerBound(0, 5)).toBeUndefined();
    expect(waitingLowerBound(10, 1)).toBeUndefined();
    expect(waitingLowerBound(10, 0)).toBeUndefined();
  });
});

describe('what can be said of one wait', () => {
  it('computes from published counts first', () => {
    expect(waitState(fig({ pending: 10, attributions: 4, waitingMonths: 99, pressure: 9 }), 5)).toEqual({
      kind: 'value',
      months: 30,
      pressure: 2.5,
    });
  });

  it('takes the published months when a count is not given', () => {
    expect(waitState(fig({ pending: source, attributions: source, waitingMonths: 24, pressure: 3 }), 5)).toEqual({
      kind: 'value',
      months: 24,
      pressure: 3,
    });
    // No published pressure: the same ratio, from the months.
    expect(waitState(fig({ pending: source, attributions: 6, waitingMonths: 18, pressure: null }), 5)).toEqual({
      kind: 'value',
      months: 18,
      pressure: 1.5,
    });
  });

  it('says that nothing was given, with the demands when they are published', () => {
    expect(waitState(fig({ pending: 7, attributions: 0 }), 5)).toStrictEqual({ kind: 'noneGiven', pending: 7 });
    expect(waitState(fig({ pending: 0, attributions: 0 }), 5)).toStrictEqual({ kind: 'noneGiven', pending: 0 });
    expect(waitState(fig({ pending: secondary, attributions: 0 }), 5)).toStrictEqual({ kind: 'noneGiven' });
  });

  it('gives a lower bound only for a small hidden count of homes given', () => {
    expect(waitState(fig({ pending: 10, attributions: small }), 5)).toEqual({
      kind: 'lowerBound',
      months: 30,
      pressure: 2.5,
    });
    expect(waitState(fig({ pending: 10, attributions: small }), 1)).toEqual({ kind: 'hidden', reason: 'small' });
    expect(waitState(fig({ pending: 0, attributions: small }), 5)).toEqual({ kind: 'hidden', reason: 'small' });
    // The reason is the hidden count's: the open data's status says it (« moins de 5 » first).
    expect(waitState(fig({ pending: 10, attributions: secondary }), 5)).toEqual({
      kind: 'hidden',
      reason: 'secondary',
    });
    expect(waitState(fig({ pending: small, attributions: small }), 5)).toEqual({ kind: 'hidden', reason: 'small' });
    expect(waitState(fig({ pending: secondary, attributions: 5 }), 5)).toEqual({ kind: 'hidden', reason: 'secondary' });
    expect(waitState(fig({ pending: secondary, attributions: small }), 5)).toEqual({ kind: 'hidden', reason: 'small' });
  });

  it('has nothing to say without a row', () => {
    expect(waitState(undefined, 5)).toEqual({ kind: 'missing' });
  });

  it('is a value only when computed', () => {
    expect(isValue({ kind: 'value', months: 3, pressure: 1 })).toBe(true);
    expect(isValue({ kind: 'lowerBound', months: 3, pressure: 1 })).toBe(false);
    expect(isValue({ kind: 'hidden', reason: 'small' })).toBe(false);
  });
});

describe('the wait and the pressure in a table cell', () => {
  it('writes each state of the wait', () => {
    expect(waitText({ kind: 'value', months: 46, pressure: 3 })).toBe('environ 3 ans et 10 mois');
    expect(waitText({ kind: 'value', months: 46, pressure: 3 }, { compact: true })).toBe('3 ans et 10 mois');
    expect(waitText({ kind: 'value', months: 0.2, pressure: 1 }, { compact: true })).toBe('moins de 1 mois');
    expect(waitText({ kind: 'lowerBound', months: 30, pressure: 2.5 })).toBe('plus de 2 ans');
    expect(waitText({ kind: 'lowerBound', months: 24, pressure: 2 })).toBe('au moins 2 ans');
    expect(waitText({ kind: 'noneGiven', pending: 3 })).toBe('aucun logement donné');
    expect(waitText({ kind: 'noneGiven', pending: 3 }, { compact: true })).toBe('non calculable');
    expect(waitText({ kind: 'hidden', reason: 'small' })).toBe('caché');
    expect(waitText({ kind: 'missing' })).toBe('pas de chiffre');
  });

  it('writes each state of the pressure, never more than the bound says', () => {
    expect(pressureText({ kind: 'value', months: 98, pressure: 8.2 })).toBe('8 demandes pour 1 logement donné');
    expect(pressureText({ kind: 'lowerBound', months: 30, pressure: 2.5 })).toBe(
      'plus de 2 demandes pour 1 logement donné',
    );
    expect(pressureText({ kind: 'lowerBound', months: 24, pressure: 2 })).toBe(
      'au moins 2 demandes pour 1 logement donné',
    );
    expect(pressureText({ kind: 'lowerBound', months: 12, pressure: 1 })).toBe(
      'au moins 1 demande pour 1 logement donné',
    );
    expect(pressureText({ kind: 'lowerBound', months: 6, pressure: 0.5 })).toBe('caché');
    expect(pressureText({ kind: 'noneGiven' })).toBe('aucun logement donné');
    expect(pressureText({ kind: 'hidden', reason: 'small' })).toBe('caché');
    expect(pressureText({ kind: 'missing' })).toBe('pas de chiffre');
  });

  it('writes the observed delay of the source alone', () => {
    expect(indicatorDuration(undefined)).toBe('pas de chiffre');
    expect(indicatorDuration(null)).toBe('aucun logement donné');
    expect(indicatorDuration(secondary)).toBe('caché');
    expect(indicatorDuration(14)).toBe('environ 1 an et 2 mois');
  });
});

describe('one sentence on the wait', () => {
  it('says each state', () => {
    expect(waitSentence({ kind: 'value', months: 46, pressure: 3 }, 2023)).toBe(
      'L’attente est d’environ 3 ans et 10 mois.',
    );
    expect(waitSentence({ kind: 'value', months: 0.2, pressure: 0 }, 2023)).toBe('L’attente est de moins de 1 mois.');
    expect(waitSentence({ kind: 'lowerBound', months: 30, pressure: 2.5 }, 2023)).toBe(
      'L’attente est de plus de 2 ans.',
    );
    expect(waitSentence({ kind: 'lowerBound', months: 24, pressure: 2 }, 2023)).toBe('L’attente est d’au moins 2 ans.');
    expect(waitSentence({ kind: 'lowerBound', months: 0.6, pressure: 0.05 }, 2023)).toBe(
      'L’attente est d’au moins quelques jours.',
    );
    expect(waitSentence({ kind: 'noneGiven', pending: 0 }, 2023)).toBe(
      'Personne n’attend et aucun logement n’a été donné en 2023.',
    );
    expect(waitSentence({ kind: 'noneGiven', pending: 3 }, 2022)).toBe(
      'Aucun logement n’a été donné en 2022. L’attente est longue.',
    );
    expect(waitSentence({ kind: 'noneGiven' }, 2022)).toBe(
      'Aucun logement n’a été donné en 2022. L’attente est longue.',
    );
    expect(waitSentence({ kind: 'hidden', reason: 'small' }, 2023)).toBe(
      'Le temps d’attente est caché pour protéger les personnes.',
    );
    expect(waitSentence({ kind: 'missing' }, 2023)).toBe('Le temps d’attente n’est pas connu.');
  });
});

describe('a demand file without sizes', () => {
  const none = fig({ pending: source, attributions: source });
  const every = { T1: none, T2: none, T3: none, T4: none, 'T5+': none };

  it('is recognised when every size is hidden by the source', () => {
    expect(sizesGiven(every)).toBe(false);
    expect(sizesGiven({ ...every, total: fig({ pending: 40, attributions: 5 }) })).toBe(false);
  });

  it.each([
    ['a size without a row', { ...every, T3: undefined }],
    ['a published count of demands', { ...every, T3: fig({ pending: 4, attributions: source }) }],
    ['a published count of homes given', { ...every, T1: fig({ pending: source, attributions: 0 }) }],
    ['a small hidden count', { ...every, 'T5+': fig({ pending: source, attributions: small }) }],
    ['a count hidden by secrecy', { ...every, T2: fig({ pending: secondary, attributions: source }) }],
  ])('is not recognised with %s', (_, figures) => {
    expect(sizesGiven(figures)).toBe(true);
  });
});

describe('why a figure of the open data is empty', () => {
  it.each([
    ['no figure', undefined, 'absent'],
    ['not computable', null, 'non_calculable'],
    ['a number', 12, ''],
    ['zero', 0, ''],
    ['a small count', small, 'secret'],
    ['a count hidden for another one', secondary, 'secret_secondaire'],
    ['a count hidden by the source', source, 'non_publie_source'],
  ] as const)('%s', (_, value, status) => {
    expect(figureStatus(value)).toBe(status);
  });

  it.each([
    [{ kind: 'value', months: 3, pressure: 1 }, ''],
    [{ kind: 'lowerBound', months: 30, pressure: 2.5 }, 'borne_inferieure'],
    [{ kind: 'noneGiven', pending: 2 }, 'non_calculable'],
    [{ kind: 'hidden', reason: 'small' }, 'secret'],
    [{ kind: 'hidden', reason: 'secondary' }, 'secret_secondaire'],
    [{ kind: 'hidden', reason: 'source' }, 'non_publie_source'],
    [{ kind: 'missing' }, 'absent'],
  ] as const)('wait state %o', (state, status) => {
    expect(figureStatus(state)).toBe(status);
  });
});

describe('source lines', () => {
  const file = (p: Partial<SourceInfo> & Pick<SourceInfo, 'kind' | 'millesime' | 'label'>): SourceInfo => ({
    file: 'x.csv',
    ...p,
  });

  it('adds the origin as its own sentence, capital first, final full stop removed', () => {
    expect(sourceText(file({ kind: 'rpls', millesime: 2024, label: 'RPLS au 1er janvier 2024' }))).toBe(
      'RPLS au 1er janvier 2024',
    );
    expect(sourceText(file({ kind: 'rpls', millesime: 2024, label: 'RPLS au 1er janvier 2024', origin: '' }))).toBe(
      'RPLS au 1er janvier 2024',
    );
    expect(
      sourceText(
        file({
          kind: 'demande',
          millesime: 2022,
          label: 'demandes au 31 décembre 2022',
          origin: '  fichier partagé du Puy-de-Dôme, version 2.1.  ',
        }),
      ),
    ).toBe('demandes au 31 décembre 2022. Fichier partagé du Puy-de-Dôme, version 2.1');
  });

  const dataset = {
    sources: [
      file({ kind: 'demande', millesime: 2024, label: 'demandes de 2024', origin: 'SNE' }),
      file({ kind: 'rpls', millesime: 2023, label: 'parc de 2023' }),
    ],
    millesimes: { stock: [2022, 2023], demand: [] as number[], turnover: [2021] },
  };

  it('finds the line of a kind and a year, or writes a generic one', () => {
    expect(sourceFor(dataset, 'rpls', 2023)).toBe('parc de 2023');
    expect(sourceFor(dataset, 'demande', 2024)).toBe('demandes de 2024. SNE');
    expect(sourceFor(dataset, 'rpls', 2024)).toBe('RPLS au 1er janvier 2024');
    expect(sourceFor(dataset, 'demande', 2023)).toBe('demandes au 31 décembre 2023');
  });

  it('gives the latest year of a kind, or none', () => {
    expect(latest(dataset, 'rpls')).toBe(2023);
    expect(latest(dataset, 'demande')).toBeUndefined();
  });
});

describe('financing rows', () => {
  it.each([
    ['PLAI', 'Logements pour les revenus les plus bas, appelés PLAI'],
    ['PLS', 'Logements pour des revenus un peu plus hauts, appelés PLS'],
    ['anciens', 'Logements construits avec une aide d’avant 1977'],
    ['autre', 'Autres logements'],
  ] as const)('%s', (family, label) => {
    expect(financingRowLabel(family)).toBe(label);
  });
});

describe('commune names read from the name alone', () => {
  it.each([
    ['Vic Le Comte', 'de Vic Le Comte', 'à Vic Le Comte'],
    ['Vic Les Bains', 'de Vic Les Bains', 'à Vic Les Bains'],
    ['Port-L’Île', 'de Port-L’Île', 'à Port-L’Île'],
    ['Lamotte Aux Bois', 'de Lamotte Aux Bois', 'à Lamotte Aux Bois'],
    ['Le Pont-L’Évêque', 'du Pont-L’Évêque', 'au Pont-L’Évêque'],
    ['Le  Brugeron', 'du Brugeron', 'au Brugeron'],
    ['Aux Salles', 'des Salles', 'aux Salles'],
    ['L’Isle-Adam', 'de l’Isle-Adam', 'à l’Isle-Adam'],
    ["L'Isle-Adam", 'de l’Isle-Adam', 'à l’Isle-Adam'],
    ['Épinal', 'd’Épinal', 'à Épinal'],
    ['Thiers', 'de Thiers', 'à Thiers'],
  ])('%s: %s, %s', (name, of, at) => {
    expect(ofCommune({ name })).toBe(of);
    expect(inCommune({ name })).toBe(at);
  });

  it('trusts the name when the type de liaison contradicts it', () => {
    for (const typeLiaison of [2, 4, 5, 6]) {
      expect(ofCommune({ name: 'Thiers', typeLiaison })).toBe('de Thiers');
      expect(inCommune({ name: 'Thiers', typeLiaison })).toBe('à Thiers');
    }
    expect(ofCommune({ name: 'Les Salles', typeLiaison: 2 })).toBe('des Salles');
  });

  it('follows the type de liaison when it agrees with the name or says more', () => {
    expect(ofCommune({ name: 'Herment', typeLiaison: 1 })).toBe('d’Herment');
    expect(ofCommune({ name: 'Olmet', typeLiaison: 0 })).toBe('de Olmet');
    expect(ofCommune({ name: 'Aux Marais', typeLiaison: 6 })).toBe('des Marais');
    expect(ofCommune({ name: 'Olmet', typeLiaison: 9 })).toBe('d’Olmet');
  });
});
