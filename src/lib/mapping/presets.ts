/**
 * Named layouts of the files that exist (docs/donnees.md §4): a territory selects one with `preset:` and
 * may change any part of it with `mapping:`.
 */
import type { Typology } from '../figures/index.ts';
import { DEMAND_TABLE, POSITIONING_TABLE, POSITIONING_TERRITORY, type TableDeclaration } from '../opendata/index.ts';
import type { MappingSpec } from '../territory/index.ts';

/** A mapping with its preset applied: every header as a list of accepted texts. */
export interface TableMapping {
  /** What the file is, for messages (« le tableau des demandes »). */
  label: string;
  /** True for the project's own table: messages then say to rename the column. */
  canonical?: boolean;
  /**
   * The declaration the table follows, for the project's own table: its hidden-cell markers are the only
   * ones accepted, its constraints are checked cell by cell and quoted in messages.
   */
  schema?: TableDeclaration;
  sheet?: string[];
  headerRow?: number;
  /** Markers of hidden cells; undefined: any text that is not a number is hidden. */
  hidden?: string[];
  /**
   * The producer's rule for hidden cells, when it is known: a hidden cell stands for a count below this
   * number (DRIHL socle: « - » when there are fewer than 10 demands or attributions). Recorded for the
   * readers of the figures; nothing is hidden or shown because of it here.
   */
  hiddenBelow?: number;
  /**
   * Communes read from the row of another level, with that row's code: the commune's own rows (and those
   * of its arrondissements) are then left aside. DRIHL socle: Paris (75056) is read from the row
   * « Département » 75, since its commune row holds only the demands that name no arrondissement.
   */
  communeFrom?: { commune: string; level: string; code: string }[];
  /**
   * Levels whose row, when its code is the territory's SIREN, is the territory's own row (`territory` of the
   * demand read): the figures that cannot be summed from the communes (a median) come from it. DRIHL socle:
   * EPCI and EPT.
   */
  territoryFrom?: string[];
  /** Texts of the commune column that mean the whole territory (the positioning table: « territoire »). */
  territoryRows?: string[];
  /**
   * Fields that, with the commune and the typology, tell one row from another (the positioning table has one
   * row per band of points: `points_min`). Two rows with the same values are a duplicate.
   */
  rowKey?: string[];
  /** Fields written as a share of 1 (0,17 for 17 %): read multiplied by 100. */
  fractions?: string[];
  keep?: { column: string[]; equals: string };
  /**
   * Rows of real communes outside the territory: `ignore` for regional or national files (they list every
   * commune); otherwise an error, since a typo that hits another commune would silently drop a row from a total.
   */
  otherCommunes?: 'ignore' | 'error';
  commune: { code?: string[]; name?: string[] };
  millesime?: string[];
  typology?: { column: string[] } | { columns: Partial<Record<Typology, string>> };
  fields: Record<string, string[]>;
}

/** Name of a preset. */
export type PresetName =
  'demande-projet' | 'drihl-socle' | 'sdes-communes' | 'sdes-indicateurs-territoires' | 'positionnement-projet';

/** Columns of the demand table that are not figures: where and what the row is about. */
const DEMAND_KEYS = ['millesime', 'code_commune', 'nom_commune', 'typologie'];

