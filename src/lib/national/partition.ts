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
import { COMPACT_COLUMNS, ENERGY, compactKey, compactLine } from './compact.ts';
import { GroupTable, MEMORY_GROUPS, type CommuneLines } from './groups.ts';
import { BUILDING_KINDS, FINANCING_FAMILIES, TYPOLOGIES, type ConstructionPeriod } from '../figures/index.ts';

/** Index of each period in YEARS of compact.ts. */
const YEAR_INDEX: Record<ConstructionPeriod, number> = {
  inconnue: 0,
  'avant-1979': 1,
  '1979-2007': 2,
  'depuis-2008': 3,
};

/** Options of a partition read. */
export interface PartitionOptions {
  /** File name printed in messages. */
  display: string;
  /** XLSX sheet, when the file is a workbook. */
  sheet?: string;
  /** Groups kept in memory before they wait in temporary files (tests make it small). */
  memoryGroups?: number;
  onProgress?: (p: Progress) => void;
}

/** A former commune code found in the file and the current commune its dwellings were counted with. */
export interface MergedCode {
  from: string;
  to: string;
  dwellings: number;
  /** First line where the code was found, and the column of the code on that line. */
  line: number;
  column: number;
}

/** What one pass over the national file found. */
export interface Partition {
  /** Dwellings per current commune code (communes with at least one group). */
  communes: Map<string, number>;
  /** Each commune's lines of the compact file, in a temporary file: call `lines.close()` when done. */
  lines: CommuneLines;
  /** Dwellings per département of the current commune, as read from the file. */
  byDepartement: Map<string, number>;
  /** Dwellings with a commune code, a code not known at all, and without a commune code. */
  dwellings: number;
  withoutCommune: { rows: number; dwellings: number; firstLine?: number; firstColumn?: number };
  unknown: Map<string, { dwellings: number; line: number; column: number }>;
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
  | {
      kind: 'current' | 'arrondissement' | 'merged';
      code: string;
      departement: string;
      /** The commune's number in the group table, kept here once found. */
      commune?: number;
    }
  | { kind: 'unknown' };

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

/**
 * Memoises a classifier per raw value: a whole file has few distinct values per column. `limit` caps the
 * memory when a column has many (surfaces), or a wrong file has millions of different codes.
 */
function cached<T>(classify: (raw: string) => T, limit = 10_000): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    let v = known.get(raw);
    if (v === undefined) {
      v = classify(raw);
      if (known.size < limit) known.set(raw, v);
    }
    return v;
  };
}

