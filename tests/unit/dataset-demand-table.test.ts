/**
 * The protected demand table (src/lib/dataset/demand-table.ts) on small tables written by hand: which cells
 * are hidden and why, the delays of hidden counts said as bands, the delays pooled over the years, the
 * positioning bands protected with the demand, and the tables that give only totals or a median.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { publishDemand, publishDemandYears, type DemandTable, type Typology } from '../../src/lib/dataset/index.ts';
import { loadSolver, type Highs } from '../../src/lib/indicators/index.ts';
import type { RawDemand } from '../../src/lib/demand/index.ts';
import { emptyStock } from '../../src/lib/rpls/index.ts';

let solver: Highs;
beforeAll(async () => {
  solver = await loadSolver();
});

/** [commune, size, demands, attributions, delay in months]. */
type Row = [string, string, number | 'source', number | 'source', (number | 'source')?];
const demand = (pending: RawDemand['pending'], attributions: RawDemand['attributions'], delay?: number | 'source') => ({
  pending,
  pendingTransfers: 0,
  attributions,
  attributionTransfers: 0,
  line: 1,
  attributionsColumn: 1,
  ...(delay !== undefined ? { averageDelayMonths: delay, delayStatistic: 'moyenne' as const } : {}),
});
const rowsOf = (rows: Row[]) => {
  const m = new Map<string, Map<Typology | 'total', RawDemand>>();
  for (const [code, k, pending, attributions, delay] of rows) {
    if (!m.has(code)) m.set(code, new Map());
    m.get(code)!.set(k as Typology, demand(pending, attributions, delay));
  }
  return m;
};
const year = (millesime: number, rows: Row[]) => ({ millesime, rows: rowsOf(rows) });
/** The sizes T3 to T5+ of a commune, given with no demand. */
const noLarge = (code: string): Row[] => ['T3', 'T4', 'T5+'].map((k) => [code, k, 0, 0]);
const small = { masked: 'small' };
const secondary = { masked: 'secondary' };
const source = { masked: 'source' };
const attributions = (t: DemandTable, code: string | null, k: string) =>
  (code === null ? t.territory : t.communes[code]!)[k as 'T1'].attributions;

describe('délai d’un nombre caché dit en tranche (dernier millésime)', () => {
  // Threshold 5. T1: 3 and 3 attributions, small. T2: 6 and 9, hidden so that the T1 cannot be found back.
  const rows: Row[] = [
    ['A', 'T1', 20, 3, 2],
    ['A', 'T2', 20, 6, 7],
    ...noLarge('A'),
    ['B', 'T1', 20, 3, 5],
    ['B', 'T2', 20, 9, 8],
    ...noLarge('B'),
  ];

  it('une taille cachée d’au moins 5 ménages a sa tranche ; le total de la commune aussi', () => {
    const r = publishDemandYears([year(2023, rows)], ['B', 'A'], { threshold: 5, solver });
    const t = r.tables['2023']!;
    expect(r.report.recomputable).toBe(0);
    expect(r.pooled).toBeUndefined();
    expect(Object.keys(t.communes)).toEqual(['A', 'B']);
    expect(t.communes.A!.T1).toMatchObject({ pending: 20, attributions: small, averageDelayMonths: small });
    expect(t.communes.A!.T1.observedDelayBand).toBeUndefined();
    // 6 households, 7 months: 6 to 12 months. 9 households, 8 months: the same band.
    expect(t.communes.A!.T2).toMatchObject({ attributions: secondary, observedDelayBand: { min: 6, max: 12 } });
    expect(t.communes.B!.T2).toMatchObject({ attributions: secondary, observedDelayBand: { min: 6, max: 12 } });
    // A: (3 × 2 + 6 × 7) ÷ 9 = 5,3 months, 3 to 6; B: (3 × 5 + 9 × 8) ÷ 12 = 7,25, 6 to 12.
    expect(t.communes.A!.total).toMatchObject({
      pending: 40,
      attributions: secondary,
      observedDelayBand: { min: 3, max: 6 },
    });
    expect(t.communes.B!.total.observedDelayBand).toEqual({ min: 6, max: 12 });
    // Territory T2: (6 × 7 + 9 × 8) ÷ 15 = 7,6, 6 to 12. Territory T1: its two parts « moins de 5 », never said.
    expect(t.territory.T2.observedDelayBand).toEqual({ min: 6, max: 12 });
    expect(t.territory.T1.attributions).toEqual(secondary);
    expect(t.territory.T1.observedDelayBand).toBeUndefined();
    expect(t.territory.total).toMatchObject({ pending: 80, pendingTransfers: 0 });
  });

  it('publishDemand protège un seul millésime de la même façon', () => {
    const { table, report } = publishDemand(rowsOf(rows), ['A', 'B'], { threshold: 5, solver });
    expect(report.recomputable).toBe(0);
    expect(table.communes.A!.T1.attributions).toEqual(small);
    expect(table.communes.A!.T2.observedDelayBand).toEqual({ min: 6, max: 12 });
  });
});

