/**
 * Reads a canonical demand table (CSV or XLSX) for one millésime and checks every cell: column names,
 * commune codes, typologies, counts (masked cells kept masked), duplicates, transfers within totals.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Typology } from '../dataset/types.ts';
import type { RawValue } from '../indicators/index.ts';
import { CommuneMatcher, nearest, parseCount, parseDecimal, readTable, type Progress } from '../sources/index.ts';
import { communeName } from '../territory/index.ts';
import { DEMAND_COLUMNS, HEADER_HINTS, parseTypology, type DemandColumn } from './columns.ts';

/** One row of the table, before secrecy. */
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
  sheet?: string;
  onProgress?: (p: Progress) => void;
}

/** Rows per commune and typology, and what was found. */
export interface DemandReadResult {
  rows: Map<string, Map<Typology, RawDemand>>;
  diagnostics: Diagnostic[];
}

const COUNT_COLUMNS = [
  ['demandes', 'pending'], ['demandes_mutation', 'pendingTransfers'],
  ['attributions', 'attributions'], ['attributions_mutation', 'attributionTransfers'],
] as const;

/** Reads the canonical demand table for one millésime. */
export async function readDemand(path: string, options: DemandReadOptions): Promise<DemandReadResult> {
  const matcher = new CommuneMatcher(options.communes);
  const members = [...matcher.members];
  const rows = new Map<string, Map<Typology, RawDemand>>();
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const say = (severity: Diagnostic['severity'], line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ file: options.display, line, column, severity, message, ...(hint ? { hint } : {}) });
  let col!: Record<DemandColumn, number>;

  const summary = await readTable(path, { display: options.display, headerHints: HEADER_HINTS, ...(options.sheet ? { sheet: options.sheet } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) }, {
    header(names, line, columnOf) {
      const lower = names.map((n) => n.trim().toLowerCase());
      col = Object.fromEntries(DEMAND_COLUMNS.map((c) => [c.name, lower.indexOf(c.name)])) as Record<DemandColumn, number>;
      let ok = true;
      for (const c of DEMAND_COLUMNS) {
        if (!c.required || col[c.name] >= 0) continue;
        ok = false;
        const known = new Set<string>(DEMAND_COLUMNS.map((k) => k.name));
        const close = nearest(c.name, names.filter((n) => !known.has(n.trim().toLowerCase())), 6);
        say('erreur', line, close ? columnOf(names.indexOf(close)) : 1, `colonne « ${c.name} » absente (${c.meaning}) : le fichier ne suit pas le tableau des demandes`,
          close ? `la colonne « ${close} » est-elle la même ? Renommez-la « ${c.name} »` : `ajoutez la colonne « ${c.name} » : voir docs/donnees.md`);
      }
      return ok ? {} : false;
    },
    row(values, line, columnOf) {
      const at = (c: DemandColumn) => columnOf(col[c]);
      const year = parseDecimal(values[col.millesime]!);
      if (year === undefined || !Number.isInteger(year) || year < 2000 || year > 2100) {
        say('erreur', line, at('millesime'), `millésime « ${values[col.millesime]} » incorrect`, 'une année sur 4 chiffres est attendue, par exemple 2023');
        return;
      }
      if (year !== options.millesime) return;
      const rawCode = values[col.code_commune]!.trim();
      const m = matcher.match(rawCode);
      if (m.kind === 'outside') {
        // A typo that hits a real commune elsewhere would silently drop the row from the totals.
        say('erreur', line, at('code_commune'), `la commune ${rawCode} ${communeName(rawCode) ?? ''} n’est pas dans le territoire`.replace('  ', ' '), 'corrigez le code commune, ou retirez la ligne si elle concerne une autre intercommunalité');
        return;
      }
      if (m.kind === 'unknown') {
        const close = nearest(rawCode, members, 2);
        say('erreur', line, at('code_commune'), `code commune « ${rawCode} » inconnu`,
          close ? `la commune connue la plus proche est ${close} ${communeName(close) ?? ''}`.trim() : 'un code INSEE de 5 caractères d’une commune du territoire est attendu');
        return;
      }
      if (m.kind === 'merged') say('information', line, at('code_commune'), `code ${m.from} d’une ancienne commune : compté avec la commune actuelle ${m.code} ${communeName(m.code) ?? ''}`.trim());
      const typology = parseTypology(values[col.typologie]!);
      if (!typology) {
        say('erreur', line, at('typologie'), `typologie « ${values[col.typologie]} » inconnue`, 'valeurs attendues : T1, T2, T3, T4, T5+');
        return;
      }
      const key = `${rawCode}|${typology}`;
      const first = seen.get(key);
      if (first !== undefined) {
        say('erreur', line, 1, `ligne en double : même commune, même typologie et même millésime qu’à la ligne ${first}`, 'gardez une seule ligne par commune et par typologie');
        return;
      }
      seen.set(key, line);
      const row: Partial<RawDemand> = { line, attributionsColumn: at('attributions') };
      let bad = false;
      for (const [name, field] of COUNT_COLUMNS) {
        const parsed = parseCount(values[col[name]]!);
        if (parsed.kind === 'invalid') {
          bad = true;
          say('erreur', line, at(name), parsed.reason === 'negative' ? `nombre négatif « ${values[col[name]]} » dans « ${name} »` : `nombre à virgule « ${values[col[name]]} » dans « ${name} »`,
            'un nombre entier positif est attendu, ou une cellule masquée comme « s »');
        } else row[field] = parsed.kind === 'count' ? parsed.value : 'source';
      }
      if (bad) return;
      for (const [total, part, name] of [['pending', 'pendingTransfers', 'demandes_mutation'], ['attributions', 'attributionTransfers', 'attributions_mutation']] as const) {
        const t = row[total], p = row[part];
        if (typeof t === 'number' && typeof p === 'number' && p > t) {
          bad = true;
          say('erreur', line, at(name), `« ${name} » vaut ${p}, plus que le total ${t}`, 'les mutations font partie du total : vérifiez les deux colonnes');
        }
      }
      if (bad) return;
      if (col.delai_moyen_mois >= 0) {
        const raw = values[col.delai_moyen_mois]!.trim();
        if (raw !== '') {
          const d = parseDecimal(raw);
          if (d !== undefined && d < 0) {
            say('erreur', line, at('delai_moyen_mois'), `délai négatif « ${raw} »`, 'un nombre de mois positif est attendu');
            return;
          }
          row.averageDelayMonths = d ?? 'source';
        }
      }
      const byTypology = rows.get(m.code) ?? new Map<Typology, RawDemand>();
      rows.set(m.code, byTypology);
      const existing = byTypology.get(typology);
      byTypology.set(typology, existing ? mergeRows(existing, row as RawDemand) : (row as RawDemand));
    },
  });
  diagnostics.unshift(...summary.diagnostics);
  return { rows, diagnostics };
}

/** Adds the row of a merged commune to the current commune's row. */
function mergeRows(a: RawDemand, b: RawDemand): RawDemand {
  const add = (x: RawValue, y: RawValue): RawValue => (x === 'source' || y === 'source' ? 'source' : x + y);
  return {
    ...a,
    pending: add(a.pending, b.pending),
    pendingTransfers: add(a.pendingTransfers, b.pendingTransfers),
    attributions: add(a.attributions, b.attributions),
    attributionTransfers: add(a.attributionTransfers, b.attributionTransfers),
  };
}
