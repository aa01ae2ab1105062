/**
 * Demand and attributions from any declared table: the project's own table is the `demande-projet`
 * preset of the same reader. Rows become `RawDemand` per commune and typology, checked cell by cell.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { TYPOLOGIES, type Typology } from '../figures/index.ts';
import type { RawValue } from '../indicators/index.ts';
import { DEMAND_TABLE, expectation, numberProblem, type FieldDeclaration } from '../opendata/index.ts';
import type { Progress } from '../sources/index.ts';
import type { TableMapping } from './presets.ts';
import { TERRITORY_ROW, readMapped, type FieldSpec } from './read-table.ts';

/** One row of a demand table, before secrecy. */
export interface RawDemand {
  pending: RawValue;
  pendingTransfers: RawValue;
  attributions: RawValue;
  attributionTransfers: RawValue;
  /**
   * Observed delay of attribution, in months: what the households housed in the year had waited. Despite
   * its name it holds the delay of either statistic, and `delayStatistic` says which: a mean for the
   * project's table (`delai_moyen_mois`), a median for the DRIHL socle (`delai_median_mois`). Undefined
   * when not given, `source` when masked.
   */
  averageDelayMonths?: number | 'source';
  /**
   * Which statistic `averageDelayMonths` is, set with it: 'moyenne' when read from `delai_moyen_mois` (the
   * project's table), 'mediane' when read from `delai_median_mois` (DRIHL socle). A mapping that gives both
   * columns is read as the mean.
   */
  delayStatistic?: 'moyenne' | 'mediane';
  /**
   * Demands per attribution as the file gives it (`demandes_par_attribution`; DRIHL « Nombre de demandes
   * pour une attribution »), never recomputed: the producer's own ratio. For the row's typology, or all
   * sizes on a `total` row. Undefined when not given, `source` when masked.
   */
  givenPressure?: number | 'source';
  /**
   * The same ratio by size, when the file gives it as columns of a row without sizes (DRIHL: « … - T1 »,
   * « … - T3 »; fields `demandes_par_attribution_T1` … `_T5+`). Only on `total` rows; a size that is not
   * a key is not given by the file. The counts of those sizes stay unknown.
   */
  givenPressureByTypology?: Partial<Record<Typology, number | 'source'>>;
  /**
   * Share of the households of the row's demands who filed at least 5 years before, in percent (0–100)
   * (`part_anciennete_5ans`; DRIHL « Part des ménages ayant déposé leur demande il y a au moins 5 ans »,
   * written there as a share of 1). Undefined when not given, `source` when masked.
   */
  longWaitShare?: number | 'source';
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
  /** SIREN of the territory, to read its own row when the layout has one (DRIHL socle: EPCI, EPT). */
  territoryCode?: string;
}

