import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecrecyTable, formatCell, isMasked, secrecyExplanation, type Cell } from '../../src/lib/indicators/index.ts';
import { publishDemand } from '../../src/lib/dataset/demand-table.ts';
import { publishStock } from '../../src/lib/dataset/stock-table.ts';
import { emptyStock } from '../../src/lib/rpls/index.ts';
import { TYPOLOGIES, type Typology } from '../../src/lib/dataset/index.ts';
import type { RawDemand } from '../../src/lib/demand/index.ts';

/** Every number of a published object (counts and indicators), with its path. */
function publishedNumbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => publishedNumbers(v, `${path}.${k}`));
  return [];
}

/** A commune × category table with row totals, column totals and a grand total. */
function protectGrid(grid: number[][], threshold: number) {
  const t = new SecrecyTable(threshold);
  const ids = grid.map((row) => row.map((v) => t.cell(v)));
  const rowTotals = grid.map((row, i) => { const id = t.cell(row.reduce((a, b) => a + b, 0)); t.group(id, ids[i]!); return id; });
  const columns = grid[0]!.length;
  const colTotals = [...Array(columns).keys()].map((c) => { const id = t.cell(grid.reduce((a, row) => a + row[c]!, 0)); t.group(id, ids.map((r) => r[c]!)); return id; });
  const grand = t.cell(grid.flat().reduce((a, b) => a + b, 0));
  t.group(grand, rowTotals);
  t.group(grand, colTotals);
  t.solve();
  return { t, ids, rowTotals, colTotals, grand };
}

const gridArb = fc.integer({ min: 1, max: 5 }).chain((rows) => fc.integer({ min: 1, max: 5 }).chain((cols) =>
  fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })));

describe('secret statistique : propriétés', () => {
  it('ne publie aucun nombre entre 1 et le seuil moins 1', () => {
    fc.assert(fc.property(gridArb, fc.integer({ min: 2, max: 11 }), (grid, threshold) => {
      const { t, ids, rowTotals, colTotals, grand } = protectGrid(grid, threshold);
      for (const id of [...ids.flat(), ...rowTotals, ...colTotals, grand]) {
        const cell = t.output(id);
        if (!isMasked(cell)) expect(cell === 0 || cell >= threshold).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('aucune combinaison des cellules publiées ne permet de recalculer une petite cellule cachée', () => {
    fc.assert(fc.property(gridArb, fc.integer({ min: 2, max: 11 }), (grid, threshold) => {
      const { t } = protectGrid(grid, threshold);
      // Exact check: a hidden cell is recomputable when the group equations determine it.
      expect(t.revealedSmallCell()).toBeUndefined();
    }), { numRuns: 300 });
  });

  it('aucun groupe n’a une seule cellule cachée', () => {
    fc.assert(fc.property(gridArb, fc.integer({ min: 2, max: 11 }), (grid, threshold) => {
      const { t, ids, rowTotals, colTotals, grand } = protectGrid(grid, threshold);
      const groups = [...ids.map((row, i) => [rowTotals[i]!, ...row]), ...colTotals.map((c, j) => [c, ...ids.map((r) => r[j]!)]), [grand, ...rowTotals], [grand, ...colTotals]];
      for (const g of groups) expect(g.filter((id) => isMasked(t.output(id))).length).not.toBe(1);
    }), { numRuns: 300 });
  });

  it('protège le parc publié : aucun nombre publié sous le seuil', () => {
    const count = fc.integer({ min: 0, max: 9 });
    const stockArb = fc.array(fc.record({ T1: count, T2: count, T3: count, T4: count, T5: count, qpv: fc.integer({ min: 0, max: 100 }), individuel: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(stockArb, (communes) => {
      const raw = new Map(communes.map((c, i) => {
        const s = emptyStock();
        const byT: Record<Typology, number> = { T1: c.T1, T2: c.T2, T3: c.T3, T4: c.T4, 'T5+': c.T5 };
        s.byTypology = byT;
        s.total = Object.values(byT).reduce((a, b) => a + b, 0);
        s.qpv.inside = Math.round((s.total * c.qpv) / 100);
        s.qpv.outside = s.total - s.qpv.inside;
        s.byBuildingKind.individuel = Math.round((s.total * c.individuel) / 100);
        s.byBuildingKind.collectif = s.total - s.byBuildingKind.individuel;
        s.byPeriod['avant-1979'] = s.total;
        s.byFinancing.PLUS = s.total;
        s.byEnergyLabel.inconnu = s.total;
        return [`6300${i}`, s];
      }));
      const published = publishStock(raw, 5);
      for (const [path, n] of publishedNumbers(published)) {
        if (path.includes('averageSurface')) continue;
        expect(n === 0 || n >= 5, `${path} = ${n}`).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('protège les demandes publiées, mutations comprises', () => {
    const count = fc.integer({ min: 0, max: 12 });
    const rowArb = fc.record({ pending: count, pendingTransfers: count, attributions: count, attributionTransfers: count });
    fc.assert(fc.property(fc.array(fc.array(rowArb, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (communes) => {
      const raw = new Map(communes.map((rows, i) => [`6300${i}`, new Map(TYPOLOGIES.map((t, k) => {
        const r = rows[k]!;
        const demand: RawDemand = { pending: r.pending, pendingTransfers: Math.min(r.pendingTransfers, r.pending), attributions: r.attributions, attributionTransfers: Math.min(r.attributionTransfers, r.attributions), line: 1, attributionsColumn: 1 };
        return [t, demand] as const;
      }))]));
      const published = publishDemand(raw, [...raw.keys()], 5);
      for (const [path, n] of publishedNumbers(published)) {
        if (/waitingMonths|pressure|Change|Delay/.test(path)) continue;
        expect(n === 0 || n >= 5, `${path} = ${n}`).toBe(true);
      }
      // "Not a transfer" (count − transfers) must not be small and recoverable either.
      for (const code of raw.keys()) for (const t of TYPOLOGIES) {
        const p = published.communes[code]![t];
        for (const [total, part] of [[p.pending, p.pendingTransfers], [p.attributions, p.attributionTransfers]] as [Cell, Cell][]) {
          if (!isMasked(total) && !isMasked(part)) expect(total - part === 0 || total - part >= 5).toBe(true);
        }
      }
    }), { numRuns: 150 });
  });
});

describe('secret statistique : exemples', () => {
  it('cache une deuxième cellule quand un total permettrait de retrouver la petite', () => {
    const t = new SecrecyTable(5);
    const small = t.cell(3), big = t.cell(40), other = t.cell(12), total = t.cell(55);
    t.group(total, [small, big, other]);
    expect(t.output(small)).toEqual({ masked: 'small' });
    expect(t.output(other)).toEqual({ masked: 'secondary' });
    expect(t.output(big)).toBe(40);
    expect(t.output(total)).toBe(55);
  });

  it('laisse masquée une cellule masquée à la source, et publie 0', () => {
    const t = new SecrecyTable(5);
    expect(t.output(t.cell('source'))).toEqual({ masked: 'source' });
    expect(t.output(t.cell(0))).toBe(0);
  });

  it('écrit les cellules avec un seul format', () => {
    expect(formatCell(1615, 5)).toBe('1\u202f615');
    expect(formatCell({ masked: 'small' }, 5)).toBe('moins de 5');
    expect(formatCell({ masked: 'secondary' }, 5)).toBe('non publié');
    expect(formatCell({ masked: 'source' }, 5)).toBe('non publié');
    for (const sentence of secrecyExplanation(5).split(/(?<=\.) /)) expect(sentence.split(' ').length).toBeLessThanOrEqual(15);
  });
});
