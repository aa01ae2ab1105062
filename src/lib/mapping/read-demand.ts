/**
 * Demand and attributions from any declared table: the project's own table is the `demande-projet`
 * preset of the same reader. Rows become `RawDemand` per commune and typology, checked cell by cell.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Typology } from '../figures/index.ts';
import type { RawValue } from '../indicators/index.ts';
import type { Progress } from '../sources/index.ts';
import type { TableMapping } from './presets.ts';
import { readMapped, type FieldSpec } from './read-table.ts';

/** One row of a demand table, before secrecy. */
export interface RawDemand {
  pending: RawValue;
  pendingTransfers: RawValue;
  attributions: RawValue;
  attributionTransfers: RawValue;
  /** Average observed delay in months; undefined when not given, `source` when masked. */
  averageDelayMonths?: number | 'source';
  /** Where the row is, for later checks (attributions greater than stock plus demands). */
  line: number;
  /** Column of `attributions`, for those checks. */
  attributionsColumn: number;
}

/** Options of one demand read. */
export interface DemandReadOptions {
  display: string;
  /** Current INSEE codes of the territory's communes. */
  communes: Iterable<string>;
  /** Millésime listed in territory.yaml: rows of other years are left aside. */
  millesime: number;
  onProgress?: (p: Progress) => void;
}

/** Rows per commune and typology, and what was found. */
export interface DemandReadResult {
  /**
   * Rows per commune, by typology; `total` when the table gives one row per commune without sizes (the
   * DRIHL socle): the sizes are then unknown, not zero.
   */
  rows: Map<string, Map<Typology | 'total', RawDemand>>;
  diagnostics: Diagnostic[];
}

/** The figures of a demand table, by the project's column names. */
export const DEMAND_FIELDS: readonly FieldSpec[] = [
  { name: 'demandes', meaning: 'demandes en attente au 31 décembre', required: true, perTypology: true },
  { name: 'demandes_mutation', meaning: 'dont demandes de mutation', required: true, perTypology: true },
  { name: 'attributions', meaning: 'attributions dans l’année', required: true, perTypology: true },
  { name: 'attributions_mutation', meaning: 'dont attributions en mutation', required: true, perTypology: true },
  {
    name: 'delai_moyen_mois',
    meaning: 'délai moyen constaté avant attribution, en mois',
    required: false,
    perTypology: true,
  },
];

const COUNTS = [
  ['demandes', 'pending'],
  ['demandes_mutation', 'pendingTransfers'],
  ['attributions', 'attributions'],
  ['attributions_mutation', 'attributionTransfers'],
] as const;

/** Reads a demand table with a mapping, for one millésime. */
export async function readMappedDemand(
  path: string,
  mapping: TableMapping,
  options: DemandReadOptions,
): Promise<DemandReadResult> {
  const rows = new Map<string, Map<Typology | 'total', RawDemand>>();
  // Transfers are often not published (DRIHL socle): a mapping that does not name them leaves them hidden.
  const fields = DEMAND_FIELDS.map((f) =>
    mapping.canonical || ['demandes', 'attributions'].includes(f.name) ? f : { ...f, required: false },
  );
  const r = await readMapped(path, mapping, fields, options, (row, say) => {
    // A mapping without typology gives one row per commune: its total.
    const typology = row.typology ?? 'total';
    const out: Partial<RawDemand> = { line: row.line, attributionsColumn: row.column('attributions') };
    let bad = false;
    for (const [name, field] of COUNTS) {
      const v = row.value(name);
      if (v === undefined) {
        bad = true;
        continue;
      }
      if (typeof v === 'number' && (v < 0 || !Number.isInteger(v))) {
        bad = true;
        say(
          'error',
          row.line,
          row.column(name),
          v < 0
            ? `nombre négatif « ${row.text(name)} » dans « ${name} »`
            : `nombre à virgule « ${row.text(name)} » dans « ${name} »`,
          'un nombre entier positif est attendu, ou une cellule masquée comme « s »',
        );
        continue;
      }
      out[field] = v;
    }
    if (bad) return;
    for (const [total, part, name] of [
      ['pending', 'pendingTransfers', 'demandes_mutation'],
      ['attributions', 'attributionTransfers', 'attributions_mutation'],
    ] as const) {
      const t = out[total],
        p = out[part];
      if (typeof t === 'number' && typeof p === 'number' && p > t) {
        bad = true;
        say(
          'error',
          row.line,
          row.column(name),
          `« ${name} » vaut ${p}, plus que le total ${t}`,
          'les mutations font partie du total : vérifiez les deux colonnes',
        );
      }
    }
    if (bad) return;
    const delayText = row.text('delai_moyen_mois')?.trim();
    if (delayText !== undefined && delayText !== '') {
      const d = row.value('delai_moyen_mois');
      if (d === undefined) return;
      if (typeof d === 'number' && d < 0) {
        say(
          'error',
          row.line,
          row.column('delai_moyen_mois'),
          `délai négatif « ${delayText} »`,
          'un nombre de mois positif est attendu',
        );
        return;
      }
      out.averageDelayMonths = d;
    }
    const byTypology = rows.get(row.code) ?? new Map<Typology | 'total', RawDemand>();
    rows.set(row.code, byTypology);
    const existing = byTypology.get(typology);
    byTypology.set(typology, existing ? mergeRows(existing, out as RawDemand) : (out as RawDemand));
  });
  const diagnostics = r.diagnostics;
  // A file with no row of the millésime is reported by the caller, at the millésime's line in territory.yaml.
  return { rows, diagnostics };
}

/**
 * Adds the row of a former commune or of an arrondissement to the commune's row. The average delay of the
 * whole is the delay of each part weighted by its attributions; it is hidden when one part's is unknown.
 */
function mergeRows(a: RawDemand, b: RawDemand): RawDemand {
  const add = (x: RawValue, y: RawValue): RawValue => (x === 'source' || y === 'source' ? 'source' : x + y);
  const merged: RawDemand = {
    ...a,
    pending: add(a.pending, b.pending),
    pendingTransfers: add(a.pendingTransfers, b.pendingTransfers),
    attributions: add(a.attributions, b.attributions),
    attributionTransfers: add(a.attributionTransfers, b.attributionTransfers),
  };
  delete merged.averageDelayMonths;
  const [da, db] = [a.averageDelayMonths, b.averageDelayMonths];
  if (da === undefined && db === undefined) return merged;
  const weights = [a.attributions, b.attributions];
  if (
    typeof da === 'number' &&
    typeof db === 'number' &&
    typeof weights[0] === 'number' &&
    typeof weights[1] === 'number'
  ) {
    const total = weights[0] + weights[1];
    merged.averageDelayMonths = total > 0 ? (da * weights[0] + db * weights[1]) / total : 'source';
  } else merged.averageDelayMonths = 'source';
  return merged;
}