describe('délai sur plusieurs années réunies', () => {
  // Threshold 3: Saint-Laurent (C) houses 1 household in T1 each year, « moins de 3 »; together 3 households.
  const rows = (delay: number): Row[] => [
    ['A', 'T1', 9, 4, 3],
    ['B', 'T1', 9, 5, 4],
    ['C', 'T1', 5, 1, delay],
  ];

  it('réunit les trois années quand aucune n’a assez de ménages seule', () => {
    const r = publishDemandYears([year(2023, rows(14)), year(2021, rows(10)), year(2022, rows(12))], ['A', 'B', 'C'], {
      threshold: 3,
      solver,
    });
    expect(r.report.recomputable).toBe(0);
    expect(Object.keys(r.tables)).toEqual(['2021', '2022', '2023']);
    // (10 + 12 + 14) ÷ 3 = 12 months: 1 to 2 years.
    expect(r.pooled).toEqual({ millesimes: [2021, 2022, 2023], communes: { C: { T1: { min: 12, max: 24 } } } });
    for (const y of ['2021', '2022', '2023']) {
      expect(attributions(r.tables[y]!, 'C', 'T1')).toEqual(small);
      // Aigues-Mortes' 4 are hidden instead so that the territory's 10 does not give back Saint-Laurent's 1.
      expect(attributions(r.tables[y]!, 'A', 'T1')).toEqual(secondary);
      expect(attributions(r.tables[y]!, null, 'T1')).toBe(10);
    }
    // Only the latest year says a band: 4 households, 3 months.
    expect(r.tables['2023']!.communes.A!.T1.observedDelayBand).toEqual({ min: 3, max: 6 });
    expect(r.tables['2022']!.communes.A!.T1.observedDelayBand).toBeUndefined();
    // Changes from one year to the next: published only when both counts are.
    expect(r.tables['2023']!.communes.B!.T1).toMatchObject({ pendingChange: 0, attributionsChange: 0 });
    expect(r.tables['2023']!.communes.A!.T1).toMatchObject({ pendingChange: 0, attributionsChange: secondary });
    expect(r.tables['2021']!.communes.B!.T1.pendingChange).toBeNull();
    // Territory: (4 × 3 + 5 × 4 + 1 × 14) ÷ 10 = 4,6 in 2023; 4,2 in 2021.
    expect(r.tables['2023']!.territory.T1.averageDelayMonths).toBe(4.6);
    expect(r.tables['2021']!.territory.T1.averageDelayMonths).toBe(4.2);
  });

  it('deux années seulement, toutes deux « moins de 3 » : rien n’est dit', () => {
    const r = publishDemandYears([year(2022, rows(12)), year(2023, rows(14))], ['A', 'B', 'C'], {
      threshold: 3,
      solver,
    });
    expect(r.pooled).toEqual({ millesimes: [2022, 2023], communes: {} });
    expect(r.report.recomputable).toBe(0);
  });
});

describe('tranches de points publiées avec les demandes', () => {
  const rows: Row[] = [
    ['A', 'T1', 40, 20, 5],
    ['B', 'T1', 30, 10, 5],
  ];

  it('cache la petite tranche et une autre tranche plutôt qu’un nombre du tableau des demandes', () => {
    const r = publishDemandYears([year(2023, rows)], ['A', 'B'], { threshold: 5, solver }, undefined, {
      millesime: 2023,
      sizes: {
        T1: [
          { line: 1, min: 0, max: 99, pending: 3, attributions: 10 },
          { line: 1, min: 100, max: 199, pending: 37, attributions: 10 },
          { line: 1, min: 200, max: null, pending: 30, attributions: 10 },
        ],
      },
    });
    expect(r.report.recomputable).toBe(0);
    // 70 demands and 30 households: ⌊70 ÷ 10⌋ and ⌊30 ÷ 10⌋ are 3 bands or more, the 3 kept.
    expect(r.positioning).toEqual({
      millesime: 2023,
      sizes: {
        T1: {
          pending: [
            { min: 0, max: 99, count: small },
            { min: 100, max: 199, count: 37 },
            { min: 200, max: null, count: secondary },
          ],
          attributions: [
            { min: 0, max: 99, count: 10 },
            { min: 100, max: 199, count: 10 },
            { min: 200, max: null, count: 10 },
          ],
        },
      },
    });
    expect(r.tables['2023']!.territory.T1).toMatchObject({ pending: 70, attributions: 30 });
    expect(r.tables['2023']!.communes.A!.T1).toMatchObject({ pending: 40, attributions: 20, waitingMonths: 24 });
  });

  it('réunit les tranches d’une taille qui compte peu de ménages, et garde une tranche cachée par la source', () => {
    const r = publishDemandYears([year(2023, rows)], ['A', 'B'], { threshold: 5, solver }, undefined, {
      millesime: 2023,
      sizes: {
        T1: [
          { line: 1, min: 0, max: 99, pending: 'source', attributions: 4 },
          { line: 1, min: 100, max: 199, pending: 40, attributions: 6 },
          { line: 1, min: 200, max: 299, pending: 20, attributions: 10 },
          { line: 1, min: 300, max: null, pending: 10, attributions: 10 },
        ],
      },
    });
    // Demands: a band hidden by the source, nothing merged. Households: 30, ⌊30 ÷ 10⌋ = 3 groups of the 4
    // bands, band g from ⌊4g ÷ 3⌋: [0–99] (4, small), [100–199] (6, hidden so that the 4 cannot be found
    // back), [200–…] (10 + 10).
    expect(r.positioning!.sizes.T1).toEqual({
      pending: [
        { min: 0, max: 99, count: source },
        { min: 100, max: 199, count: 40 },
        { min: 200, max: 299, count: 20 },
        { min: 300, max: null, count: 10 },
      ],
      attributions: [
        { min: 0, max: 99, count: small },
        { min: 100, max: 199, count: secondary },
        { min: 200, max: null, count: 20 },
      ],
    });
    expect(r.positioning!.sizes.T2).toBeUndefined();
  });
});

