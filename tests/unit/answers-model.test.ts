/**
 * The wait answer on a small table written by hand: the published figures (theoretical delay, pressure,
 * observed delays and their weighted average), the answer of each place × size and its sentence. Every
 * expected value is computed by hand in the comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { publishDemandYears } from '../../src/lib/dataset/index.ts';
import { computeAnswers } from '../../src/lib/answers/index.ts';
import { answerLines } from '../../src/lib/wording/index.ts';
import { loadSolver, type Highs } from '../../src/lib/indicators/index.ts';
import { emptyStock } from '../../src/lib/rpls/index.ts';

let solver: Highs;
beforeAll(async () => {
  solver = await loadSolver();
});

const row = (pending: number, attributions: number, delay?: number) => ({
  pending,
  pendingTransfers: 0,
  attributions,
  attributionTransfers: 0,
  ...(delay !== undefined ? { averageDelayMonths: delay } : {}),
  line: 1,
  attributionsColumn: 1,
});

/** Two communes: a town with large counts, a village with no social housing. */
function publish() {
  const town = new Map([
    ['T1', row(60, 12, 6.2)],
    ['T2', row(40, 10, 3)],
    ['T3', row(25, 20, 14.5)],
    ['T4', row(0, 0)],
    ['T5+', row(0, 0)],
  ] as const);
  const village = new Map([
    ['T1', row(0, 0)],
    ['T2', row(0, 0)],
    ['T3', row(0, 0)],
    ['T4', row(0, 0)],
    ['T5+', row(0, 0)],
  ] as const);
  const stockTown = emptyStock();
  stockTown.byTypology = { T1: 50, T2: 80, T3: 120, T4: 30, 'T5+': 0 };
  stockTown.total = 280;
  const r = publishDemandYears(
    [
      {
        millesime: 2023,
        rows: new Map([
          ['00001', town],
          ['00002', village],
        ]),
        stock: new Map([
          ['00001', stockTown],
          ['00002', emptyStock()],
        ]),
      },
    ],
    ['00001', '00002'],
    { threshold: 5, solver },
  );
  return { ...r, stockTown };
}

describe('la réponse sur l’attente, sur une table écrite à la main', () => {
  it('publie le délai théorique (demandes ÷ attributions × 12), la pression et les délais observés', () => {
    const { tables } = publish();
    const t1 = tables['2023']!.communes['00001']!.T1;
    expect(t1.waitingMonths).toBe(60); // 60 ÷ 12 × 12
    expect(t1.pressure).toBe(5); // 60 ÷ 12
    expect(t1.averageDelayMonths).toBe(6.2);
    const t3 = tables['2023']!.communes['00001']!.T3;
    expect(t3.waitingMonths).toBe(15); // 25 ÷ 20 × 12
    expect(t3.pressure).toBe(1.3); // 25 ÷ 20 = 1.25, half up
    // All sizes: (12 × 6.2 + 10 × 3 + 20 × 14.5) ÷ 42 = (74.4 + 30 + 290) ÷ 42 = 9.390… → 9.4
    expect(tables['2023']!.communes['00001']!.total.averageDelayMonths).toBe(9.4);
    // 125 demands, 42 attributions: 125 ÷ 42 × 12 = 35.71… → 35.7
    expect(tables['2023']!.communes['00001']!.total.waitingMonths).toBe(35.7);
  });

  it('dit l’attente observée, la pression et le calcul théorique avec les mots du site', () => {
    const r = publish();
    const dataset = {
      secrecy: { threshold: 5 },
      settings: { abnormalDelay: { months: 12 } },
      communes: [
        { code: '00001', name: 'Bourg' },
        { code: '00002', name: 'Arconsat' },
      ],
      millesimes: { demand: [2023], stock: [2024] },
      demand: r.tables,
      stock: {
        '2024': {
          communes: {
            '00001': { total: 280, byTypology: r.stockTown.byTypology },
            '00002': { total: 0, byTypology: emptyStock().byTypology },
          },
          territory: { total: 280, byTypology: r.stockTown.byTypology },
        },
      },
      centres: { '00001': { lat: 45.85, lon: 3.55 }, '00002': { lat: 45.95, lon: 3.7 } },
    };
    const answers = computeAnswers(dataset as never)!;
    const d = { ...dataset, answers };
    const bourg = { code: '00001', name: 'Bourg' };
    const t1 = answerLines(d, bourg, 'T1')!;
    // 12 households housed: at least twice the threshold, said "environ"; 6.2 months rounds to 6.
    expect(t1.headline).toBe('À Bourg, des ménages ont eu un T1 en 2023. Ils avaient attendu environ 6 mois.');
    expect(t1.pressure).toBe('Cela fait environ 5 demandes pour 1 logement donné.');
    expect(t1.counts).toBe('À Bourg, 60 demandes attendent un T1. 12 T1 ont été donnés en 2023.');
    expect(t1.theoretical).toBe(
      'Un calcul, pas une attente. Au rythme de 2023, il faudrait environ 5 ans. C’est le temps pour loger toutes les demandes en attente.',
    );
    // 14.5 months rounds to 15: more than the 12 months of the délai anormalement long.
    const t3 = answerLines(d, bourg, 'T3')!;
    expect(t3.headline).toBe('À Bourg, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 1 an et 3 mois.');
    expect(t3.abnormal).toContain('délai anormalement long (1 an)');
    // No T5 in the town's stock and none given: said so, never "personne n'attend".
    expect(answerLines(d, bourg, 'T5+')!.answer.kind).toBe('no-size-here');
    // A village without social housing says so first.
    const village = answerLines(d, { code: '00002', name: 'Arconsat' }, 'T2')!;
    expect(village.answer.kind).toBe('no-social-housing');
    expect(village.headline.startsWith('Il n’y a pas de logement social à Arconsat.')).toBe(true);
    expect(village.headline).toContain('Bourg, à 16 km.');
  });
});
