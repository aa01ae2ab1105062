/**
 * Demonstration dwellings of a territory, one object per dwelling, with the marginals of the seeds held
 * exactly, then written as a DiDo-format RPLS file (`;`, UTF-8 with BOM, upper-case names, quoted text).
 */
import type { Commune } from '../../src/lib/territory/index.ts';
import type { Typology } from '../../src/lib/dataset/index.ts';
import { allocate, shuffledBag } from './random.ts';

/** One demonstration dwelling. */
export interface DemoDwelling {
  commune: Commune;
  rooms: number;
  kind: 'C' | 'I' | 'E';
  year: number;
  finan: number;
  dpe: string;
  qpv: boolean;
  surface: number;
}

const BASE_SURFACE: Record<number, number> = { 1: 31, 2: 47, 3: 65, 4: 79, 5: 92, 6: 104 };

/** Room count of a typology (T5+ is 5 or, sometimes, 6 rooms). */
function roomsOf(t: Typology, random: () => number): number {
  return t === 'T5+' ? (random() < 0.8 ? 5 : 6) : Number(t.slice(1));
}

/** Year of completion within a period, and a financing code plausible for that year (data-formats.md §a.5). */
function yearAndFinancing(
  period: 'avant-1979' | '1979-2007' | 'depuis-2008',
  millesime: number,
  random: () => number,
): { year: number; finan: number } {
  const pick = <T>(options: [T, number][]): T => {
    let r = random();
    for (const [v, p] of options) if ((r -= p) < 0) return v;
    return options[options.length - 1]![0];
  };
  if (period === 'avant-1979') {
    const year = 1950 + Math.floor(random() * 29);
    return {
      year,
      finan:
        year < 1977
          ? pick([
              [52, 0.8],
              [99, 0.1],
              [50, 0.1],
            ])
          : 12,
    };
  }
  if (period === '1979-2007') {
    const year = 1979 + Math.floor(random() * 29);
    return {
      year,
      finan:
        year < 1999
          ? pick([
              [12, 0.85],
              [11, 0.1],
              [49, 0.05],
            ])
          : pick([
              [13, 0.75],
              [10, 0.15],
              [14, 0.1],
            ]),
    };
  }
  const year = 2008 + Math.floor(random() * (millesime - 2008));
  return {
    year,
    finan: pick([
      [13, 0.62],
      [10, 0.22],
      [14, 0.12],
      [16, 0.04],
    ]),
  };
}

/** Shares used for categories the seeds do not give (demonstration values). */
export interface StockShares {
  typology: Record<Typology, number>;
  collectif: number;
  etudiant: number;
  before1979: number;
  since2008: number;
  dpe: Record<string, number>;
}

/** Dwellings of one commune group with exact category counts from the shares. */
export function planDwellings(
  perCommune: { commune: Commune; count: number; qpv: number; typology?: Record<Typology, number> }[],
  shares: StockShares,
  millesime: number,
  random: () => number,
): DemoDwelling[] {
  const total = perCommune.reduce((a, c) => a + c.count, 0);
  const fixed = perCommune.filter((c) => c.typology);
  const freeTotal = total - fixed.reduce((a, c) => a + c.count, 0);
  const typologies = Object.keys(shares.typology) as Typology[];
  const freeTypology = shuffledBag(
    typologies.map(
      (t, i) =>
        [
          t,
          allocate(
            freeTotal,
            typologies.map((k) => shares.typology[k]),
          )[i]!,
        ] as const,
    ),
    random,
  );
  const [collectif, individuel, etudiant] = allocate(total, [
    shares.collectif,
    1 - shares.collectif - shares.etudiant,
    shares.etudiant,
  ]);
  const kinds = shuffledBag(
    [
      ['C', collectif!],
      ['I', individuel!],
      ['E', etudiant!],
    ] as const,
    random,
  );
  const [before, middle, recent] = allocate(total, [
    shares.before1979,
    1 - shares.before1979 - shares.since2008,
    shares.since2008,
  ]);
  const periods = shuffledBag(
    [
      ['avant-1979', before!],
      ['1979-2007', middle!],
      ['depuis-2008', recent!],
    ] as const,
    random,
  );
  const labels = Object.keys(shares.dpe);
  const dpe = shuffledBag(
    labels.map(
      (l, i) =>
        [
          l,
          allocate(
            total,
            labels.map((k) => shares.dpe[k]!),
          )[i]!,
        ] as const,
    ),
    random,
  );
  const out: DemoDwelling[] = [];
  let free = 0;
  for (const c of perCommune) {
    const own = c.typology
      ? shuffledBag(
          typologies.map((t) => [t, c.typology![t]] as const),
          random,
        )
      : freeTypology.slice(free, (free += c.count));
    for (let i = 0; i < c.count; i++) {
      const k = out.length;
      const rooms = roomsOf(own[i]!, random);
      const { year, finan } = yearAndFinancing(periods[k]!, millesime, random);
      out.push({
        commune: c.commune,
        rooms,
        kind: kinds[k]!,
        year,
        finan,
        dpe: dpe[k]!,
        qpv: i < c.qpv,
        surface: Math.round(BASE_SURFACE[rooms]! * (0.85 + random() * 0.3) * 10) / 10,
      });
    }
  }
  return out;
}

/** Header of the demonstration DiDo file: the columns we read plus the usual geography. */
const HEADER = [
  'REG_CODE',
  'DEP_CODE',
  'EPCI_CODE',
  'DEPCOM',
  'LIBCOM',
  'QPV_CODE',
  'TYPECONST_CODE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'FINAN_CODE',
  'DPEENERGIE',
];

/** DiDo-format CSV text (BOM, `;`, quoted names) of the dwellings. */
export function didoCsv(dwellings: readonly DemoDwelling[], geo: { reg: string; epci: string }): string {
  const lines = [HEADER.join(';')];
  for (const d of dwellings) {
    lines.push(
      [
        geo.reg,
        d.commune.departement,
        geo.epci,
        d.commune.code,
        `"${d.commune.name}"`,
        d.qpv ? 'QPDEMO01' : '',
        d.kind,
        d.rooms,
        d.surface.toFixed(1),
        d.year,
        d.finan,
        d.dpe,
      ].join(';'),
    );
  }
  return `\ufeff${lines.join('\n')}\n`;
}