describe('tableaux sans tailles, ou qui donnent une médiane', () => {
  it('un total seul laisse chaque taille inconnue, et sa médiane est la sienne', () => {
    const rows = new Map([
      ['A', new Map([['total' as never, { ...demand(150, 30, 8), delayStatistic: 'mediane' as const }]])],
      ['B', new Map([['total' as never, { ...demand(120, 25, 11), delayStatistic: 'mediane' as const }]])],
    ]);
    const territory = { ...demand(300, 60, 9.5), delayStatistic: 'mediane' as const };
    const r = publishDemandYears(
      [
        { millesime: 2023, rows, territory },
        { millesime: 2022, rows },
      ],
      ['A', 'B'],
      {
        threshold: 5,
        solver,
      },
    );
    expect(r.pooled).toBeUndefined();
    const t = r.tables['2023']!;
    expect(t.communes.A!.T2).toMatchObject({ pending: source, attributions: source, averageDelayMonths: null });
    expect(t.communes.A!.total).toMatchObject({
      pending: 150,
      attributions: 30,
      averageDelayMonths: 8,
      waitingMonths: 60,
    });
    // The territory's median: its own row's in 2023; none in 2022 (an average of medians is not a median).
    expect(t.territory.total).toMatchObject({ pending: 270, attributions: 55, averageDelayMonths: 9.5 });
    expect(r.tables['2022']!.territory.total.averageDelayMonths).toEqual(source);
    expect(t.territory.T1.averageDelayMonths).toEqual(source);
  });

  it('un total donné avec ses tailles garde son délai à lui', () => {
    const rows = new Map([
      [
        'A',
        new Map([
          ['T1' as never, demand(20, 10, 4)],
          ['total' as never, demand(50, 30, 6)],
        ]),
      ],
    ]);
    const t = publishDemandYears([{ millesime: 2023, rows }], ['A'], { threshold: 5, solver }).tables['2023']!;
    expect(t.communes.A!.total).toMatchObject({ pending: 50, attributions: 30, averageDelayMonths: 6 });
    // A total given: the sizes are the file's parts, unknown.
    expect(t.communes.A!.T1.pending).toEqual(source);
  });
});

describe('la règle des logements : pas plus d’attributions que de logements et de demandes', () => {
  /** A stock of `n` T1 dwellings. */
  const stock = (n: number) => {
    const s = emptyStock();
    s.total = n;
    s.byTypology.T1 = n;
    return s;
  };
  const rows: Row[] = [
    ['A', 'T1', 20, 10, 4],
    ['A', 'T2', 20, 10, 4],
    ['B', 'T1', 0, 1, 4],
    ['B', 'T2', 20, 10, 4],
  ];

  it('cache les 0 demandes d’une commune qui n’a qu’un logement de cette taille', () => {
    // Le Grau-du-Roi (B): 1 T1 attribution, hidden. With 1 T1 dwelling and 0 demands published, a reader
    // would know it is at most 1 + 0, so exactly 1: the 0 is hidden, then the T1 and T2 demands around it.
    const r = publishDemandYears(
      [
        {
          ...year(2023, rows),
          stock: new Map([
            ['A', stock(30)],
            ['B', stock(1)],
          ]),
        },
      ],
      ['A', 'B'],
      {
        threshold: 5,
        solver,
      },
    );
    expect(r.report.recomputable).toBe(0);
    const t = r.tables['2023']!;
    expect(t.communes.B!.T1).toMatchObject({ pending: secondary, attributions: small });
    expect(t.communes.A!.T1.pending).toEqual(secondary);
    expect(t.communes.A!.T2.pending).toEqual(secondary);
    expect(t.communes.B!.T2.pending).toEqual(secondary);
    expect(t.communes.B!.total).toMatchObject({ pending: 20, attributions: 11 });
    expect(t.territory.T1).toMatchObject({ pending: 20, attributions: 11 });
  });

  it('sans RPLS, le 0 est publié', () => {
    const t = publishDemandYears([year(2023, rows)], ['A', 'B'], { threshold: 5, solver }).tables['2023']!;
    expect(t.communes.B!.T1).toMatchObject({ pending: 0, attributions: small });
    expect(t.communes.A!.T1.pending).toBe(20);
  });
});
