/**
 * Adversarial demand tables for the secrecy tests (many tiny cells, one large commune, absent sizes, stock at
 * 0, two years), generated from a seed, and their protection by the real code. Test code only: the expected
 * results are checked by readers written in the tests, never by src/lib.
 */
import { publishDemandYears, type PositioningInput, type PublishedBefore } from '../../src/lib/dataset/index.ts';
import type { Highs } from '../../src/lib/indicators/index.ts';
import { emptyStock, type RawStock } from '../../src/lib/rpls/index.ts';

export const T = 5;
export const SIZES = ['T1', 'T2', 'T3', 'T4', 'T5+'] as const;
export type Size = (typeof SIZES)[number];
export interface Row {
  pending: number;
  attributions: number;
  delay?: number;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Raw rows of one scenario: code → size → year → row, and the stock by code and size. */
export interface Scenario {
  years: number[];
  codes: string[];
  rows: Map<string, Map<Size, Map<number, Row>>>;
  stock: Map<string, Record<Size, number>>;
}

export function scenario(seed: number, communes: number): Scenario {
  const r = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const years = [2022, 2023];
  const codes = Array.from({ length: communes }, (_, i) => `99${String(100 + i)}`);
  const rows = new Map<string, Map<Size, Map<number, Row>>>();
  const stock = new Map<string, Record<Size, number>>();
  codes.forEach((code, i) => {
    const large = i === 0;
    const none = i === communes - 1; // no social housing at all
    const st = {} as Record<Size, number>;
    const bySize = new Map<Size, Map<number, Row>>();
    for (const k of SIZES) {
      const absent = none || (!large && r() < 0.3);
      st[k] = absent ? 0 : large ? int(100, 400) : int(1, 12);
      const byYear = new Map<number, Row>();
      for (const y of years) {
        const pending = none ? int(0, 2) : large ? int(20, 120) : int(0, 6);
        const attributions = absent ? 0 : large ? int(3, 40) : int(0, Math.min(4, st[k] + pending));
        byYear.set(y, { pending, attributions, ...(attributions > 0 ? { delay: Math.round(r() * 400) / 10 } : {}) });
      }
      bySize.set(k, byYear);
    }
    rows.set(code, bySize);
    stock.set(code, st);
  });
  return { years, codes, rows, stock };
}

function rawStock(s: Record<Size, number>): RawStock {
  const out = emptyStock();
  for (const k of SIZES) out.byTypology[k] = s[k];
  out.total = SIZES.reduce((n, k) => n + s[k], 0);
  return out;
}

/**
 * A positioning table for the scenario's latest year: each size's territory totals split at random over
 * `bands` bands of 25 points (the last one open), as an export from the same demand system would.
 */
export function positioningOf(s: Scenario, seed: number, bands = 4): PositioningInput {
  const r = random(seed);
  const year = s.years.at(-1)!;
  const sizes: PositioningInput['sizes'] = {};
  for (const k of SIZES) {
    const split = (measure: 'pending' | 'attributions') => {
      const parts = new Array<number>(bands).fill(0);
      for (const code of s.codes)
        for (let n = s.rows.get(code)!.get(k)!.get(year)![measure]; n > 0; n--) parts[Math.floor(r() * bands)]!++;
      return parts;
    };
    const pending = split('pending');
    const attributions = split('attributions');
    sizes[k] = pending.map((p, i) => ({
      line: i + 2,
      min: i * 25,
      max: i === bands - 1 ? null : i * 25 + 24,
      pending: p,
      attributions: attributions[i]!,
    }));
  }
  return { millesime: year, sizes };
}

/** Protects the scenario's `years` (all by default), with the previous publication and positioning when given. */
export function protect(
  s: Scenario,
  solver: Highs,
  options: { years?: number[]; previous?: PublishedBefore; positioning?: PositioningInput } = {},
) {
  return publishDemandYears(
    (options.years ?? s.years).map((y) => ({
      millesime: y,
      rows: new Map(
        s.codes.map((code) => [
          code,
          new Map(
            SIZES.map((k) => {
              const x = s.rows.get(code)!.get(k)!.get(y)!;
              return [
                k,
                {
                  pending: x.pending,
                  pendingTransfers: 0,
                  attributions: x.attributions,
                  attributionTransfers: 0,
                  ...(x.delay !== undefined ? { averageDelayMonths: x.delay } : {}),
                  line: 1,
                  attributionsColumn: 1,
                },
              ] as const;
            }),
          ),
        ]),
      ),
      stock: new Map(s.codes.map((c) => [c, rawStock(s.stock.get(c)!)])),
    })),
    s.codes,
    { threshold: T, solver },
    options.previous,
    options.positioning,
  );
}
