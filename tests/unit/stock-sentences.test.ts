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
import type { DemandByTypology, DemandFigures, DemandTable } from '../../src/lib/dataset/index.ts';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('phrases FALC des chiffres', () => {
  it('dit la phrase du modèle de DESIGN §7', () => {
    expect(waitingSentence('À Thiers', 'T3', 42, 5)).toBe('À Thiers, 42 personnes attendent un T3.');
    expect(attributionSentence('T3', 12, 2023, 5)).toBe('12 T3 ont été donnés en 2023.');
    expect(pressureSentence(3.5)).toBe('Cela fait environ 4 personnes pour 1 logement.');
  });

  it('écrit un nombre caché avec les mots du jeu de données, jamais 0', () => {
    expect(waitingSentence('À Ris', 'T1', { masked: 'small' }, 5)).toBe('À Ris, moins de 5 personnes attendent un T1.');
    expect(attributionSentence('T1', { masked: 'small' }, 2023, 5)).toBe('Moins de 5 T1 ont été donnés en 2023.');
    expect(attributionSentence('T2', { masked: 'secondary' }, 2023, 5)).toBe(
      'Le nombre de T2 donnés en 2023 est caché.',
    );
    expect(pressureSentence({ masked: 'small' })).toBe('Cette comparaison est cachée. Cela protège les personnes.');
    expect(monthsText({ masked: 'small' }, 5)).toBe('caché');
    expect(pressureIndicatorText({ masked: 'secondary' }, 5)).toBe('caché');
  });

  it('parle de zéro et de un sans faute', () => {
    expect(waitingSentence('À Ris', 'T2', 0, 5)).toBe('À Ris, personne n’attend un T2.');
    expect(attributionSentence('T2', 0, 2023, 5)).toBe('Aucun T2 n’a été donné en 2023.');
    expect(attributionSentence(null, 1, 2023, 5)).toBe('1 logement a été donné en 2023.');
    expect(pressureSentence(null)).toBe('Nous ne pouvons pas comparer, car aucun logement n’a été donné.');
    expect(monthsText(null, 5)).toBe('aucun logement donné');
    expect(changeSentence(-1, 2023, 2022)).toBe('En 2023, 1 personne de moins attend qu’en 2022.');
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

function figures(pending: number, attributions: number): DemandFigures {
  const waiting = attributions === 0 ? null : (pending / attributions) * 12;
  return {
    pending,
    pendingTransfers: 0,
    attributions,
    attributionTransfers: 0,
    averageDelayMonths: null,
    waitingMonths: waiting,
    pressure: waiting === null ? null : waiting / 12,
    pendingChange: null,
    attributionsChange: null,
  };
}
function row(waits: [number, number][]): DemandByTypology {
  const [t1, t2, t3, t4, t5] = waits.map(([p, a]) => figures(p, a));
  return { T1: t1!, T2: t2!, T3: t3!, T4: t4!, 'T5+': t5!, total: figures(100, 10) };
}

describe('attentes courtes', () => {
  it('garde seulement les attentes publiées plus courtes que celle du territoire', () => {
    const masked: DemandFigures = {
      ...figures(10, 10),
      waitingMonths: { masked: 'small' },
      pressure: { masked: 'small' },
    };
    const table: DemandTable = {
      communes: {
        '00001': row([
          [10, 10],
          [20, 10],
          [30, 10],
          [40, 10],
          [10, 0],
        ]),
        '00002': {
          ...row([
            [50, 10],
            [10, 10],
            [30, 10],
            [40, 10],
            [10, 0],
          ]),
          T1: masked,
        },
        '00003': row([
          [60, 10],
          [20, 10],
          [10, 10],
          [40, 10],
          [10, 0],
        ]),
      },
      territory: row([
        [40, 10],
        [20, 10],
        [30, 10],
        [40, 10],
        [30, 0],
      ]),
    };
    const short = shortestWaits(table);
    expect(short.T1.map((s) => s.code)).toEqual(['00001']);
    expect(short.T2.map((s) => s.code)).toEqual(['00002']);
    expect(short.T4).toEqual([]);
    expect(short['T5+']).toEqual([]);
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
