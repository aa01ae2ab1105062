/**
 * One pass over the national per-dwelling RPLS file: every row is classified once (the same rules as the
 * territory reader, src/lib/rpls) and added to a compact group of its current commune. Only groups are
 * kept, never rows, so memory depends on the number of communes, not on the size of the file.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.ts';
import {
  HEADER_HINTS,
  buildingKindOf,
  energyOf,
  financingOf,
  inQpv,
  periodOf,
  readRplsHeader,
  rplsBytes as bytes,
  typologyOf,
  type RplsShape,
  type Role,
} from '../rpls/index.ts';
import {
  columnOfField,
  parseDecimal,
  readCleanCsv,
  readTable,
  type CleanHandler,
  type Progress,
} from '../sources/index.ts';
import { arrondissementCommune, currentCommuneCode, departementOf } from '../territory/index.ts';
import { COMPACT_COLUMNS, ENERGY, compactKey, compactLine, keyOf } from './compact.ts';
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
  /**
   * Always read with `readTable` (tests compare both reads): by default a clean CSV is read from its bytes
   * (readCleanCsv), and any other file with `readTable`.
   */
  textOnly?: boolean;
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
  /**
   * How the file was read: `octets` for a clean CSV read from its bytes (readCleanCsv), `texte` for any
   * other, read by readTable (same figures, slower).
   */
  readAs: 'octets' | 'texte';
  shape?: RplsShape['id'];
  diagnostics: Diagnostic[];
}

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

/** Index of each role's value among the columns handed by the readers. */
const ROLES: readonly Role[] = ['commune', 'rooms', 'surface', 'year', 'kind', 'financing', 'energy', 'qpv'];
const WEIGHT_SLOT = ROLES.length;

/** Every category of a value as text: the classifiers of src/lib/rpls, remembered per distinct value. */
function textClassifiers() {
  return {
    // Every commune of France, its former codes and arrondissements: about 40 000 values, all kept.
    code: cached(resolveCode, 200_000),
    rooms: cached((raw) => {
      const t = typologyOf(raw);
      return t ? TYPOLOGIES.indexOf(t) + 1 : 0;
    }),
    year: cached((raw) => YEAR_INDEX[periodOf(raw)]),
    kind: cached((raw) => {
      const k = buildingKindOf(raw);
      return k ? BUILDING_KINDS.indexOf(k) + 1 : 0;
    }),
    financing: cached((raw) => FINANCING_FAMILIES.indexOf(financingOf(raw))),
    energy: cached((raw) => {
      const e = energyOf(raw);
      return e === 'inconnu' ? ENERGY.length - 1 : ENERGY.indexOf(e);
    }),
    /** Surface in hundredths of a square metre, or -1 when there is none (empty, unreadable, zero or less). */
    cents: cached((raw) => {
      const surface = parseDecimal(raw);
      return surface !== undefined && surface > 0 ? Math.round(surface * 100) : -1;
    }),
  };
}

/** What one read adds up, started again from nothing when the byte read gives up. */
class Tally {
  readonly table: GroupTable;
  readonly out: Omit<Partition, 'lines'> = {
    communes: new Map(),
    byDepartement: new Map(),
    dwellings: 0,
    withoutCommune: { rows: 0, dwellings: 0 },
    unknown: new Map(),
    merged: new Map(),
    arrondissements: new Map(),
    rows: 0,
    bytes: 0,
    readAs: 'texte',
    diagnostics: [],
  };
  /** Column of each role, and of the weight (-1 without one), once the header is read. */
  index!: Record<Role, number>;
  weight = -1;
  badWeights = 0;
  qpvRule: RplsShape['qpv'] = 'code-present';

  constructor(memoryGroups: number) {
    this.table = new GroupTable(memoryGroups);
  }

  /** Reads the header's shape; false (with the messages) when a column is missing. */
  header(names: string[], line: number, columnOf: (i: number) => number, display: string): boolean {
    const found = readRplsHeader(names, line, columnOf, display);
    this.out.shape = found.shape.id;
    this.out.diagnostics.push(...found.missing);
    if (found.missing.length) return false;
    this.index = found.index;
    this.qpvRule = found.shape.qpv;
    this.weight = found.weight;
    return true;
  }

  /** The columns the readers hand over, in the order of ROLES, then the weight. */
  columns(): number[] {
    return [...ROLES.map((r) => this.index[r]), ...(this.weight >= 0 ? [this.weight] : [])];
  }

  /** A row without a commune code. */
  withoutCommune(n: number, line: number, column: () => number): void {
    const w = this.out.withoutCommune;
    w.rows++;
    w.dwellings += n;
    if (w.firstLine === undefined) {
      w.firstLine = line;
      w.firstColumn = column();
    }
  }

