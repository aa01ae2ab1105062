/**
 * The wait answers in words (src/lib/wording/answers.ts and sentences.ts): every kind of answer, every reason,
 * every band, singular and plural. Every expected sentence is written by hand here.
 */
import { describe, expect, it } from 'vitest';
import {
  aSize,
  about,
  answerCell,
  answerSentence,
  attributionSentence,
  bandText,
  cellText,
  changeSentence,
  delayText,
  inPlace,
  monthsText,
  observedCell,
  pressureCell,
  pressureFiguresSentence,
  pressureIndicatorText,
  pressureSentence,
  reasonSentence,
  sizePlural,
  sortValue,
  waitCell,
  waitingSentence,
  waitingTimeSentence,
  yearsText,
} from '../../src/lib/wording/index.ts';
import type { WaitAnswer } from '../../src/lib/answers/index.ts';
import { delay, fig, secondary, small, source } from '../helpers/demand-figures.ts';

const thiers = { commune: { name: 'Thiers' } };
const brugeron = { commune: { name: 'Le Brugeron' } };
const territory = { commune: null };

describe('sizes and places', () => {
  it.each([
    ['total', 'un logement social', 'logements sociaux'],
    ['T5+', 'un T5 ou plus', 'T5 ou plus'],
    ['T1', 'un T1', 'T1'],
    ['T3', 'un T3', 'T3'],
  ] as const)('%s: %s, %s', (k, one, many) => {
    expect(aSize(k)).toBe(one);
    expect(sizePlural(k)).toBe(many);
  });

  it('names a commune or the whole territory', () => {
    expect(inPlace(thiers)).toBe('à Thiers');
    expect(inPlace(brugeron)).toBe('au Brugeron');
    expect(inPlace(territory)).toBe('dans tout le territoire');
  });

  it('says one year, two years, or a span', () => {
    expect(yearsText([2023])).toBe('en 2023');
    expect(yearsText([2022, 2023])).toBe('en 2022 et 2023');
    expect(yearsText([2019, 2020, 2021])).toBe('de 2019 à 2021');
    expect(yearsText([2019, 2020, 2021, 2022, 2023])).toBe('de 2019 à 2023');
  });
});

describe('bands of durations', () => {
  it.each([
    [0, 3, 'moins de 3 mois'],
    [3, 6, 'entre 3 et 6 mois'],
    [6, 12, 'entre 6 mois et 1 an'],
    [12, 24, 'entre 1 et 2 ans'],
    [24, 36, 'entre 2 et 3 ans'],
    [36, 60, 'entre 3 et 5 ans'],
    [60, null, 'plus de 5 ans'],
    [0, 12, 'moins de 1 an'],
    [6, 24, 'entre 6 mois et 2 ans'],
    [12, 30, 'entre 1 an et 2 ans et 6 mois'],
    [18, 36, 'entre 1 an et 6 mois et 3 ans'],
    [5, 11, 'entre 5 et 11 mois'],
  ])('from %i to %s months: %s', (min, max, words) => {
    expect(bandText({ min, max })).toBe(words);
  });

  it('says the months, or the band when there is one', () => {
    expect(delayText(delay({ months: 5.2 }))).toBe('environ 5 mois');
    expect(delayText(delay({ months: null, band: { min: 6, max: 12 } }))).toBe('entre 6 mois et 1 an');
    expect(delayText(delay({ months: 8, band: { min: 6, max: 12 } }))).toBe('entre 6 mois et 1 an');
  });
});

describe('why there is no figure', () => {
  it('says each reason, from published labels only', () => {
    expect(reasonSentence('none-given', thiers, 'total', [2022, 2023])).toBe(
      'À Thiers, aucun logement social n’a été donné en 2022 et 2023.',
    );
    expect(reasonSentence('none-given', territory, 'T2', [2023])).toBe(
      'Dans tout le territoire, aucun T2 n’a été donné en 2023.',
    );
    expect(reasonSentence('too-few', thiers, 'T5+', [2021, 2022, 2023])).toBe(
      'À Thiers, trop peu de T5 ou plus ont été donnés en 2023.',
    );
    expect(reasonSentence('hidden', brugeron, 'T3', [2023])).toBe(
      'Au Brugeron, l’attente pour un T3 est cachée pour protéger les personnes.',
    );
    expect(reasonSentence('not-in-source', thiers, 'total', [2023])).toBe(
      'À Thiers, le fichier des demandes ne donne pas l’attente pour un logement social.',
    );
  });
});