/** The known layouts. Sources are in docs/donnees.md. */
export const PRESETS: Record<Exclude<PresetName, 'sdes-indicateurs-territoires'>, TableMapping> = {
  /** The project's demand table (docs/donnees.md §3). */
  'demande-projet': {
    label: 'le tableau des demandes',
    canonical: true,
    schema: DEMAND_TABLE,
    commune: { code: ['code_commune'] },
    millesime: ['millesime'],
    typology: { column: ['typologie'] },
    fields: Object.fromEntries(
      DEMAND_TABLE.fields.filter((f) => !DEMAND_KEYS.includes(f.name)).map((f) => [f.name, [f.name]]),
    ),
  },
  /**
   * Île-de-France « socle de données demandes et attributions » (DRIHL), 2024 and 2025 vintages, read by
   * the producer's rules (docs/donnees.md §11). Sheet `Ensemble`, three header rows (titles on the third),
   * one row per level (Région, Département, EPCI, EPT, Commune). Titles that carry the year are matched by
   * their start (« * »). The total demand column (« Nombre total de demandes ciblant le territoire ») counts
   * a demand once per commune it targets: it is never read; the demands are those in choice 1. The delay is
   * a median. « - » hides a figure below 10. Paris is read from its département row. No sizes, no
   * transfers; the tension (demands per attribution) is given for all sizes, T1 and T3.
   * Titles as reused by public ingestion code of the 2024 and 2025 files, not checked on a file here.
   */
  'drihl-socle': {
    label: 'le socle de données demandes et attributions de la DRIHL',
    sheet: ['Ensemble'],
    headerRow: 3,
    hidden: ['-'],
    hiddenBelow: 10,
    otherCommunes: 'ignore',
    keep: { column: ['Niveau géographique', 'Niveau', 'Échelle'], equals: 'Commune' },
    communeFrom: [{ commune: '75056', level: 'Département', code: '75' }],
    territoryFrom: ['EPCI', 'EPT'],
    commune: { code: ['Code', 'Code INSEE', 'Code commune'], name: ['Nom', 'Commune', 'Libellé'] },
    fractions: ['part_anciennete_5ans'],
    fields: {
      demandes: ['Nombre de demandes ciblant le territoire en choix 1 au 31/12/*'],
      attributions: ["Nombre d'attributions en *", "Nombre d'attributions"],
      delai_median_mois: ["Délai médian d'attribution (en mois)"],
      demandes_par_attribution: ['Nombre de demandes pour une attribution'],
      demandes_par_attribution_T1: ['Nombre de demandes pour une attribution - T1'],
      demandes_par_attribution_T3: ['Nombre de demandes pour une attribution - T3'],
      part_anciennete_5ans: ['Part des ménages ayant déposé leur demande il y a au moins 5 ans'],
    },
  },
  /** The project's positioning table (docs/donnees.md §15): territory rows, one per size and band of points. */
  'positionnement-projet': {
    label: 'le tableau de positionnement',
    canonical: true,
    schema: POSITIONING_TABLE,
    commune: { code: ['code_commune'] },
    territoryRows: [POSITIONING_TERRITORY],
    rowKey: ['points_min'],
    millesime: ['millesime'],
    typology: { column: ['typologie'] },
    fields: Object.fromEntries(
      POSITIONING_TABLE.fields
        .filter((f) => !['millesime', 'code_commune', 'typologie'].includes(f.name))
        .map((f) => [f.name, [f.name]]),
    ),
  },
  /** SDES « résultats RPLS », commune sheet: technical names on row 6 (detected: it moved between years). */
  'sdes-communes': {
    label: 'les résultats RPLS du SDES',
    sheet: ['COMMUNES', 'COMMUNE'],
    otherCommunes: 'ignore',
    commune: { code: ['DEPCOM_ARM', 'DEPCOM', 'DEPCOM_CODE'] },
    fields: {
      nb_ls: ['nb_ls'],
      tx_mob: ['tx_mob'],
      tx_vac: ['tx_vac'],
      tx_vac3: ['tx_vac3'],
      loymoy: ['loymoy', 'loyer_moyen'],
    },
  },
};

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

/** The preset (or an empty mapping) with the territory's own settings applied over it. */
export function resolveMapping(
  preset: keyof typeof PRESETS | undefined,
  spec: MappingSpec | undefined,
  sheet: string | undefined,
): TableMapping {
  const base: TableMapping = preset
    ? structuredClone(PRESETS[preset])
    : { label: 'le tableau décrit dans territory.yaml', commune: {}, fields: {} };
  if (!spec) return sheet ? { ...base, sheet: [sheet] } : base;
  const out: TableMapping = { ...base, label: preset ? `${base.label}, adapté dans territory.yaml` : base.label };
  // Adapted, the table no longer follows the project's declaration: its messages name territory.yaml.
  delete out.canonical;
  delete out.schema;
  const sheets = list(spec.sheet) ?? (sheet ? [sheet] : undefined);
  if (sheets) out.sheet = sheets;
  if (spec.headerRow !== undefined) out.headerRow = spec.headerRow;
  if (spec.hidden) out.hidden = spec.hidden;
  if (spec.keep) out.keep = { column: list(spec.keep.column)!, equals: spec.keep.equals };
  if (spec.commune)
    out.commune = {
      ...(spec.commune.code ? { code: list(spec.commune.code)! } : {}),
      ...(spec.commune.name ? { name: list(spec.commune.name)! } : {}),
    };
  if (spec.millesime) out.millesime = list(spec.millesime)!;
  if (spec.typology)
    out.typology =
      'column' in spec.typology ? { column: list(spec.typology.column)! } : { columns: spec.typology.columns };
  if (spec.fields)
    out.fields = { ...base.fields, ...Object.fromEntries(Object.entries(spec.fields).map(([k, v]) => [k, list(v)!])) };
  return out;
}
