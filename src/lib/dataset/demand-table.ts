/**
 * Raw demand rows → published DemandTable: secrecy over typologies (they sum to the commune total),
 * communes (they sum to the territory) and transfers (a part of each count), with the figures derived from
 * them (waiting time, pressure, average delays) declared to the same table, so that the audit sees every
 * published number with its rounding.
 */
import { SecrecyTable, change, type Highs, type RawValue, type SecrecyReport } from '../indicators/index.ts';
import type { RawDemand } from '../demand/index.ts';
import {
  TYPOLOGIES,
  type Cell,
  type DemandByTypology,
  type DemandFigures,
  type DemandTable,
  type Typology,
} from './types.ts';

const MEASURES = ['pending', 'pendingTransfers', 'attributions', 'attributionTransfers'] as const;
type Measure = (typeof MEASURES)[number];
type Key = Typology | 'total';
const KEYS: readonly Key[] = [...TYPOLOGIES, 'total'];
type RawRow = Record<Measure, RawValue> & { delay?: number | 'source' | undefined };

/** What secrecy needs: the territory's threshold and the loaded solver (`loadSolver()`). */
export interface SecrecyOptions {
  threshold: number;
  solver: Highs;
}

const sum = (values: RawValue[]): RawValue =>
  values.some((v) => v === 'source') ? 'source' : (values as number[]).reduce((a, b) => a + b, 0);
const minus = (a: RawValue, b: RawValue): RawValue => (a === 'source' || b === 'source' ? 'source' : a - b);

/**
 * The rows of one commune by typology. A table that gives only the commune's total (no sizes) leaves each
 * size unknown (`source`): the sizes then add up to the given total, they are not zero.
 */
function rawRows(byTypology: Map<Typology | 'total', RawDemand> | undefined): Record<Typology, RawRow> {
  const out = {} as Record<Typology, RawRow>;
  const totalOnly = byTypology?.has('total') === true;
  for (const k of TYPOLOGIES) {
    const r = byTypology?.get(k);
    if (totalOnly) {
      out[k] = {
        pending: 'source',
        pendingTransfers: 'source',
        attributions: 'source',
        attributionTransfers: 'source',
      };
      continue;
    }
    out[k] = r
      ? {
          pending: r.pending,
          pendingTransfers: r.pendingTransfers,
          attributions: r.attributions,
          attributionTransfers: r.attributionTransfers,
          delay: r.averageDelayMonths,
        }
      : { pending: 0, pendingTransfers: 0, attributions: 0, attributionTransfers: 0 };
  }
  return out;
}

/** Cell ids of one row, and ids of its derived figures. */
type RowIds = Record<Measure, number> & { waiting: number; pressure: number; delay: number };
type Ids = Record<Key, RowIds>;

/** Cells of one row (commune or territory, one typology or all), its "not a transfer" parts and its ratios. */
function addRow(
  t: SecrecyTable,
  values: Record<Measure, RawValue>,
  importance: number,
): Record<Measure, number> & { waiting: number; pressure: number } {
  const ids = Object.fromEntries(MEASURES.map((m) => [m, t.cell(values[m], { importance })])) as Record<
    Measure,
    number
  >;
  // "Not a transfer" is never published but is pending − transfers: protect it like any count.
  t.group(ids.pending, [
    ids.pendingTransfers,
    t.cell(minus(values.pending, values.pendingTransfers), { internal: true }),
  ]);
  t.group(ids.attributions, [
    ids.attributionTransfers,
    t.cell(minus(values.attributions, values.attributionTransfers), { internal: true }),
  ]);
  return {
    ...ids,
    waiting: t.ratio(ids.pending, ids.attributions, { factor: 12 }),
    pressure: t.ratio(ids.pending, ids.attributions),
  };
}

/** Totals of rows, measure by measure. */
function totalOf(rows: Record<Measure, RawValue>[]): Record<Measure, RawValue> {
  return Object.fromEntries(MEASURES.map((m) => [m, sum(rows.map((r) => r[m]))])) as Record<Measure, RawValue>;
}