describe('the answer as a sentence and as a cell', () => {
  const seven = delay({ months: 7.4 });
  const cases: [string, WaitAnswer, string, string][] = [
    [
      'a figure of the place',
      { kind: 'figure', delay: delay({ months: 5.2 }) },
      'À Thiers, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 5 mois.',
      'environ 5 mois',
    ],
    [
      'a median over several years, as a band',
      {
        kind: 'pooled',
        delay: delay({ statistic: 'mediane', millesimes: [2019, 2020, 2023], band: { min: 12, max: 24 } }),
      },
      'À Thiers, des ménages ont eu un T3 de 2019 à 2023. Ils avaient attendu entre 1 et 2 ans. C’est le chiffre du milieu : la moitié a attendu moins, la moitié plus.',
      'entre 1 et 2 ans, de 2019 à 2023',
    ],
    [
      'the figure of the territory for this size',
      { kind: 'fallback', reason: 'too-few', scope: 'territory-size', delay: delay({ months: 14 }) },
      'À Thiers, trop peu de T3 ont été donnés en 2023. Dans tout le territoire, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 1 an et 2 mois.',
      'trop peu donnés',
    ],
    [
      'the figure of the commune for every size',
      { kind: 'fallback', reason: 'hidden', scope: 'commune-all-sizes', delay: seven },
      'À Thiers, l’attente pour un T3 est cachée pour protéger les personnes. À Thiers, des ménages ont eu un logement social, toutes tailles en 2023. Ils avaient attendu environ 7 mois.',
      'caché',
    ],
    [
      'the figure of the territory for every size',
      { kind: 'fallback', reason: 'none-given', scope: 'territory-all-sizes', delay: seven },
      'À Thiers, aucun T3 n’a été donné en 2022 et 2023. Dans tout le territoire, des ménages ont eu un logement social, toutes tailles en 2023. Ils avaient attendu environ 7 mois.',
      'aucun donné',
    ],
    [
      'no social home, with nearby communes and the territory',
      {
        kind: 'no-social-housing',
        nearby: [
          { code: '63430', name: 'Thiers', km: 8 },
          { code: '63125', name: 'Courpière', km: 12 },
        ],
        territory: seven,
      },
      'Il n’y a pas de logement social à Thiers. Communes proches qui en ont : Thiers, à 8 km. Courpière, à 12 km. Dans tout le territoire, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 7 mois.',
      'pas de logement social',
    ],
    [
      'no home of this size, nothing nearby',
      { kind: 'no-size-here', nearby: [], territory: null },
      'Il n’y a pas de T3 dans les logements sociaux à Thiers.',
      'aucun de cette taille',
    ],
    [
      'nothing known',
      { kind: 'unknown', reason: 'not-in-source' },
      'À Thiers, le fichier des demandes ne donne pas l’attente pour un T3. Demandez à un guichet.',
      'pas de chiffre',
    ],
  ];
  it.each(cases)('%s', (_, answer, sentence, cell) => {
    expect(answerSentence(answer, thiers, 'T3', [2022, 2023])).toBe(sentence);
    expect(answerCell(answer)).toBe(cell);
  });

  it('names the size of a home that is missing, with one nearby commune', () => {
    expect(
      answerSentence(
        { kind: 'no-size-here', nearby: [{ code: '63430', name: 'Thiers', km: 3 }], territory: seven },
        brugeron,
        'T5+',
        [2023],
      ),
    ).toBe(
      'Il n’y a pas de T5 ou plus dans les logements sociaux au Brugeron. Communes proches qui en ont : Thiers, à 3 km. Dans tout le territoire, des ménages ont eu un T5 ou plus en 2023. Ils avaient attendu environ 7 mois.',
    );
    expect(answerSentence({ kind: 'no-social-housing', nearby: [], territory: null }, brugeron, 'T2', [2023])).toBe(
      'Il n’y a pas de logement social au Brugeron.',
    );
  });
});

