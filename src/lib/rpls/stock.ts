/** Raw (unmasked) stock counts of one commune, filled row by row. */
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
  type BuildingKind,
  type ConstructionPeriod,
  type EnergyLabel,
  type FinancingFamily,
  type Typology,
} from '../figures/index.ts';

/** Exact counts before statistical secrecy. Never leaves the data modules. */
export interface RawStock {
  total: number;
  byTypology: Record<Typology, number>;
  byBuildingKind: Record<BuildingKind, number>;
  byPeriod: Record<ConstructionPeriod, number>;
  byFinancing: Record<FinancingFamily, number>;
  byEnergyLabel: Record<EnergyLabel, number>;
  qpv: { inside: number; outside: number };
  /** Sum of surfaces and number of dwellings with a surface, per typology (for averages). */
  surfaceSum: Record<Typology, number>;
  surfaceCount: Record<Typology, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** An empty stock (a commune with no social dwelling). */
export function emptyStock(): RawStock {
  return {
    total: 0,
    byTypology: zeros(TYPOLOGIES),
    byBuildingKind: zeros(BUILDING_KINDS),
    byPeriod: zeros(CONSTRUCTION_PERIODS),
    byFinancing: zeros(FINANCING_FAMILIES),
    byEnergyLabel: zeros(ENERGY_LABELS),
    qpv: { inside: 0, outside: 0 },
    surfaceSum: zeros(TYPOLOGIES),
    surfaceCount: zeros(TYPOLOGIES),
  };
}

/** Adds `b` into `a` (territory totals). */
export function addStock(a: RawStock, b: RawStock): RawStock {
  a.total += b.total;
  for (const k of TYPOLOGIES) {
    a.byTypology[k] += b.byTypology[k];
    a.surfaceSum[k] += b.surfaceSum[k];
    a.surfaceCount[k] += b.surfaceCount[k];
  }
  for (const k of BUILDING_KINDS) a.byBuildingKind[k] += b.byBuildingKind[k];
  for (const k of CONSTRUCTION_PERIODS) a.byPeriod[k] += b.byPeriod[k];
  for (const k of FINANCING_FAMILIES) a.byFinancing[k] += b.byFinancing[k];
  for (const k of ENERGY_LABELS) a.byEnergyLabel[k] += b.byEnergyLabel[k];
  a.qpv.inside += b.qpv.inside;
  a.qpv.outside += b.qpv.outside;
  return a;
}
