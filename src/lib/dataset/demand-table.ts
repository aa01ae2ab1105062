/**
 * Raw demand rows → published DemandTable: secrecy over typologies (they sum to the commune total),
 * communes (they sum to the territory) and transfers (a part of each count), then the indicators,
 * computed only from published cells.
 */
import { SecrecyTable, change, isMasked, pressure, waitingMonths, type RawValue } from '../indicators/index.ts';
import type { RawDemand } from '../demand/index.ts';
import { TYPOLOGIES, type Cell, type DemandByTypology, type DemandFigures, type DemandTable, type Typology } from './types.ts';

const MEASURES = ['pending', 'pendingTransfers', 'attributions', 'attributionTransfers'] as const;
type Measure = (typeof MEASURES)[number];
type Key = Typology | 'total';
const KEYS: readonly Key[] = [...TYPOLOGIES, 'total'];
type RawRow = Record<Measure, RawValue> & { delay?: number | 'source' | undefined };

const sum = (values: RawValue[]): RawValue => values.some((v) => v === 'source') ? 'source' : (values as number[]).reduce((a, b) => a + b, 0);
const minus = (a: RawValue, b: RawValue): RawValue => (a === 'source' || b === 'source' ? 'source' : a - b);

/** Average delay over typologies, weighted by attributions; undefined unless every attributed typology has one. */
function weightedDelay(rows: RawRow[]): number | 'source' | undefined {
  let weight = 0, total = 0;
  for (const r of rows) {
    if (r.attributions === 'source') return undefined;
    if (r.attributions === 0) continue;
    if (r.delay === undefined) return undefined;
    if (r.delay === 'source') return 'source';
    weight += r.attributions;
    total += r.delay * r.attributions;
  }
  return weight > 0 ? total / weight : undefined;
}

function rawRows(byTypology: Map<Typology, RawDemand> | undefined): Record<Key, RawRow> {
  const out = {} as Record<Key, RawRow>;
  for (const k of TYPOLOGIES) {
    const r = byTypology?.get(k);
    out[k] = r
      ? { pending: r.pending, pendingTransfers: r.pendingTransfers, attributions: r.attributions, attributionTransfers: r.attributionTransfers, delay: r.averageDelayMonths }
      : { pending: 0, pendingTransfers: 0, attributions: 0, attributionTransfers: 0 };
  }
  const rows = TYPOLOGIES.map((k) => out[k]);
  out.total = { ...(Object.fromEntries(MEASURES.map((m) => [m, sum(rows.map((r) => r[m]))])) as Record<Measure, RawValue>), delay: weightedDelay(rows) };
  return out;
}

type Ids = Record<Key, Record<Measure, number>>;

function addCells(t: SecrecyTable, rows: Record<Key, RawRow>): Ids {
  const ids = {} as Ids;
  for (const k of KEYS) {
    ids[k] = Object.fromEntries(MEASURES.map((m) => [m, t.cell(rows[k][m])])) as Record<Measure, number>;
    // "Not a transfer" is never published but is pending − transfers: protect it like any count.
    t.group(ids[k].pending, [ids[k].pendingTransfers, t.cell(minus(rows[k].pending, rows[k].pendingTransfers), { internal: true })]);
    t.group(ids[k].attributions, [ids[k].attributionTransfers, t.cell(minus(rows[k].attributions, rows[k].attributionTransfers), { internal: true })]);
  }
  for (const m of MEASURES) t.group(ids.total[m], TYPOLOGIES.map((k) => ids[k][m]));
  return ids;
}

function figures(t: SecrecyTable, ids: Ids, rows: Record<Key, RawRow>, previous: DemandByTypology | undefined): DemandByTypology {
  const out = {} as DemandByTypology;
  for (const k of KEYS) {
    const c = Object.fromEntries(MEASURES.map((m) => [m, t.output(ids[k][m])])) as Record<Measure, Cell>;
    const delay = rows[k].delay;
    const f: DemandFigures = {
      ...c,
      averageDelayMonths: delay === undefined ? null : isMasked(c.attributions) ? c.attributions : delay === 'source' ? { masked: 'source' } : Math.round(delay * 10) / 10,
      waitingMonths: waitingMonths(c.pending, c.attributions),
      pressure: pressure(c.pending, c.attributions),
      pendingChange: change(c.pending, previous?.[k].pending),
      attributionsChange: change(c.attributions, previous?.[k].attributions),
    };
    out[k] = f;
  }
  return out;
}

/** Protects and publishes the demand of one millésime; `previous` is the published previous millésime. */
export function publishDemand(raw: Map<string, Map<Typology, RawDemand>>, communeCodes: string[], threshold: number, previous?: DemandTable): DemandTable {
  const t = new SecrecyTable(threshold);
  const codes = [...communeCodes].sort();
  const communeRows = new Map(codes.map((c) => [c, rawRows(raw.get(c))]));
  const territoryRows = {} as Record<Key, RawRow>;
  for (const k of TYPOLOGIES) {
    const rows = codes.map((c) => communeRows.get(c)![k]);
    territoryRows[k] = { ...(Object.fromEntries(MEASURES.map((m) => [m, sum(rows.map((r) => r[m]))])) as Record<Measure, RawValue>), delay: weightedDelay(rows) };
  }
  const typologyRows = TYPOLOGIES.map((k) => territoryRows[k]);
  territoryRows.total = { ...(Object.fromEntries(MEASURES.map((m) => [m, sum(typologyRows.map((r) => r[m]))])) as Record<Measure, RawValue>), delay: weightedDelay(typologyRows) };
  const communeIds = new Map(codes.map((c) => [c, addCells(t, communeRows.get(c)!)]));
  const territoryIds = addCells(t, territoryRows);
  for (const k of KEYS) for (const m of MEASURES) t.group(territoryIds[k][m], codes.map((c) => communeIds.get(c)![k][m]));
  t.solve();
  return {
    communes: Object.fromEntries(codes.map((c) => [c, figures(t, communeIds.get(c)!, communeRows.get(c)!, previous?.communes[c])])),
    territory: figures(t, territoryIds, territoryRows, previous?.territory),
  };
}