describe('the observed delay of one year in a cell', () => {
  it('says the months on at least twice the threshold of households, else the band', () => {
    expect(observedCell(fig({ attributions: 10, averageDelayMonths: 14 }), 5)).toBe('environ 1 an et 2 mois');
    expect(observedCell(fig({ attributions: 9, averageDelayMonths: 14 }), 5)).toBe('entre 1 et 2 ans');
    expect(observedCell(fig({ attributions: secondary, averageDelayMonths: 14 }), 5)).toBe('entre 1 et 2 ans');
    expect(waitCell(fig({ attributions: 22, averageDelayMonths: 14 }), 11)).toBe('environ 1 an et 2 mois');
    expect(waitCell(fig({ attributions: 21, averageDelayMonths: 14 }), 11)).toBe('entre 1 et 2 ans');
  });

  it('says the published band, or why there is nothing', () => {
    expect(
      observedCell(
        fig({ attributions: secondary, averageDelayMonths: secondary, observedDelayBand: { min: 6, max: 12 } }),
        5,
      ),
    ).toBe('entre 6 mois et 1 an');
    expect(observedCell(fig({ attributions: 0 }), 5)).toBe('aucun donné');
    expect(observedCell(fig({ attributions: small, averageDelayMonths: small }), 5)).toBe('trop peu donnés');
    expect(observedCell(fig({ attributions: 7, averageDelayMonths: null }), 5)).toBe('pas de chiffre');
    expect(observedCell(fig({ attributions: 7, averageDelayMonths: secondary }), 5)).toBe('caché');
    expect(observedCell(fig({ attributions: secondary, averageDelayMonths: null }), 5)).toBe('caché');
    expect(observedCell(fig({ attributions: source, averageDelayMonths: source }), 5)).toBe('caché');
  });
});