/**
 * Adds the total row over parts: the sums, and the average delay weighted by attributions (or the delay
 * the table gives for the total, when it gives no parts).
 */
function addTotal(
  t: SecrecyTable,
  parts: RowIds[],
  values: Record<Measure, RawValue>,
  importance: number,
  givenDelay?: number | 'source',
): RowIds {
  const row = addRow(t, values, importance);
  for (const m of MEASURES)
    t.group(
      row[m],
      parts.map((p) => p[m]),
    );
  const delay =
    givenDelay !== undefined
      ? t.given(givenDelay, [row.attributions])
      : t.average(
          parts.map((p) => ({ weight: p.attributions, value: p.delay })),
          [row.attributions],
        );
  return { ...row, delay };
}

function figures(t: SecrecyTable, ids: Ids, previous: DemandByTypology | undefined): DemandByTypology {
  const out = {} as DemandByTypology;
  for (const k of KEYS) {
    const c = Object.fromEntries(MEASURES.map((m) => [m, t.output(ids[k][m])])) as Record<Measure, Cell>;
    const f: DemandFigures = {
      ...c,
      averageDelayMonths: t.figure(ids[k].delay),
      waitingMonths: t.figure(ids[k].waiting),
      pressure: t.figure(ids[k].pressure),
      pendingChange: change(c.pending, previous?.[k].pending),
      attributionsChange: change(c.attributions, previous?.[k].attributions),
    };
    out[k] = f;
  }
  return out;
}

/**
 * Protects and publishes the demand of one millésime; `previous` is the published previous millésime
 * (changes are published only when both counts are, so they tell nothing more).
 */
export function publishDemand(
  raw: Map<string, Map<Typology | 'total', RawDemand>>,
  communeCodes: string[],
  secrecy: SecrecyOptions,
  previous?: DemandTable,
): { table: DemandTable; report: SecrecyReport } {
  const t = new SecrecyTable(secrecy.threshold);
  const codes = [...communeCodes].sort();
  const communeIds = new Map<string, Ids>();
  const communeTotals = new Map<string, Record<Measure, RawValue>>();
  const byCommune = new Map(codes.map((c) => [c, rawRows(raw.get(c))]));
  for (const code of codes) {
    const rows = byCommune.get(code)!;
    const typ = Object.fromEntries(
      TYPOLOGIES.map((k) => {
        const row = addRow(t, rows[k], 1);
        return [k, { ...row, delay: t.given(rows[k].delay, [row.attributions]) }];
      }),
    ) as Record<Typology, RowIds>;
    const given = raw.get(code)?.get('total');
    const totalValues = given ?? totalOf(TYPOLOGIES.map((k) => rows[k]));
    communeTotals.set(code, totalValues);
    const total = addTotal(
      t,
      TYPOLOGIES.map((k) => typ[k]),
      totalValues,
      2,
      given?.averageDelayMonths,
    );
    communeIds.set(code, { ...typ, total });
  }
  const territory = {} as Ids;
  for (const k of TYPOLOGIES) {
    territory[k] = addTotal(
      t,
      codes.map((c) => communeIds.get(c)![k]),
      totalOf(codes.map((c) => byCommune.get(c)![k])),
      3,
    );
  }
  territory.total = addTotal(
    t,
    TYPOLOGIES.map((k) => territory[k]),
    totalOf(codes.map((c) => communeTotals.get(c)!)),
    4,
  );
  // The territory total is also the sum of the commune totals.
  for (const m of MEASURES)
    t.group(
      territory.total[m],
      codes.map((c) => communeIds.get(c)!.total[m]),
    );
  const report = t.protect(secrecy.solver);
  return {
    table: {
      communes: Object.fromEntries(codes.map((c) => [c, figures(t, communeIds.get(c)!, previous?.communes[c])])),
      territory: figures(t, territory, previous?.territory),
    },
    report,
  };
}