  /**
   * Counts `n` dwellings of the raw code `raw` (found as `where`) in the group `key`, unless the code is
   * unknown. Former codes and arrondissements are noted with their first line.
   */
  add(where: Resolved, raw: string, n: number, key: number, cents: number, line: number, column: () => number): void {
    const out = this.out;
    if (where.kind === 'unknown') {
      const u = out.unknown.get(raw);
      if (u) u.dwellings += n;
      else out.unknown.set(raw, { dwellings: n, line, column: column() });
      return;
    }
    if (where.kind === 'merged') {
      const m = out.merged.get(raw);
      if (m) m.dwellings += n;
      else out.merged.set(raw, { from: raw, to: where.code, dwellings: n, line, column: column() });
    } else if (where.kind === 'arrondissement') {
      const a = out.arrondissements.get(raw);
      if (a) a.dwellings += n;
      else out.arrondissements.set(raw, { to: where.code, dwellings: n });
    }
    // Surfaces in hundredths of a square metre: whole numbers, the same total in any order.
    this.table.add((where.commune ??= this.table.commune(where.code)), key, n, cents >= 0 ? cents : 0);
  }
}

/** Reads the national RPLS file once and groups its dwellings per current commune. */
export async function partitionRpls(path: string, options: PartitionOptions): Promise<Partition> {
  // Each read has its own classifiers: a commune found keeps its number in the group table of its read.
  const classifiers = () => ({
    text: textClassifiers(),
    // The usual code, five digits, is looked up by its number: no string hashed per row.
    byNumber: new Array<Resolved | undefined>(100_000),
  });
  const memory = options.memoryGroups ?? MEMORY_GROUPS;
  const ext = extname(path).toLowerCase();
  if (!options.textOnly && ext !== '.xlsx' && ext !== '.xlsm' && existsSync(path)) {
    const tally = new Tally(memory);
    const { text, byNumber } = classifiers();
    let read: ReturnType<typeof readCleanCsv>;
    try {
      read = readCleanCsv(
        path,
        { headerHints: HEADER_HINTS, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
        byteRows(tally, text, byNumber),
      );
    } catch (error) {
      tally.table.discard();
      throw error;
    }
    if (read) {
      tally.out.readAs = 'octets';
      return finish(tally, read.rows, read.bytes, [], options.display);
    }
    // Not a clean file: read again as text, which says what is wrong.
    tally.table.discard();
  }
  const tally = new Tally(memory);
  const { text, byNumber } = classifiers();
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
      textRows(tally, text, byNumber, options.display),
    );
  } catch (error) {
    // A failed read leaves no temporary file behind.
    tally.table.discard();
    throw error;
  }
  return finish(tally, summary.rows, summary.bytes, summary.diagnostics, options.display);
}

type TextClassifiers = ReturnType<typeof textClassifiers>;

/** The code of a commune as text (five digits looked up by their number). */
function codeLookup(text: TextClassifiers, byNumber: (Resolved | undefined)[]) {
  return (raw: string): Resolved => {
    if (raw.length !== 5) return text.code(raw);
    let n = 0;
    for (let i = 0; i < 5; i++) {
      const d = raw.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return text.code(raw);
      n = n * 10 + d;
    }
    return (byNumber[n] ??= text.code(raw));
  };
}

/** The rows of readTable: every value as text. */
function textRows(
  tally: Tally,
  text: TextClassifiers,
  byNumber: (Resolved | undefined)[],
  display: string,
): Parameters<typeof readTable>[2] {
  const codeOf = codeLookup(text, byNumber);
  let qpvOf = (_raw: string) => 0;
  return {
    header(names, line, columnOf) {
      if (!tally.header(names, line, columnOf, display)) return false;
      const rule = tally.qpvRule;
      const qpv = cached((raw) => (inQpv(raw, rule) ? 1 : 0));
      qpvOf = rule === 'code-present' ? (raw) => (raw === '' ? 0 : qpv(raw)) : qpv;
      return { columns: tally.columns() };
    },
    row(values, line, columnOf) {
      const index = tally.index;
      let n = 1;
      if (tally.weight >= 0) {
        const w = parseDecimal(values[tally.weight] ?? '');
        if (w === undefined || w < 0 || !Number.isInteger(w)) {
          if (tally.badWeights++ === 0)
            tally.out.diagnostics.push({
              file: display,
              line,
              column: columnOf(tally.weight),
              severity: 'error',
              message: `nombre de logements « ${values[tally.weight]} » incorrect`,
              hint: 'un nombre entier positif est attendu',
            });
          return;
        }
        n = w;
      }
      const raw = values[index.commune]!.trim();
      const column = () => columnOf(index.commune);
      if (raw === '') return tally.withoutCommune(n, line, column);
      const rooms = text.rooms(values[index.rooms]!);
      const cents = rooms ? text.cents(values[index.surface]!) : -1;
      const key = compactKey({
        rooms,
        surface: cents >= 0 ? 1 : 0,
        year: text.year(values[index.year]!),
        kind: text.kind(values[index.kind]!),
        financing: text.financing(values[index.financing]!),
        energy: text.energy(values[index.energy]!),
        qpv: qpvOf(values[index.qpv]!),
      });
      tally.add(codeOf(raw), raw, n, key, cents, line, column);
    },
  };
}