describe('sentences of the demand figures', () => {
  it('says the demands waiting, one, none, a small or a hidden count', () => {
    expect(waitingSentence('À Thiers', 'T3', 42, 5)).toBe('À Thiers, 42 demandes attendent un T3.');
    expect(waitingSentence('À Thiers', 'T3', 1615, 5)).toBe('À Thiers, 1\u202f615 demandes attendent un T3.');
    expect(waitingSentence('À Thiers', null, 1, 5)).toBe('À Thiers, 1 demande attend un logement social.');
    expect(waitingSentence('Au Brugeron', 'T2', 0, 5)).toBe('Au Brugeron, aucune demande n’attend un T2.');
    expect(waitingSentence('À Thiers', 'T2', small, 5)).toBe('À Thiers, moins de 5 demandes attendent un T2.');
    expect(waitingSentence('À Thiers', 'T2', secondary, 5)).toBe(
      'À Thiers, le nombre de demandes qui attendent un T2 est caché.',
    );
    expect(waitingSentence('À Thiers', null, source, 5)).toBe(
      'À Thiers, le nombre de demandes qui attendent un logement social est caché.',
    );
  });

  it('says the homes given, one, none, a small or a hidden count', () => {
    expect(attributionSentence('T3', 12, 2023, 5)).toBe('12 T3 ont été donnés en 2023.');
    expect(attributionSentence(null, 1615, 2023, 5)).toBe('1\u202f615 logements ont été donnés en 2023.');
    expect(attributionSentence('T3', small, 2023, 5)).toBe('Moins de 5 T3 ont été donnés en 2023.');
    expect(attributionSentence(null, small, 2022, 11)).toBe('Moins de 11 logements ont été donnés en 2022.');
    expect(attributionSentence('T3', source, 2023, 5)).toBe('Le nombre de T3 donnés en 2023 est caché.');
    expect(attributionSentence(null, secondary, 2023, 5)).toBe('Le nombre de logements donnés en 2023 est caché.');
    expect(attributionSentence('T3', 0, 2023, 5)).toBe('Aucun T3 n’a été donné en 2023.');
    expect(attributionSentence(null, 0, 2023, 5)).toBe('Aucun logement n’a été donné en 2023.');
    expect(attributionSentence('T3', 1, 2023, 5)).toBe('1 T3 a été donné en 2023.');
    expect(attributionSentence(null, 1, 2023, 5)).toBe('1 logement a été donné en 2023.');
  });

  it('says the theoretical months, never « d’moins »', () => {
    expect(waitingTimeSentence(31)).toBe('L’attente est d’environ 2 ans et 7 mois.');
    expect(waitingTimeSentence(0.3)).toBe('L’attente est de moins de 1 mois.');
    expect(waitingTimeSentence(null)).toBe('');
    expect(waitingTimeSentence(secondary)).toBe('');
  });

  it('says the pressure, its honest bound, or nothing', () => {
    expect(pressureFiguresSentence(fig({ pending: 40, attributions: 5 }), 5)).toBe(
      'Cela fait environ 8 demandes pour 1 logement donné.',
    );
    expect(pressureFiguresSentence(fig({ pending: 10, attributions: small }), 5)).toBe(
      'Cela fait plus de 2 demandes pour 1 logement donné.',
    );
    expect(pressureFiguresSentence(fig({ pending: 0, attributions: 0 }), 5)).toBe('');
    expect(pressureFiguresSentence(fig({ pending: secondary, attributions: 3 }), 5)).toBe('');
    expect(pressureCell(fig({ pending: 40, attributions: 5 }), 5)).toBe('8 demandes pour 1 logement donné');
    expect(pressureCell(fig({ pending: 12, attributions: small }), 5)).toBe(
      'au moins 3 demandes pour 1 logement donné',
    );
    expect(pressureCell(fig({ pending: 12, attributions: 0 }), 5)).toBe('aucun logement donné');
  });

  it('says the pressure and the months from the indicator alone', () => {
    expect(pressureSentence(null)).toBe('Nous ne pouvons pas comparer, car aucun logement n’a été donné.');
    expect(pressureSentence(secondary)).toBe('Cette comparaison est cachée. Cela protège les personnes.');
    expect(pressureSentence(4.2)).toBe('Cela fait environ 4 demandes pour 1 logement donné.');
    expect(pressureIndicatorText(null, 5)).toBe('aucun logement donné');
    expect(pressureIndicatorText(source, 5)).toBe('caché');
    expect(pressureIndicatorText(8.4, 5)).toBe('8 demandes pour 1 logement donné');
    expect(monthsText(null, 5)).toBe('aucun logement donné');
    expect(monthsText(small, 5)).toBe('caché');
    expect(monthsText(14, 5)).toBe('environ 1 an et 2 mois');
  });

  it('rounds a ratio to at least 1', () => {
    expect(about(3.6)).toBe('environ 4');
    expect(about(0.2)).toBe('environ 1');
    expect(about(1234)).toBe('environ 1\u202f234');
  });

  it('sorts by the number only, and writes the count as the table does', () => {
    expect(sortValue(4.5)).toBe('4.5');
    expect(sortValue(0)).toBe('0');
    expect(sortValue(null)).toBe('');
    expect(sortValue(small)).toBe('');
    expect(cellText(small, 5)).toBe('moins de 5');
    expect(cellText(secondary, 5)).toBe('caché');
    expect(cellText(1615, 5)).toBe('1\u202f615');
  });

  it('says the change since last year, one, many, none', () => {
    expect(changeSentence(10, 2023, 2022)).toBe('En 2023, 10 demandes de plus attendent qu’en 2022.');
    expect(changeSentence(1, 2023, 2022)).toBe('En 2023, 1 demande de plus attend qu’en 2022.');
    expect(changeSentence(-1, 2023, 2022)).toBe('En 2023, 1 demande de moins attend qu’en 2022.');
    expect(changeSentence(-1500, 2024, 2023)).toBe('En 2024, 1\u202f500 demandes de moins attendent qu’en 2023.');
    expect(changeSentence(0, 2023, 2022)).toBe('En 2023, autant de demandes attendent qu’en 2022.');
    expect(changeSentence(null, 2023, 2022)).toBe('');
    expect(changeSentence(secondary, 2023, 2022)).toBe('');
  });
});
