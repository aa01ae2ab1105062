/**
 * Raw stock per commune → published StockTable: builds the secrecy table (each breakdown sums to the
 * commune total; each commune figure sums to the territory figure) and reads the protected cells back.
 */
import { SecrecyTable, isMasked } from '../indicators/index.ts';
import { addStock, emptyStock, type RawStock } from '../rpls/index.ts';
import {
  BUILDING_KINDS, CONSTRUCTION_PERIODS, ENERGY_LABELS, FINANCING_FAMILIES, TYPOLOGIES,
  type StockFigures, type StockTable, type Typology,
} from './types.ts';

type Ids = { total: number; breakdowns: Record<string, Record<string, number>> };

const BREAKDOWNS = {
  byTypology: TYPOLOGIES, byBuildingKind: BUILDING_KINDS, byPeriod: CONSTRUCTION_PERIODS,
  byFinancing: FINANCING_FAMILIES, byEnergyLabel: ENERGY_LABELS, qpv: ['inside', 'outside'],
} as const;
type Breakdown = keyof typeof BREAKDOWNS;

function rawValue(s: RawStock, b: Breakdown, key: string): number {
  return (s[b] as Record<string, number>)[key]!;
}

function addCells(t: SecrecyTable, s: RawStock): Ids {
  const total = t.cell(s.total);
  const breakdowns: Ids['breakdowns'] = {};
  for (const [b, keys] of Object.entries(BREAKDOWNS) as [Breakdown, readonly string[]][]) {
    breakdowns[b] = Object.fromEntries(keys.map((k) => [k, t.cell(rawValue(s, b, k))]));
    const parts = Object.values(breakdowns[b]!);
    // Dwellings with an unreadable value are in the total but in no category: an unpublished remainder.
    const rest = s.total - keys.reduce((sum, k) => sum + rawValue(s, b, k), 0);
    if (rest !== 0) parts.push(t.cell(rest, { internal: true }));
    t.group(total, parts);
  }
  return { total, breakdowns };
}

function read(t: SecrecyTable, ids: Ids, s: RawStock): StockFigures {
  const b = (name: Breakdown) => Object.fromEntries(Object.entries(ids.breakdowns[name]!).map(([k, id]) => [k, t.output(id)]));
  const byTypology = b('byTypology') as StockFigures['byTypology'];
  const averageSurface = Object.fromEntries(TYPOLOGIES.map((k: Typology) => {
    const count = byTypology[k];
    if (isMasked(count)) return [k, count];
    const n = s.surfaceCount[k];
    return [k, n > 0 ? Math.round((s.surfaceSum[k] / n) * 10) / 10 : null];
  })) as StockFigures['averageSurface'];
  return {
    total: t.output(ids.total),
    byTypology,
    byBuildingKind: b('byBuildingKind') as StockFigures['byBuildingKind'],
    byPeriod: b('byPeriod') as StockFigures['byPeriod'],
    byFinancing: b('byFinancing') as StockFigures['byFinancing'],
    byEnergyLabel: b('byEnergyLabel') as StockFigures['byEnergyLabel'],
    qpv: b('qpv') as StockFigures['qpv'],
    averageSurface,
  };
}

/** Protects and publishes the stock of one millésime. */
export function publishStock(raw: Map<string, RawStock>, threshold: number): StockTable {
  const t = new SecrecyTable(threshold);
  const codes = [...raw.keys()].sort();
  const territoryRaw = codes.reduce((acc, c) => addStock(acc, raw.get(c)!), emptyStock());
  const communeIds = new Map(codes.map((c) => [c, addCells(t, raw.get(c)!)]));
  const territoryIds = addCells(t, territoryRaw);
  t.group(territoryIds.total, codes.map((c) => communeIds.get(c)!.total));
  for (const [b, keys] of Object.entries(BREAKDOWNS) as [Breakdown, readonly string[]][]) {
    for (const k of keys) t.group(territoryIds.breakdowns[b]![k]!, codes.map((c) => communeIds.get(c)!.breakdowns[b]![k]!));
  }
  t.solve();
  return {
    communes: Object.fromEntries(codes.map((c) => [c, read(t, communeIds.get(c)!, raw.get(c)!)])),
    territory: read(t, territoryIds, territoryRaw),
  };
}
