/**
 * One pass over the national per-dwelling RPLS file: every row is classified once (the same rules as the
 * territory reader, src/lib/rpls) and added to a compact group of its current commune. Only groups are
 * kept, never rows, so memory depends on the number of communes, not on the size of the file.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import {
  HEADER_HINTS,
  WEIGHT_COLUMNS,
  buildingKindOf,
  detectShape,
  energyOf,
  financingOf,
  inQpv,
  periodOf,
  typologyOf,
  type RplsShape,
  type Role,
} from '../rpls/index.ts';
import { nearest, parseDecimal, readTable, type Progress } from '../sources/index.ts';
import { arrondissementCommune, currentCommuneCode, departementOf } from '../territory/index.ts';
import { COMPACT_COLUMNS, compactKey, type CompactGroup } from './compact.ts';

/** Options of a partition read. */
export interface PartitionOptions {
  /** File name printed in messages. */
  display: string;
  /** XLSX sheet, when the file is a workbook. */
  sheet?: string;
  onProgress?: (p: Progress) => void;
}

/** A former commune code found in the file and the current commune its dwellings were counted with. */
export interface MergedCode {
  from: string;
  to: string;
  dwellings: number;
  /** First line where the code was found. */
  line: number;
}

/** What one pass over the national file found. */
export interface Partition {
  /** Compact groups per current commune code (key: see compact.ts). */
  communes: Map<string, Map<string, CompactGroup>>;
  /** Dwellings per département of the current commune, as read from the file. */
  byDepartement: Map<string, number>;
  /** Dwellings with a commune code, a code not known at all, and without a commune code. */
  dwellings: number;
  withoutCommune: { rows: number; dwellings: number; firstLine?: number };
  unknown: Map<string, { dwellings: number; line: number }>;
  merged: Map<string, MergedCode>;
  /** Arrondissement codes folded into their commune (Paris, Lyon, Marseille), with their dwellings. */
  arrondissements: Map<string, { to: string; dwellings: number }>;
  rows: number;
  bytes: number;
  shape?: RplsShape['id'];
  diagnostics: Diagnostic[];
}

const ROLE_NAMES: Record<Role, string> = {
  commune: 'code de la commune',
  rooms: 'nombre de pièces',
  surface: 'surface habitable',
  year: 'année de construction',
  kind: 'type de construction',
  financing: 'financement',
  energy: 'étiquette énergie',
  qpv: 'quartier prioritaire',
};

/** The current commune of a raw code, how it was found, or why none. */
type Resolved =
  { kind: 'current' | 'arrondissement' | 'merged'; code: string; departement: string } | { kind: 'unknown' };

function resolveCode(raw: string): Resolved {
  const code = /^\d{4}$/.test(raw) ? `0${raw}` : raw.toUpperCase();
  const dep = departementOf(code);
  if (dep) return { kind: 'current', code, departement: dep };
  const city = arrondissementCommune(code);
  if (city) return { kind: 'arrondissement', code: city, departement: departementOf(city)! };
  const current = /^(\d{5}|2[AB]\d{3})$/.test(code) ? currentCommuneCode(code) : undefined;
  const currentDep = current && departementOf(current);
  if (current && currentDep) return { kind: 'merged', code: current, departement: currentDep };
  return { kind: 'unknown' };
}

/** Memoises a classifier per raw value (few distinct values per column in a whole file). */
function cached<T>(classify: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    if (known.has(raw)) return known.get(raw) as T;
    const v = classify(raw);
    if (known.size < 10_000) known.set(raw, v);
    return v;
  };
}

