/**
 * Raw stock per commune → published StockTable. The RPLS is published by the State dwelling by dwelling:
 * its counts protect nobody and are published as they are. A territory may still ask to mask them
 * (`maskStockCounts`): the table then goes through the same secrecy audit as the demands (each breakdown
 * sums to the commune total; each commune figure sums to the territory figure).
 */
import { SecrecyTable, type SecrecyReport } from '../indicators/index.ts';
import { addStock, emptyStock, type RawStock } from '../rpls/index.ts';
import type { SecrecyOptions } from './demand-table.ts';
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
  type Cell,
  type Indicator,
  type StockFigures,
  type StockTable,
  type Typology,
} from './types.ts';

type Ids = { total: number; breakdowns: Record<string, Record<string, number>>; surface: Record<Typology, number> };

const BREAKDOWNS = {
  byTypology: TYPOLOGIES,
  byBuildingKind: BUILDING_KINDS,
  byPeriod: CONSTRUCTION_PERIODS,
  byFinancing: FINANCING_FAMILIES,
  byEnergyLabel: ENERGY_LABELS,
  qpv: ['inside', 'outside'],
} as const;
type Breakdown = keyof typeof BREAKDOWNS;

function rawValue(s: RawStock, b: Breakdown, key: string): number {
  return (s[b] as Record<string, number>)[key]!;
}

/** Average living surface of a typology, one decimal; undefined when no surface is known. */
function surface(s: RawStock, k: Typology): number | undefined {
  const n = s.surfaceCount[k];
  return n > 0 ? s.surfaceSum[k] / n : undefined;
}

function addCells(t: SecrecyTable, s: RawStock, importance: number): Ids {
  const total = t.cell(s.total, { importance: importance * 2 });
  const breakdowns: Ids['breakdowns'] = {};
  for (const [b, keys] of Object.entries(BREAKDOWNS) as [Breakdown, readonly string[]][]) {
    breakdowns[b] = Object.fromEntries(keys.map((k) => [k, t.cell(rawValue(s, b, k), { importance })]));
    const parts = Object.values(breakdowns[b]!);
    // Dwellings with an unreadable value are in the total but in no category: an unpublished remainder.
    const rest = s.total - keys.reduce((sum, k) => sum + rawValue(s, b, k), 0);
    if (rest !== 0) parts.push(t.cell(rest, { internal: true }));
    t.group(total, parts);
  }
  // Surfaces are averages over dwellings whose surface is known: their weights are not published counts,
  // so they tell nothing linear about the counts. Published with the typology's count.
  const surfaceIds = Object.fromEntries(
    TYPOLOGIES.map((k) => [k, t.given(surface(s, k), [breakdowns.byTypology![k]!])]),
  ) as Record<Typology, number>;
  return { total, breakdowns, surface: surfaceIds };
}

function figures(
  cell: (b: Breakdown | 'total', key: string) => Cell,
  averageSurface: (k: Typology) => Indicator,
): StockFigures {
  const b = <K extends string>(name: Breakdown, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, cell(name, k)])) as Record<K, Cell>;
  return {
    total: cell('total', ''),
    byTypology: b('byTypology', TYPOLOGIES),
    byBuildingKind: b('byBuildingKind', BUILDING_KINDS),
    byPeriod: b('byPeriod', CONSTRUCTION_PERIODS),
    byFinancing: b('byFinancing', FINANCING_FAMILIES),
    byEnergyLabel: b('byEnergyLabel', ENERGY_LABELS),
    qpv: b('qpv', ['inside', 'outside'] as const),
    averageSurface: Object.fromEntries(TYPOLOGIES.map((k) => [k, averageSurface(k)])) as StockFigures['averageSurface'],
  };
}

/** The stock as read: every count published. */
function published(s: RawStock): StockFigures {
  return figures(
    (b, key) => (b === 'total' ? s.total : rawValue(s, b, key)),
    (k) => {
      const a = surface(s, k);
      return a === undefined ? null : Math.round(a * 10) / 10;
    },
  );
}

/**
 * Publishes the stock of one millésime: counts as they are, or, when `secrecy.mask` is set, protected by
 * the secrecy audit (its report is then returned).
 */
export function publishStock(
  raw: Map<string, RawStock>,
  secrecy: SecrecyOptions & { mask: boolean },
): { table: StockTable; report?: SecrecyReport } {
  const codes = [...raw.keys()].sort();
  const territoryRaw = codes.reduce((acc, c) => addStock(acc, raw.get(c)!), emptyStock());
  if (!secrecy.mask) {
    return {
      table: {
        communes: Object.fromEntries(codes.map((c) => [c, published(raw.get(c)!)])),
        territory: published(territoryRaw),
      },
    };
  }
  const t = new SecrecyTable(secrecy.threshold);
  const communeIds = new Map(codes.map((c) => [c, addCells(t, raw.get(c)!, 1)]));
  const territoryIds = addCells(t, territoryRaw, 3);
  t.group(
    territoryIds.total,
    codes.map((c) => communeIds.get(c)!.total),
  );
  for (const [b, keys] of Object.entries(BREAKDOWNS) as [Breakdown, readonly string[]][]) {
    for (const k of keys)
      t.group(
        territoryIds.breakdowns[b]![k]!,
        codes.map((c) => communeIds.get(c)!.breakdowns[b]![k]!),
      );
  }
  const report = t.protect(secrecy.solver);
  const read = (ids: Ids) =>
    figures(
      (b, key) => t.output(b === 'total' ? ids.total : ids.breakdowns[b]![key]!),
      (k) => t.figure(ids.surface[k]),
    );
  return {
    table: {
      communes: Object.fromEntries(codes.map((c) => [c, read(communeIds.get(c)!)])),
      territory: read(territoryIds),
    },
    report,
  };
}
