/**
 * The counts of one RPLS read, per member commune, in one flat array of numbers while the file is read
 * (a large territory adds 75 000 rows: an index into an array instead of a property named by a string),
 * and each commune's RawStock at the end. Both readers of read.ts (from bytes, as text) add into the same
 * tally, row by row in file order, so the sums of surfaces are made in the same order either way.
 */
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
} from '../figures/index.ts';
import { emptyStock, type RawStock } from './stock.ts';

// Each commune's numbers: its total first (at its slot's start), then the categories.
const TYPOLOGY = 1;
const SURFACE_SUM = TYPOLOGY + TYPOLOGIES.length;
const SURFACE_COUNT = SURFACE_SUM + TYPOLOGIES.length;
const KIND = SURFACE_COUNT + TYPOLOGIES.length;
const PERIOD = KIND + BUILDING_KINDS.length;
const FINANCING = PERIOD + CONSTRUCTION_PERIODS.length;
const ENERGY = FINANCING + FINANCING_FAMILIES.length;
const QPV_INSIDE = ENERGY + ENERGY_LABELS.length;
const QPV_OUTSIDE = QPV_INSIDE + 1;
const WIDTH = QPV_OUTSIDE + 1;

/** One row's categories, as indexes into the lists of src/lib/figures (-1: none). */
export interface TallyRow {
  /** Index in TYPOLOGIES, or -1 when the number of rooms is unreadable. */
  typology: number;
  /** Surface of one dwelling; counted only when above 0 and the typology is known. */
  surface: number | undefined;
  /** Index in BUILDING_KINDS, or -1 when unknown. */
  kind: number;
  /** Index in CONSTRUCTION_PERIODS. */
  period: number;
  /** Index in FINANCING_FAMILIES. */
  financing: number;
  /** Index in ENERGY_LABELS. */
  energy: number;
  qpv: boolean;
}

export class StockTally {
  private readonly codes: string[];
  private readonly slots: Map<string, number>;
  private readonly counts: Float64Array;

  constructor(members: Iterable<string>) {
    this.codes = [...members];
    this.slots = new Map(this.codes.map((c, i) => [c, i]));
    this.counts = new Float64Array(this.codes.length * WIDTH);
  }

  /** The slot of a member commune (its current code). */
  slotOf(code: string): number {
    return this.slots.get(code)!;
  }

  /** Adds `n` dwellings of one row to the commune in `slot`. */
  add(slot: number, n: number, row: TallyRow): void {
    const c = this.counts;
    const at = slot * WIDTH;
    c[at]! += n;
    if (row.typology >= 0) {
      c[at + TYPOLOGY + row.typology]! += n;
      // Stryker disable next-line ConditionalExpression: equivalent, undefined > 0 is false too; written out for the reader.
      if (row.surface !== undefined && row.surface > 0) {
        c[at + SURFACE_SUM + row.typology]! += row.surface;
        c[at + SURFACE_COUNT + row.typology]! += n;
      }
    }
    if (row.kind >= 0) c[at + KIND + row.kind]! += n;
    c[at + PERIOD + row.period]! += n;
    c[at + FINANCING + row.financing]! += n;
    c[at + ENERGY + row.energy]! += n;
    c[at + (row.qpv ? QPV_INSIDE : QPV_OUTSIDE)]! += n;
  }

  /** Every member's stock (an empty one for a member without any row). */
  stock(): Map<string, RawStock> {
    return new Map(
      this.codes.map((code, i) => {
        const c = this.counts;
        const at = i * WIDTH;
        const s = emptyStock();
        s.total = c[at]!;
        TYPOLOGIES.forEach((t, j) => {
          s.byTypology[t] = c[at + TYPOLOGY + j]!;
          s.surfaceSum[t] = c[at + SURFACE_SUM + j]!;
          s.surfaceCount[t] = c[at + SURFACE_COUNT + j]!;
        });
        BUILDING_KINDS.forEach((k, j) => (s.byBuildingKind[k] = c[at + KIND + j]!));
        CONSTRUCTION_PERIODS.forEach((p, j) => (s.byPeriod[p] = c[at + PERIOD + j]!));
        FINANCING_FAMILIES.forEach((f, j) => (s.byFinancing[f] = c[at + FINANCING + j]!));
        ENERGY_LABELS.forEach((e, j) => (s.byEnergyLabel[e] = c[at + ENERGY + j]!));
        s.qpv = { inside: c[at + QPV_INSIDE]!, outside: c[at + QPV_OUTSIDE]! };
        return [code, s];
      }),
    );
  }
}
