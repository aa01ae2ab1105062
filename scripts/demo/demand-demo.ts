/** Demonstration rows of the canonical demand table (docs/donnees.md), from totals and the stock. */
import type { Commune } from '../../src/lib/territory/index.ts';
import { TYPOLOGIES, type Typology } from '../../src/lib/dataset/index.ts';
import { allocate } from './random.ts';

/** One row of the canonical table; a string count is a masked cell as published (`nd`). */
export interface DemandRow {
  millesime: number;
  commune: Commune;
  typology: Typology;
  pending: number | string;
  pendingTransfers: number | string;
  attributions: number | string;
  attributionTransfers: number | string;
  delay?: number;
}

/** Options of the demand split. */
export interface DemandPlan {
  millesime: number;
  communes: Commune[];
  /** Dwellings per commune and typology (attributions follow the stock: no stock, no attribution). */
  stock: Map<string, Record<Typology, number>>;
  pending: number;
  attributions: number;
  transferShare: number;
  averageDelayMonths: number;
  /** Demand shares per typology (demonstration). */
  demandShares: Record<Typology, number>;
  random: () => number;
}

/** Splits territory totals into rows per commune and typology. */
export function planDemand(p: DemandPlan): DemandRow[] {
  const stockOf = (c: Commune) => p.stock.get(c.code) ?? { T1: 0, T2: 0, T3: 0, T4: 0, 'T5+': 0 };
  const stockTotal = (c: Commune) => TYPOLOGIES.reduce((a, t) => a + stockOf(c)[t], 0);
  // Demand goes where the stock is, and a little everywhere people live.
  const pendingByCommune = allocate(
    p.pending,
    p.communes.map((c) => stockTotal(c) * 3 + c.population * 0.02),
  );
  const attributionCells = p.communes.flatMap((c) => TYPOLOGIES.map((t) => stockOf(c)[t]));
  const attributions = allocate(p.attributions, attributionCells);
  const rows: DemandRow[] = [];
  p.communes.forEach((c, ci) => {
    const pending = allocate(
      pendingByCommune[ci]!,
      TYPOLOGIES.map((t) => p.demandShares[t]),
    );
    TYPOLOGIES.forEach((t, ti) => {
      const a = attributions[ci * TYPOLOGIES.length + ti]!;
      const d = pending[ti]!;
      const share = (v: number) => Math.min(v, Math.round(v * p.transferShare * (0.7 + p.random() * 0.6)));
      rows.push({
        millesime: p.millesime,
        commune: c,
        typology: t,
        pending: d,
        pendingTransfers: share(d),
        attributions: a,
        attributionTransfers: share(a),
        ...(a > 0 ? { delay: Math.round(p.averageDelayMonths * (0.6 + p.random() * 0.8) * 10) / 10 } : {}),
      });
    });
  });
  // Scale the delays so that their average, weighted by attributions, is the published one.
  let weight = 0,
    sum = 0;
  for (const r of rows)
    if (r.delay !== undefined && typeof r.attributions === 'number') {
      weight += r.attributions;
      sum += r.delay * r.attributions;
    }
  const factor = weight > 0 ? p.averageDelayMonths / (sum / weight) : 1;
  for (const r of rows) if (r.delay !== undefined) r.delay = Math.round(r.delay * factor * 10) / 10;
  return rows;
}

/** Canonical CSV text (`;`), decimal comma when `decimalComma`. */
export function demandCsv(rows: readonly DemandRow[], decimalComma: boolean): string {
  const header =
    'millesime;code_commune;nom_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois';
  const num = (n: number) => (decimalComma ? String(n).replace('.', ',') : String(n));
  const lines = rows.map((r) =>
    [
      r.millesime,
      r.commune.code,
      r.commune.name,
      r.typology,
      r.pending,
      r.pendingTransfers,
      r.attributions,
      r.attributionTransfers,
      r.delay === undefined ? '' : num(r.delay),
    ].join(';'),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