/** Reads the national RPLS file once and groups its dwellings per current commune. */
export async function partitionRpls(path: string, options: PartitionOptions): Promise<Partition> {
  const out: Partition = {
    communes: new Map(),
    byDepartement: new Map(),
    dwellings: 0,
    withoutCommune: { rows: 0, dwellings: 0 },
    unknown: new Map(),
    merged: new Map(),
    arrondissements: new Map(),
    rows: 0,
    bytes: 0,
    diagnostics: [],
  };
  const codeOf = cached(resolveCode);
  const typologyOfRaw = cached(typologyOf);
  const kindOfRaw = cached(buildingKindOf);
  const periodOfRaw = cached(periodOf);
  const financingOfRaw = cached(financingOf);
  const energyOfRaw = cached(energyOf);
  const surfaceOfRaw = cached(parseDecimal);
  let index!: Record<Role, number>;
  let weight = -1;
  let qpvRule: RplsShape['qpv'] = 'code-present';
  let badWeights = 0;

  const summary = await readTable(
    path,
    {
      display: options.display,
      headerHints: HEADER_HINTS,
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    {
      header(names, line, columnOf) {
        const found = detectShape(names);
        out.shape = found.shape.id;
        const missing = (Object.keys(found.index) as Role[]).filter((r) => found.index[r] < 0);
        for (const role of missing) {
          const expected = found.shape.columns[role];
          const close = nearest(expected, names, 4);
          out.diagnostics.push({
            file: options.display,
            line,
            column: close ? columnOf(names.indexOf(close)) : 1,
            severity: 'error',
            message: `colonne « ${expected} » absente (${ROLE_NAMES[role]}) : le fichier ressemble au format ${found.shape.label}`,
            hint: close
              ? `la colonne « ${close} » est-elle la même ? Renommez-la « ${expected} »`
              : `ajoutez la colonne « ${expected} » ou utilisez le fichier tel que publié par le SDES`,
          });
        }
        if (missing.length) return false;
        index = found.index;
        qpvRule = found.shape.qpv;
        weight = names.findIndex((n) => WEIGHT_COLUMNS.includes(n.trim().toLowerCase()));
        return { columns: [...Object.values(index), ...(weight >= 0 ? [weight] : [])] };
      },
      row(values, line, columnOf) {
        let n = 1;
        if (weight >= 0) {
          const w = parseDecimal(values[weight] ?? '');
          if (w === undefined || w < 0 || !Number.isInteger(w)) {
            if (badWeights++ === 0)
              out.diagnostics.push({
                file: options.display,
                line,
                column: columnOf(weight),
                severity: 'error',
                message: `nombre de logements « ${values[weight]} » incorrect`,
                hint: 'un nombre entier positif est attendu',
              });
            return;
          }
          n = w;
        }
        const raw = values[index.commune]!.trim();
        if (raw === '') {
          out.withoutCommune.rows++;
          out.withoutCommune.dwellings += n;
          out.withoutCommune.firstLine ??= line;
          return;
        }
        const where = codeOf(raw);
        if (where.kind === 'unknown') {
          const u = out.unknown.get(raw);
          if (u) u.dwellings += n;
          else out.unknown.set(raw, { dwellings: n, line });
          return;
        }
        if (where.kind === 'merged') {
          const m = out.merged.get(raw);
          if (m) m.dwellings += n;
          else out.merged.set(raw, { from: raw, to: where.code, dwellings: n, line });
        } else if (where.kind === 'arrondissement') {
          const a = out.arrondissements.get(raw);
          if (a) a.dwellings += n;
          else out.arrondissements.set(raw, { to: where.code, dwellings: n });
        }
        out.dwellings += n;
        out.byDepartement.set(where.departement, (out.byDepartement.get(where.departement) ?? 0) + n);
        const typology = typologyOfRaw(values[index.rooms]!);
        const surface = typology ? surfaceOfRaw(values[index.surface]!) : undefined;
        const withSurface = surface !== undefined && surface > 0;
        const key = compactKey({
          typology,
          withSurface,
          period: periodOfRaw(values[index.year]!),
          kind: kindOfRaw(values[index.kind]!),
          financing: financingOfRaw(values[index.financing]!),
          energy: energyOfRaw(values[index.energy]!),
          qpv: inQpv(values[index.qpv]!, qpvRule),
        });
        let groups = out.communes.get(where.code);
        if (!groups) out.communes.set(where.code, (groups = new Map()));
        const g = groups.get(key);
        // Surfaces are summed in hundredths of a square metre: whole numbers, the same total in any order.
        const cents = withSurface ? Math.round(surface * 100) : 0;
        if (g) {
          g.dwellings += n;
          g.surfaceCents += cents;
        } else groups.set(key, { dwellings: n, surfaceCents: cents });
      },
    },
  );
  if (badWeights > 1)
    out.diagnostics.push({
      file: options.display,
      line: 1,
      column: 1,
      severity: 'error',
      message: `${badWeights} lignes ont un nombre de logements incorrect`,
      hint: 'un nombre entier positif est attendu dans la colonne nb',
    });
  out.diagnostics.unshift(...summary.diagnostics);
  out.rows = summary.rows;
  out.bytes = summary.bytes;
  return out;
}

/** Columns of the compact file, for callers that print them. */
export { COMPACT_COLUMNS };