/**
 * The rows of readCleanCsv: the usual values classified from their bytes (byte-values.ts), any other
 * made text and classified as readTable's rows are. A weight that is not a whole number gives up: the
 * text read reports it.
 */
function byteRows(tally: Tally, text: TextClassifiers, byNumber: (Resolved | undefined)[]): CleanHandler {
  const codeOf = codeLookup(text, byNumber);
  const unknownEnergy = ENERGY.length - 1;
  let qpvOf = (_raw: string) => 0;
  let codePresent = true;
  const at: { buf: Buffer; start: number; end: number } = { buf: Buffer.alloc(0), start: 0, end: 0 };
  const column = () => columnOfField(at.buf.toString('utf8', at.start, at.end), ';', tally.index.commune);
  return {
    header(names) {
      // Missing columns: the text read reports them.
      if (!tally.header(names, 1, () => 1, '')) return false;
      const rule = tally.qpvRule;
      codePresent = rule === 'code-present';
      qpvOf = cached((raw) => (inQpv(raw, rule) ? 1 : 0));
      return tally.columns();
    },
    row(buf, start, end, line, recordStart, recordEnd) {
      // Where the row is, for the column of a first message (no function made per row).
      at.buf = buf;
      at.start = recordStart;
      at.end = recordEnd;
      let n = 1;
      if (tally.weight >= 0) {
        n = bytes.digitsOf(buf, start[WEIGHT_SLOT]!, end[WEIGHT_SLOT]!);
        if (n < 0) {
          const w = parseDecimal(str(buf, start, end, WEIGHT_SLOT));
          if (w === undefined || w < 0 || !Number.isInteger(w)) return false;
          n = w;
        }
      }
      const s = start[0]!;
      const e = end[0]!;
      const number = e - s === 5 ? bytes.digitsOf(buf, s, e) : -1;
      let raw: string | undefined;
      let where: Resolved;
      if (number >= 0) where = byNumber[number] ??= text.code(buf.toString('latin1', s, e));
      else {
        raw = str(buf, start, end, 0).trim();
        if (raw === '') {
          tally.withoutCommune(n, line, column);
          return true;
        }
        where = codeOf(raw);
      }
      let rooms = bytes.roomsOf(buf, start[1]!, end[1]!);
      if (rooms < 0) rooms = text.rooms(str(buf, start, end, 1));
      let cents = -1;
      if (rooms) {
        cents = bytes.centsOf(buf, start[2]!, end[2]!);
        if (cents === -2) cents = text.cents(str(buf, start, end, 2));
      }
      let year = bytes.yearOf(buf, start[3]!, end[3]!);
      if (year < 0) year = text.year(str(buf, start, end, 3));
      let kind = bytes.kindOf(buf, start[4]!, end[4]!);
      if (kind < 0) kind = text.kind(str(buf, start, end, 4));
      let financing = bytes.financingOf(buf, start[5]!, end[5]!);
      if (financing < 0) financing = text.financing(str(buf, start, end, 5));
      let energy = bytes.energyOf(buf, start[6]!, end[6]!, unknownEnergy);
      if (energy < 0) energy = text.energy(str(buf, start, end, 6));
      const qpv = codePresent && start[7] === end[7] ? 0 : qpvOf(str(buf, start, end, 7));
      const key = keyOf(rooms, cents >= 0 ? 1 : 0, year, kind, financing, energy, qpv);
      if (where.kind === 'current') tally.add(where, '', n, key, cents, line, column);
      else tally.add(where, raw ?? buf.toString('latin1', s, e), n, key, cents, line, column);
      return true;
    },
  };
}

/** The text of wanted field `j`, for a value of an unusual form. */
function str(buf: Buffer, start: Int32Array, end: Int32Array, j: number): string {
  return buf.toString('utf8', start[j]!, end[j]!);
}

/** The totals per commune and département, from the groups (not counted row by row). */
function finish(tally: Tally, rows: number, size: number, readDiagnostics: Diagnostic[], display: string): Partition {
  const out = tally.out;
  if (tally.badWeights > 1)
    out.diagnostics.push({
      file: display,
      line: 1,
      column: 1,
      severity: 'error',
      message: `${tally.badWeights} lignes ont un nombre de logements incorrect`,
      hint: 'un nombre entier positif est attendu dans la colonne nb',
    });
  const lines = tally.table.finish(compactLine);
  out.communes = lines.totals();
  for (const [code, n] of out.communes) {
    const dep = departementOf(code)!;
    out.dwellings += n;
    out.byDepartement.set(dep, (out.byDepartement.get(dep) ?? 0) + n);
  }
  out.diagnostics.unshift(...readDiagnostics);
  out.rows = rows;
  out.bytes = size;
  return { ...out, lines };
}

/** Columns of the compact file, for callers that print them. */
export { COMPACT_COLUMNS };