/** Reads the national RPLS file once and groups its dwellings per current commune. */
export async function partitionRpls(path: string, options: PartitionOptions): Promise<Partition> {
  const table = new GroupTable(options.memoryGroups ?? MEMORY_GROUPS);
  const out: Omit<Partition, 'lines'> = {
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
  // Every commune of France, its former codes and arrondissements: about 40 000 values, all kept.
  const codeBySlowPath = cached(resolveCode, 200_000);
  // The usual code, five digits, is looked up by its number: no string hashed per row.
  const byNumber = new Array<Resolved | undefined>(100_000);
  const codeOf = (raw: string): Resolved => {
    if (raw.length !== 5) return codeBySlowPath(raw);
    let n = 0;
    for (let i = 0; i < 5; i++) {
      const d = raw.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return codeBySlowPath(raw);
      n = n * 10 + d;
    }
    return (byNumber[n] ??= codeBySlowPath(raw));
  };
  // Each column's raw value → its index in the key (compact.ts). The usual short values (one digit, one
  // letter, a year) are read from their characters; any other goes through the classifier of src/lib/rpls,
  // remembered per distinct raw value. Both give the same category (tests/unit/national-split.test.ts).
  const roomsSlow = cached((raw) => {
    const t = typologyOf(raw);
    return t ? TYPOLOGIES.indexOf(t) + 1 : 0;
  });
  const roomsOf = (raw: string): number => {
    const d = raw.length === 1 ? raw.charCodeAt(0) - 48 : -1;
    return d >= 1 && d <= 9 ? Math.min(d, 5) : roomsSlow(raw);
  };
  const yearSlow = cached((raw) => YEAR_INDEX[periodOf(raw)]);
  const yearOf = (raw: string): number => {
    if (raw.length !== 4) return yearSlow(raw);
    let y = 0;
    for (let i = 0; i < 4; i++) {
      const d = raw.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return yearSlow(raw);
      y = y * 10 + d;
    }
    return y < 1000 ? 0 : y < 1979 ? 1 : y >= 2008 ? 3 : 2;
  };
  const kindSlow = cached((raw) => {
    const k = buildingKindOf(raw);
    return k ? BUILDING_KINDS.indexOf(k) + 1 : 0;
  });
  const kindOf = (raw: string): number => (raw === 'C' ? 1 : raw === 'I' ? 2 : raw === 'E' ? 3 : kindSlow(raw));
  const financingSlow = cached((raw) => FINANCING_FAMILIES.indexOf(financingOf(raw)));
  /** Family index of a two-digit code (financingOf): 10–11 PLAI, 12–13 PLUS, 14 PLS, 16 PLI, 50–55 and 99 anciens. */
  const financingIndex = (raw: string): number => {
    const a = raw.length === 2 ? raw.charCodeAt(0) - 48 : -1;
    const b = raw.length === 2 ? raw.charCodeAt(1) - 48 : -1;
    if (a < 0 || a > 9 || b < 0 || b > 9) return financingSlow(raw);
    const c = a * 10 + b;
    if (c === 10 || c === 11) return 0;
    if (c === 12 || c === 13) return 1;
    if (c === 14) return 2;
    if (c === 16) return 3;
    return (c >= 50 && c <= 55) || c === 99 ? 4 : 5;
  };
  const energyIndex = cached((raw) => {
    const e = energyOf(raw);
    return e === 'inconnu' ? ENERGY.length - 1 : ENERGY.indexOf(e);
  });
  const energyOfRaw = (raw: string): number => {
    const c = raw.length === 1 ? raw.charCodeAt(0) - 65 : -1;
    return c >= 0 && c <= 6 ? c : raw === '' ? ENERGY.length - 1 : energyIndex(raw);
  };
  const surfaceOfRaw = cached(parseDecimal);
  /**
   * Surface in hundredths of a square metre, or -1 when there is none (empty, unreadable, zero or less).
   * Digits with at most two decimals after a point or a comma are read from their characters; any other
   * form goes through parseDecimal (the same value: Math.round of a two-decimal number × 100 is exact).
   */
  const centsOf = (raw: string): number => {
    let whole = 0;
    let i = 0;
    const n = raw.length;
    for (; i < n; i++) {
      const d = raw.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      whole = whole * 10 + d;
    }
    let cents = -1;
    if (i > 0 && i <= 9) {
      if (i === n) cents = whole * 100;
      else if ((raw[i] === '.' || raw[i] === ',') && n - i >= 2 && n - i <= 3) {
        const a = raw.charCodeAt(i + 1) - 48;
        const b = n - i === 3 ? raw.charCodeAt(i + 2) - 48 : 0;
        if (a >= 0 && a <= 9 && b >= 0 && b <= 9) cents = whole * 100 + a * 10 + b;
      }
    }
    if (cents < 0) {
      const surface = surfaceOfRaw(raw);
      return surface !== undefined && surface > 0 ? Math.round(surface * 100) : -1;
    }
    return cents > 0 ? cents : -1;
  };
  // The QPV rule depends on the shape, known once the header is read.
  let qpvOf = (raw: string): number => (inQpv(raw, 'code-present') ? 1 : 0);
  let index!: Record<Role, number>;
  let weight = -1;
  let badWeights = 0;

  let summary: Awaited<ReturnType<typeof readTable>>;
  try {
    summary = await readTable(
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
          const rule = found.shape.qpv;
          const qpvSlow = cached((raw) => (inQpv(raw, rule) ? 1 : 0));
          qpvOf = rule === 'code-present' ? (raw) => (raw === '' ? 0 : qpvSlow(raw)) : qpvSlow;
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
            if (out.withoutCommune.firstLine === undefined) {
              out.withoutCommune.firstLine = line;
              out.withoutCommune.firstColumn = columnOf(index.commune);
            }
            return;
          }
          const where = codeOf(raw);
          if (where.kind === 'unknown') {
            const u = out.unknown.get(raw);
            if (u) u.dwellings += n;
            else out.unknown.set(raw, { dwellings: n, line, column: columnOf(index.commune) });
            return;
          }
          if (where.kind === 'merged') {
            const m = out.merged.get(raw);
            if (m) m.dwellings += n;
            else
              out.merged.set(raw, { from: raw, to: where.code, dwellings: n, line, column: columnOf(index.commune) });
          } else if (where.kind === 'arrondissement') {
            const a = out.arrondissements.get(raw);
            if (a) a.dwellings += n;
            else out.arrondissements.set(raw, { to: where.code, dwellings: n });
          }
          const rooms = roomsOf(values[index.rooms]!);
          const cents = rooms ? centsOf(values[index.surface]!) : -1;
          const key = compactKey({
            rooms,
            surface: cents >= 0 ? 1 : 0,
            year: yearOf(values[index.year]!),
            kind: kindOf(values[index.kind]!),
            financing: financingIndex(values[index.financing]!),
            energy: energyOfRaw(values[index.energy]!),
            qpv: qpvOf(values[index.qpv]!),
          });
          // Surfaces in hundredths of a square metre: whole numbers, the same total in any order.
          table.add((where.commune ??= table.commune(where.code)), key, n, cents >= 0 ? cents : 0);
        },
      },
    );
  } catch (error) {
    // A failed read leaves no temporary file behind.
    table.discard();
    throw error;
  }
  if (badWeights > 1)
    out.diagnostics.push({
      file: options.display,
      line: 1,
      column: 1,
      severity: 'error',
      message: `${badWeights} lignes ont un nombre de logements incorrect`,
      hint: 'un nombre entier positif est attendu dans la colonne nb',
    });
  // Totals per commune and département, from the groups (not counted row by row).
  const lines = table.finish(compactLine);
  out.communes = lines.totals();
  for (const [code, n] of out.communes) {
    const dep = departementOf(code)!;
    out.dwellings += n;
    out.byDepartement.set(dep, (out.byDepartement.get(dep) ?? 0) + n);
  }
  out.diagnostics.unshift(...summary.diagnostics);
  out.rows = summary.rows;
  out.bytes = summary.bytes;
  return { ...out, lines };
}

/** Columns of the compact file, for callers that print them. */
export { COMPACT_COLUMNS };
