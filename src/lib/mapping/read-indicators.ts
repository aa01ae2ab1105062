/**
 * Mobility, vacancy and average rent from the SDES: the commune sheet of the « résultats RPLS » workbook
 * (one row per commune, technical names, `_YYYY` history columns), or the long table of indicators by
 * territory (one row per zone and indicator). Values hidden by the SDES stay hidden: no other threshold.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { parseDecimal, readTable, type Progress } from '../sources/index.ts';
import { combineTurnover } from './combine-turnover.ts';
import { findColumn, headerKey } from './header.ts';
import type { TableMapping } from './presets.ts';
import { readMapped, type FieldSpec } from './read-table.ts';

/** A rate or amount as read: a number, or 'source' when the SDES hid it. */
export type RawRate = number | 'source';

/** The four indicators of one year. */
export interface RawRates {
  /** Share of dwellings let during the year to a new tenant, in %. */
  mobility?: RawRate;
  /** Vacant dwellings among those offered for rent, in %. */
  vacancy?: RawRate;
  /** Dwellings vacant for more than 3 months, in %. */
  longVacancy?: RawRate;
  /** Average rent, € per m² of living area per month. */
  rent?: RawRate;
}

/** Indicators of one commune or of the territory, with earlier years when the file has them. */
export interface RawTurnover extends RawRates {
  /** Social dwellings (weight for the territory's average). */
  dwellings?: RawRate;
  /** Earlier years, by year. */
  history: Record<string, RawRates>;
}

/** Indicators per member commune, and for the territory when the file gives it. */
export interface IndicatorReadResult {
  communes: Map<string, RawTurnover>;
  territory?: RawTurnover;
  diagnostics: Diagnostic[];
}

/** Options of an indicators read. */
export interface IndicatorReadOptions {
  display: string;
  communes: Iterable<string>;
  millesime: number;
  /** SIREN of the territory, for the long table by EPCI. */
  siren: string;
  onProgress?: (p: Progress) => void;
}

const RATE_FIELDS = [
  ['tx_mob', 'mobility'],
  ['tx_vac', 'vacancy'],
  ['tx_vac3', 'longVacancy'],
  ['loymoy', 'rent'],
] as const;
const FIELDS: readonly FieldSpec[] = [
  { name: 'nb_ls', meaning: 'nombre de logements sociaux', required: false },
  { name: 'tx_mob', meaning: 'taux de mobilité', required: true },
  { name: 'tx_vac', meaning: 'taux de vacance', required: false },
  { name: 'tx_vac3', meaning: 'taux de vacance de plus de 3 mois', required: false },
  { name: 'loymoy', meaning: 'loyer moyen par m²', required: false },
];
const HISTORY = /^(tx_mob|tx_vac3|tx_vac|loymoy)_?((?:19|20)\d\d)$/i;

/** Reads the SDES commune sheet (or any table declared like it). */
export async function readCommuneIndicators(
  path: string,
  mapping: TableMapping,
  options: IndicatorReadOptions,
): Promise<IndicatorReadResult> {
  // Several rows may make one commune: Paris, Lyon and Marseille come by arrondissement.
  const parts = new Map<string, RawTurnover[]>();
  const r = await readMapped(path, mapping, FIELDS, { ...options, extraColumns: (h) => HISTORY.test(h) }, (row) => {
    const t: RawTurnover = { history: {} };
    const n = row.value('nb_ls');
    if (n !== undefined && row.text('nb_ls') !== undefined) t.dwellings = n;
    for (const [field, key] of RATE_FIELDS) {
      if (row.text(field) === undefined) continue;
      const v = row.value(field);
      if (v !== undefined) t[key] = v;
    }
    for (const [header, text] of Object.entries(row.extra)) {
      const m = HISTORY.exec(header)!;
      const year = m[2]!;
      if (Number(year) >= options.millesime) continue;
      const key = RATE_FIELDS.find(([f]) => f === m[1]!.toLowerCase())![1];
      const v = parseDecimal(text);
      (t.history[year] ??= {})[key] = v ?? 'source';
    }
    parts.set(row.code, [...(parts.get(row.code) ?? []), t]);
  });
  const communes = new Map([...parts].map(([code, list]) => [code, combineTurnover(list)]));
  return { communes, diagnostics: r.diagnostics };
}

const LONG_VARIABLES: Record<string, keyof RawRates | 'dwellings'> = {
  taux_mobilite: 'mobility',
  taux_vacance: 'vacancy',
  taux_vacance_3mois: 'longVacancy',
  loyer_m2: 'rent',
  parc_hlm: 'dwellings',
};

/**
 * Reads the SDES long table of indicators by territory (`TypeZone;Zone;CodeZone;Variable;…;Valeur;…;
 * SousEnsemble;Valeur_2018`): the rows of the territory's SIREN, for the whole stock.
 */
export async function readTerritoryIndicators(
  path: string,
  options: IndicatorReadOptions,
): Promise<IndicatorReadResult> {
  const diagnostics: Diagnostic[] = [];
  const territory: RawTurnover = { history: {} };
  let col: Record<'zone' | 'variable' | 'value' | 'subset', number>;
  let history: [string, number][] = [];
  let found = 0;
  const summary = await readTable(
    path,
    {
      display: options.display,
      headerHints: ['CodeZone', 'TypeZone'],
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    {
      header(names, line, columnOf) {
        col = {
          zone: findColumn(names, ['CodeZone']),
          variable: findColumn(names, ['Variable']),
          value: findColumn(names, ['Valeur']),
          subset: findColumn(names, ['SousEnsemble']),
        };
        const missing = Object.entries(col)
          .filter(([, i]) => i < 0)
          .map(([k]) => ({ zone: 'CodeZone', variable: 'Variable', value: 'Valeur', subset: 'SousEnsemble' })[k]!);
        if (missing.length) {
          diagnostics.push({
            file: options.display,
            line,
            column: columnOf(0),
            severity: 'error',
            message: `colonne « ${missing.join(' », « ')} » absente : le fichier ne suit pas le tableau des indicateurs RPLS par territoire`,
            hint: 'colonnes attendues : TypeZone, Zone, CodeZone, Variable, Indicateur, Valeur, Pourcent, SousEnsemble, Valeur_<année>',
          });
          return false;
        }
        history = names
          .map((n, i) => [/^valeur_((?:19|20)\d\d)$/i.exec(n.trim())?.[1] ?? '', i] as [string, number])
          .filter(([y]) => y !== '' && Number(y) < options.millesime);
        return { filter: { column: col.zone, accept: (v) => v === options.siren } };
      },
      row(values) {
        if (!headerKey(values[col.subset] ?? '').startsWith('ensemble')) return;
        const key = LONG_VARIABLES[(values[col.variable] ?? '').trim()];
        if (!key) return;
        found++;
        const v = parseDecimal(values[col.value] ?? '') ?? 'source';
        territory[key] = v;
        for (const [year, i] of history) {
          if (key === 'dwellings') continue;
          (territory.history[year] ??= {})[key] = parseDecimal(values[i] ?? '') ?? 'source';
        }
      },
    },
  );
  diagnostics.unshift(...summary.diagnostics);
  if (!diagnostics.some((d) => d.severity === 'error') && found === 0) {
    diagnostics.push({
      file: options.display,
      line: 1,
      column: 1,
      severity: 'error',
      message: `aucune ligne pour le territoire ${options.siren} dans ce fichier`,
      hint: 'le fichier donne les indicateurs des EPCI par leur SIREN : vérifiez le SIREN de territory.yaml ou le fichier',
    });
  }
  return { communes: new Map(), territory, diagnostics };
}