/** Rows per commune and typology, and what was found. */
export interface DemandReadResult {
  /**
   * Rows per commune, by typology; `total` when the table gives one row per commune without sizes (the
   * DRIHL socle): the sizes are then unknown, not zero.
   */
  rows: Map<string, Map<Typology | 'total', RawDemand>>;
  /**
   * The territory's own row, when the layout has one (DRIHL socle: the EPCI or EPT row with the territory's
   * SIREN): what cannot be summed from the communes (a median delay) is read there.
   */
  territory?: RawDemand;
  diagnostics: Diagnostic[];
  /**
   * The producer's rule for hidden cells when the layout records it (`hiddenBelow` of the mapping): a
   * hidden count is below this number. DRIHL socle: 10.
   */
  hiddenBelow?: number;
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

/**
 * Figures some files give besides the project's table, read only when a mapping names them (the DRIHL
 * socle): the median delay, the producer's demands per attribution (all sizes, and by size as columns),
 * the share of demands filed at least 5 years before.
 */
export const EXTRA_DEMAND_FIELDS: readonly FieldSpec[] = [
  { name: 'delai_median_mois', meaning: 'délai médian d’attribution, en mois', required: false, perTypology: true },
  {
    name: 'demandes_par_attribution',
    meaning: 'nombre de demandes pour une attribution',
    required: false,
    perTypology: true,
  },
  ...TYPOLOGIES.map((t) => ({
    name: `demandes_par_attribution_${t}`,
    meaning: `nombre de demandes pour une attribution, ${t}`,
    required: false,
  })),
  {
    name: 'part_anciennete_5ans',
    meaning: 'part des ménages ayant déposé leur demande il y a au moins 5 ans',
    required: false,
    perTypology: true,
  },
];

/** The largest count of one commune and typology accepted: far above any real one (Paris has about 250 000 demands). */
export const MAX_COUNT = 1_000_000;
/** The longest average delay accepted, in months. */
const MAX_DELAY_MONTHS = 600;

/** Why a figure breaks its column, and what is expected, quoting the schema when the table has one. */
function figureProblem(mapping: TableMapping, name: string, v: number): { problem: string; hint: string } | undefined {
  // Beyond any real commune (a slip that adds digits, a wrong column): refused here, before the secrecy
  // solver, whose exact arithmetic has no room for 99 999 999 999 demands.
  if (Math.abs(v) > (name.startsWith('delai') ? MAX_DELAY_MONTHS : MAX_COUNT))
    return name.startsWith('delai')
      ? { problem: 'nombre trop grand', hint: `un délai de ${MAX_DELAY_MONTHS} mois au plus est attendu (50 ans)` }
      : {
          problem: 'nombre trop grand',
          hint: `${MAX_COUNT.toLocaleString('fr-FR')} au plus par commune et par typologie : vérifiez la cellule (chiffres en trop, mauvaise colonne)`,
        };
  const field = mapping.schema?.fields.find((f) => f.name === name);
  if (field) {
    const problem = numberProblem(field, v);
    return problem ? { problem, hint: expectation(mapping.schema!, field) } : undefined;
  }
  if (name === 'delai_moyen_mois' || name === 'delai_median_mois')
    return v < 0 ? { problem: 'nombre négatif', hint: 'un nombre de mois positif est attendu' } : undefined;
  if (name.startsWith('demandes_par_attribution'))
    return v < 0 ? { problem: 'nombre négatif', hint: 'un nombre positif de demandes est attendu' } : undefined;
  if (name === 'part_anciennete_5ans')
    return v < 0 || v > 100
      ? {
          problem: 'part hors de 0 à 100 %',
          hint: mapping.fractions?.includes(name)
            ? 'une part entre 0 et 1 est attendue (0,17 pour 17 %)'
            : 'un pourcentage entre 0 et 100 est attendu',
        }
      : undefined;
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
  let territory: RawDemand | undefined;
  // Transfers are often not published (DRIHL socle): a mapping that does not name them leaves them hidden.
  const fields = [
    ...DEMAND_FIELDS.map((f) =>
      mapping.canonical || ['demandes', 'attributions'].includes(f.name) ? f : { ...f, required: false },
    ),
    ...EXTRA_DEMAND_FIELDS,
  ];
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
      out.delayStatistic = 'moyenne';
    }
    /** An optional figure: undefined when absent or empty, `false` after an error (said). */
    const optional = (name: string): number | 'source' | undefined | false => {
      const text = row.text(name)?.trim();
      if (text === undefined || text === '') return undefined;
      const v = row.value(name);
      if (v === undefined) return false;
      if (v === 'source') return v;
      // 0,17 × 100 is 17.000000000000004 in binary: the share keeps 6 decimals at most.
      const n = mapping.fractions?.includes(name) ? Math.round(v * 1e8) / 1e6 : v;
      const wrong = figureProblem(mapping, name, n);
      if (!wrong) return n;
      say('error', row.line, row.column(name), `« ${text} » dans « ${name} » : ${wrong.problem}`, wrong.hint);
      return false;
    };
    // The median is read when the mapping gives no mean column: both are never mixed on a row.
    if (row.text('delai_moyen_mois') === undefined) {
      const median = optional('delai_median_mois');
      if (median === false) return;
      if (median !== undefined) {
        out.averageDelayMonths = median;
        out.delayStatistic = 'mediane';
      }
    }
    const pressure = optional('demandes_par_attribution');
    const share = optional('part_anciennete_5ans');
    if (pressure === false || share === false) return;
    if (pressure !== undefined) out.givenPressure = pressure;
    if (share !== undefined) out.longWaitShare = share;
    if (typology === 'total') {
      const bySize: Partial<Record<Typology, number | 'source'>> = {};
      for (const t of TYPOLOGIES) {
        const v = optional(`demandes_par_attribution_${t}`);
        if (v === false) return;
        if (v !== undefined) bySize[t] = v;
      }
      if (Object.keys(bySize).length) out.givenPressureByTypology = bySize;
    }
    if (row.code === TERRITORY_ROW) {
      territory = out as RawDemand;
      return;
    }
    const byTypology = rows.get(row.code) ?? new Map<Typology | 'total', RawDemand>();
    rows.set(row.code, byTypology);
    const existing = byTypology.get(typology);
    byTypology.set(typology, existing ? mergeRows(existing, out as RawDemand) : (out as RawDemand));
  });
  const diagnostics = r.diagnostics;
  // A file with no row of the millésime is reported by the caller, at the millésime's line in territory.yaml.
  return {
    rows,
    ...(territory ? { territory } : {}),
    diagnostics,
    ...(mapping.hiddenBelow !== undefined ? { hiddenBelow: mapping.hiddenBelow } : {}),
  };
}

/**
 * Adds the row of a former commune or of an arrondissement to the commune's row. The average delay of the
 * whole is the delay of each part weighted by its attributions; it is hidden when one part's is unknown.
 * A median, the producer's ratios and the long-wait share cannot be combined from the parts: the whole
 * has none of them (not given, rather than a figure of another meaning).
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
  delete merged.delayStatistic;
  delete merged.givenPressure;
  delete merged.givenPressureByTypology;
  delete merged.longWaitShare;
  const [da, db] = [a.averageDelayMonths, b.averageDelayMonths];
  if (da === undefined && db === undefined) return merged;
  if (a.delayStatistic === 'mediane' || b.delayStatistic === 'mediane') return merged;
  merged.delayStatistic = 'moyenne';
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
