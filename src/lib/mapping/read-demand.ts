/**
 * Demand and attributions from any declared table: the project's own table is the `demande-projet`
 * preset of the same reader. Rows become `RawDemand` per commune and typology, checked cell by cell.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Typology } from '../figures/index.ts';
import type { RawValue } from '../indicators/index.ts';
import { DEMAND_TABLE, expectation, numberProblem, type FieldDeclaration } from '../opendata/index.ts';
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

/** What a column is, for messages: the first sentence of its description, in lower case. */
const meaningOf = (f: FieldDeclaration) => {
  const first = f.description.split('. ')[0]!.replace(/\.$/, '');
  return `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
};

/** The figures of a demand table, by the project's column names (from the declaration of the table). */
export const DEMAND_FIELDS: readonly FieldSpec[] = DEMAND_TABLE.fields
  .filter((f) => f.type === 'integer' || f.type === 'number')
  .map((f) => ({ name: f.name, meaning: meaningOf(f), required: !f.optional, perTypology: true }));

/** Why a figure breaks its column, and what is expected, quoting the schema when the table has one. */
function figureProblem(mapping: TableMapping, name: string, v: number): { problem: string; hint: string } | undefined {
  const field = mapping.schema?.fields.find((f) => f.name === name);
  if (field) {
    const problem = numberProblem(field, v);
    return problem ? { problem, hint: expectation(mapping.schema!, field) } : undefined;
  }
  if (name === 'delai_moyen_mois')
    return v < 0 ? { problem: 'nombre négatif', hint: 'un nombre de mois positif est attendu' } : undefined;
  if (v >= 0 && Number.isInteger(v)) return undefined;
  return {
    problem: v < 0 ? 'nombre négatif' : 'nombre à virgule',
    hint: 'un nombre entier positif est attendu, ou une cellule masquée comme « s »',
  };
}

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
      const wrong = typeof v === 'number' ? figureProblem(mapping, name, v) : undefined;
      if (wrong) {
        bad = true;
        say('error', row.line, row.column(name), `${wrong.problem} « ${row.text(name)} » dans « ${name} »`, wrong.hint);
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
      const wrong = typeof d === 'number' ? figureProblem(mapping, 'delai_moyen_mois', d) : undefined;
      if (wrong) {
        say('error', row.line, row.column('delai_moyen_mois'), `délai « ${delayText} » : ${wrong.problem}`, wrong.hint);
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
