/**
 * Properties of statistical secrecy on random demand and stock tables, through the whole publication of the
 * dataset module (publishDemand, publishStock): no protected count can be recomputed, no published count is
 * under the threshold. Run by npm test; left out of the mutation tests (tests/mutation/vitest.config.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMasked, loadSolver, type Cell, type Highs } from '../../src/lib/indicators/index.ts';
import { publishDemand } from '../../src/lib/dataset/demand-table.ts';
import { publishStock } from '../../src/lib/dataset/stock-table.ts';
import { emptyStock } from '../../src/lib/rpls/index.ts';
import { TYPOLOGIES, type Typology } from '../../src/lib/dataset/index.ts';
import type { RawDemand } from '../../src/lib/demand/index.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

/** Every number of a published object (counts and indicators), with its path. */
function publishedNumbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => publishedNumbers(v, `${path}.${k}`));
  return [];
}

describe('secret statistique : propriétés', () => {
  it('protège les demandes publiées, mutations comprises', () => {
    const count = fc.integer({ min: 0, max: 12 });
    const rowArb = fc.record({
      pending: count,
      pendingTransfers: count,
      attributions: count,
      attributionTransfers: count,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(rowArb, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        (communes) => {
          const raw = new Map(
            communes.map((rows, i) => [
              `6300${i}`,
              new Map(
                TYPOLOGIES.map((t, k) => {
                  const r = rows[k]!;
                  const demand: RawDemand = {
                    pending: r.pending,
                    pendingTransfers: Math.min(r.pendingTransfers, r.pending),
                    attributions: r.attributions,
                    attributionTransfers: Math.min(r.attributionTransfers, r.attributions),
                    line: 1,
                    attributionsColumn: 1,
                  };
                  return [t, demand] as const;
                }),
              ),
            ]),
          );
          const { table: published, report } = publishDemand(raw, [...raw.keys()], { threshold: 5, solver: highs });
          expect(report.recomputable).toBe(0);
          for (const [path, n] of publishedNumbers(published)) {
            if (/waitingMonths|pressure|Change|Delay/.test(path)) continue;
            expect(n === 0 || n >= 5, `${path} = ${n}`).toBe(true);
          }
          // Transfers are published for the whole territory only (all sizes), never per commune or size.
          for (const code of raw.keys())
            for (const t of [...TYPOLOGIES, 'total' as const]) {
              expect(published.communes[code]![t].pendingTransfers).toBeUndefined();
              expect(published.communes[code]![t].attributionTransfers).toBeUndefined();
            }
          const p = published.territory.total;
          for (const [total, part] of [
            [p.pending, p.pendingTransfers],
            [p.attributions, p.attributionTransfers],
          ] as [Cell, Cell][]) {
            if (!isMasked(total) && !isMasked(part)) expect(total - part === 0 || total - part >= 5).toBe(true);
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 600_000);

  it('protège le parc quand le territoire le demande : aucun nombre publié sous le seuil', () => {
    const count = fc.integer({ min: 0, max: 9 });
    const stockArb = fc.array(
      fc.record({ T1: count, T2: count, T3: count, T4: count, T5: count, qpv: fc.integer({ min: 0, max: 100 }) }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(stockArb, (communes) => {
        const raw = new Map(
          communes.map((c, i) => {
            const s = emptyStock();
            const byT: Record<Typology, number> = { T1: c.T1, T2: c.T2, T3: c.T3, T4: c.T4, 'T5+': c.T5 };
            s.byTypology = byT;
            s.total = Object.values(byT).reduce((a, b) => a + b, 0);
            s.qpv.inside = Math.round((s.total * c.qpv) / 100);
            s.qpv.outside = s.total - s.qpv.inside;
            s.byBuildingKind.collectif = s.total;
            s.byPeriod['avant-1979'] = s.total;
            s.byFinancing.PLUS = s.total;
            s.byEnergyLabel.inconnu = s.total;
            return [`6300${i}`, s];
          }),
        );
        const { table, report } = publishStock(raw, { threshold: 5, solver: highs, mask: true });
        expect(report!.recomputable).toBe(0);
        for (const [path, n] of publishedNumbers(table)) {
          if (path.includes('averageSurface')) continue;
          expect(n === 0 || n >= 5, `${path} = ${n}`).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  }, 600_000);
});
