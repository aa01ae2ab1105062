/**
 * FALC sentences, short-wait advice and French CSV of the stock pages: masked counts keep the dataset's
 * words and are never used as numbers; zero and one read naturally; no percentage, no parenthesis.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attributionSentence,
  changeSentence,
  monthsText,
  pressureSentence,
  pressureIndicatorText,
  waitingSentence,
  waitingTimeSentence,
} from '../../src/lib/wording/index.ts';
import { shortestWaits } from '../../src/lib/dataset/index.ts';
import { toFrenchCsv } from '../../src/lib/opendata/index.ts';
import type { WaitAnswer, WaitAnswers } from '../../src/lib/answers/index.ts';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('phrases FALC des chiffres', () => {
  it('dit la phrase du modèle de DESIGN §7', () => {
    expect(waitingSentence('À Thiers', 'T3', 42, 5)).toBe('À Thiers, 42 demandes attendent un T3.');
    expect(attributionSentence('T3', 12, 2023, 5)).toBe('12 T3 ont été donnés en 2023.');
    expect(pressureSentence(3.5)).toBe('Cela fait environ 4 demandes pour 1 logement donné.');
  });

  it('écrit un nombre caché avec les mots du jeu de données, jamais 0', () => {
    expect(waitingSentence('À Ris', 'T1', { masked: 'small' }, 5)).toBe('À Ris, moins de 5 demandes attendent un T1.');
    expect(attributionSentence('T1', { masked: 'small' }, 2023, 5)).toBe('Moins de 5 T1 ont été donnés en 2023.');
    expect(attributionSentence('T2', { masked: 'secondary' }, 2023, 5)).toBe(
      'Le nombre de T2 donnés en 2023 est caché.',
    );
    expect(pressureSentence({ masked: 'small' })).toBe('Cette comparaison est cachée. Cela protège les personnes.');
    expect(monthsText({ masked: 'small' }, 5)).toBe('caché');
    expect(pressureIndicatorText({ masked: 'secondary' }, 5)).toBe('caché');
  });

  it('parle de zéro et de un sans faute', () => {
    expect(waitingSentence('À Ris', 'T2', 0, 5)).toBe('À Ris, aucune demande n’attend un T2.');
    expect(attributionSentence('T2', 0, 2023, 5)).toBe('Aucun T2 n’a été donné en 2023.');
    expect(attributionSentence(null, 1, 2023, 5)).toBe('1 logement a été donné en 2023.');
    expect(pressureSentence(null)).toBe('Nous ne pouvons pas comparer, car aucun logement n’a été donné.');
    expect(monthsText(null, 5)).toBe('aucun logement donné');
    expect(changeSentence(-1, 2023, 2022)).toBe('En 2023, 1 demande de moins attend qu’en 2022.');
  });

  it('donne les longues attentes aussi en années', () => {
    expect(waitingTimeSentence(31)).toBe('L’attente est d’environ 2 ans et 7 mois.');
    expect(waitingTimeSentence(7.4)).toBe('L’attente est d’environ 7 mois.');
    expect(waitingTimeSentence(null)).toBe('');
  });

  it('n’écrit jamais de pourcentage, de parenthèse ni de point-virgule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        (p, a, m) => {
          const all = [
            waitingSentence('À Thiers', 'T3', p, 5),
            attributionSentence('T3', a, 2023, 5),
            pressureSentence(m),
            waitingTimeSentence(m),
            monthsText(m, 5),
          ].join(' ');
          expect(all).not.toMatch(/[%();…]/);
          expect(nb(all)).not.toMatch(/\d+[.,]\d/);
        },
      ),
    );
  });
});

describe('attentes courtes', () => {
  it('garde seulement les réponses propres à la commune, sûrement plus courtes que celle du territoire', () => {
    const fig = (months: number | null, band: { min: number; max: number | null } | null = null): WaitAnswer => ({
      kind: 'figure',
      delay: { months, statistic: 'moyenne', millesimes: [2023], households: band ? null : 20, band },
    });
    const fallback: WaitAnswer = {
      kind: 'fallback',
      reason: 'too-few',
      scope: 'territory-size',
      delay: { months: 2, statistic: 'moyenne', millesimes: [2023], households: 40, band: null },
    };
    const size = (t1: WaitAnswer, t2: WaitAnswer, t3: WaitAnswer) =>
      ({ T1: t1, T2: t2, T3: t3, T4: fallback, 'T5+': fallback, total: fig(6) }) as Record<string, WaitAnswer>;
    const answers = {
      millesime: 2023,
      threshold: 5,
      communes: {
        '00001': size(fig(4), fig(8), fig(12)),
        // A band [3, 6) is surely shorter than 7 months; a band [6, 12) is not surely shorter than 8.
        '00002': size(fig(null, { min: 3, max: 6 }), fig(null, { min: 6, max: 12 }), fallback),
        '00003': size(fig(9), fallback, fig(20)),
      },
      territory: size(fig(7), fig(8), fig(10)),
    } as unknown as WaitAnswers;
    const short = shortestWaits(answers);
    expect(short.T1.map((s) => s.code)).toEqual(['00002', '00001']);
    expect(short.T2).toEqual([]);
    expect(short.T3).toEqual([]);
    expect(short.T4).toEqual([]);
  });

  it('compare ce qui est dit : 4,6 et 5,0 mois se lisent tous deux « environ 5 mois »', () => {
    const fig = (months: number): WaitAnswer => ({
      kind: 'figure',
      delay: { months, statistic: 'moyenne', millesimes: [2023], households: 20, band: null },
    });
    const row = (m: number) => Object.fromEntries(['T1', 'T2', 'T3', 'T4', 'T5+', 'total'].map((k) => [k, fig(m)]));
    const answers = {
      millesime: 2023,
      threshold: 5,
      communes: {
        // Thiers T3 in the review: 4,6 months (« environ 5 mois ») against the territory's 5,0.
        '63430': row(4.6),
        // 4,4 reads « environ 4 mois »: shorter.
        '63125': row(4.4),
        // 3,6 reads « environ 4 mois », like 4,4: tied, ordered by code.
        '63008': row(3.6),
      },
      territory: row(5),
    } as unknown as WaitAnswers;
    expect(shortestWaits(answers).T3.map((s) => s.code)).toEqual(['63008', '63125']);
  });
});

describe('CSV pour un tableur français', () => {
  it('commence par le BOM, sépare par point-virgule, écrit la virgule décimale et garde les accents', () => {
    const csv = toFrenchCsv(
      ['commune', 'surface', 'logements'],
      [
        ['Courpière', 62.9, 12],
        ['Saint-Rémy-sur-Durolle', null, 'moins de 5'],
      ],
    );
    expect(csv).toBe('\uFEFFcommune;surface;logements\r\nCourpière;62,9;12\r\nSaint-Rémy-sur-Durolle;;moins de 5\r\n');
  });
});
