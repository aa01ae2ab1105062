/**
 * Streams one RPLS file and adds its dwellings to the raw stock of each member commune. Rows of other
 * communes are dropped on their commune field alone, before the row is split.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import {
  CommuneMatcher,
  columnOfField,
  nearest,
  parseDecimal,
  readCleanCsv,
  readTable,
  type CleanHandler,
  type HeaderDecision,
  type Progress,
  type TableHandler,
} from '../sources/index.ts';
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
} from '../figures/index.ts';
import { communeName } from '../territory/index.ts';
import { buildingKindOf, energyOf, financingOf, inQpv, periodOf, typologyOf } from './classify.ts';
import * as bytes from './byte-values.ts';
import { readRplsHeader } from './header.ts';
import { HEADER_HINTS, type Role, type RplsShape } from './shapes.ts';
import type { RawStock } from './stock.ts';
import { StockTally, type TallyRow } from './tally.ts';

/** Options of one RPLS read. */
export interface RplsReadOptions {
  /** File name printed in messages. */
  display: string;
  /** Current INSEE codes of the territory's communes. */
  communes: Iterable<string>;
  /** XLSX sheet, when the file is a workbook. */
  sheet?: string;
  onProgress?: (p: Progress) => void;
  /**
   * Always read with `readTable` (tests compare both reads): by default a clean CSV is read from its bytes
   * (readCleanCsv), any other file with `readTable`, which says what is wrong.
   */
  textOnly?: boolean;
}

/** Raw stock per member commune (every member present) and what was found. */
export interface RplsReadResult {
  stock: Map<string, RawStock>;
  diagnostics: Diagnostic[];
  /** Shape recognised from the header, when the header was read. */
  shape?: RplsShape['id'];
  rows: number;
  kept: number;
  bytes: number;
  /** `octets` when the file was read by readCleanCsv, `texte` by readTable (same result). */
  readAs: 'octets' | 'texte';
  /**
   * Rows counted from their bytes, without making text (0 when read as text): the others had an unusual
   * value (a former or unknown code, unreadable rooms or kind, a count not written in digits).
   */
  fromBytes: number;
}

/**
 * Classifier with a cache per raw value: a file has few distinct values per column (years, codes,
 * labels), so a Map lookup replaces the regular expressions on most rows of a large territory.
 */
function cached<T>(classify: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    let v = known.get(raw);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, classifying again gives the same value (the cache only saves time).
    if (v === undefined && !known.has(raw)) {
      v = classify(raw);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: equivalent, the bound only caps the memory of the cache.
      if (known.size < 10_000) known.set(raw, v);
    }
    return v as T;
  };
}

/** Reads an RPLS file (CSV or XLSX) for the territory. */
export async function readRpls(path: string, options: RplsReadOptions): Promise<RplsReadResult> {
  const matcher = new CommuneMatcher(options.communes);
  // Stryker disable next-line all: equivalent, readCleanCsv gives up on a workbook (its bytes are a zip).
  const workbook = ['.xlsx', '.xlsm'].includes(extname(path).toLowerCase());
  if (!options.textOnly && !workbook && existsSync(path)) {
    const { result, handler, fast, finish } = reader(matcher, options);
    const read = readCleanCsv(
      path,
      { headerHints: HEADER_HINTS, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
      fromBytes(handler, fast, result),
    );
    if (read) {
      finish();
      result.rows = read.rows;
      result.bytes = read.bytes;
      result.readAs = 'octets';
      return result;
    }
  }
  // Any other file, or a clean read that gave up: read as text, from nothing, with every message.
  const { result, handler, finish } = reader(matcher, options);
  const summary = await readTable(
    path,
    {
      display: options.display,
      headerHints: HEADER_HINTS,
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    handler,
  );
  finish();
  result.diagnostics.unshift(...summary.diagnostics);
  result.rows = summary.rows;
  result.kept = summary.kept;
  result.bytes = summary.bytes;
  return result;
}

/**
 * readCleanCsv's records: a row whose values all have their usual form (five-digit code of a member,
 * one digit of rooms, C/I/E…) is counted from its bytes by `fast`; rows of other communes are dropped on
 * the bytes of their code (as readTable's scanner does); any other row is made text and handed to the
 * text handler, which says what is wrong with it. Both give the same stock (tests/unit/rpls-fast-read.test.ts).
 */
function fromBytes(handler: TableHandler, fast: FastRows, result: RplsReadResult): CleanHandler {
  // Stryker disable all: equivalent, every one of these is set by header() before the first row.
  let names: string[] = [];
  let columns: readonly number[] = [];
  let decision: HeaderDecision = {};
  const values: string[] = [];
  // Stryker restore all
  return {
    header(header) {
      // Stryker disable next-line ArrowFunction: equivalent, a missing column gives up, and readTable says where.
      const d = handler.header(header, 1, () => 1);
      // Stryker disable next-line all: equivalent, the handler returns false, or a filter and the columns.
      if (d === false || !d.filter || !d.columns) return false;
      decision = d;
      names = header;
      columns = d.columns;
      values.length = names.length;
      // Stryker disable next-line StringLiteral: equivalent, the handler reads only the wanted columns.
      // Stryker disable next-line CallExpression: equivalent, only the wanted columns are ever read, and each row sets them.
      values.fill('');
      return columns;
    },
    row(buf, start, end, line, recordStart, recordEnd) {
      const counted = fast(buf, start, end);
      if (counted === COUNTED) {
        result.kept++;
        return true;
      }
      // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: the filter drops the same rows.
      if (counted === DROPPED || !decision.filter!.accept(buf.toString('latin1', start[0]!, end[0]!).trim()))
        return true;
      result.kept++;
      // Stryker disable next-line EqualityOperator: equivalent, one step further writes an unused property.
      for (let j = 0; j < columns.length; j++) values[columns[j]!] = textOf(buf, start[j]!, end[j]!);
      handler.row(values, line, (i) => columnOfField(buf.toString('utf8', recordStart, recordEnd), ';', i));
      return true;
    },
  };
}

/** What `fast` did with a row: counted it, dropped it (another commune), or left it to the text handler. */
const COUNTED = 1;
const DROPPED = 0;
const AS_TEXT = -1;
type FastRows = (buf: Buffer, start: Int32Array, end: Int32Array) => number;

/** One-character strings of the ASCII bytes, made once: most values of a row are one letter or digit. */
const ONE_CHARACTER = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** The text of buf[s, e): empty and one-character values without decoding. */
function textOf(buf: Buffer, s: number, e: number): string {
  // Stryker disable next-line all: equivalent, a shortcut for speed: decoding gives the same text.
  if (e === s) return '';
  // Stryker disable next-line all: equivalent, a shortcut for speed: decoding gives the same text.
  if (e - s === 1 && buf[s]! < 128) return ONE_CHARACTER[buf[s]!]!;
  return buf.toString('utf8', s, e);
}

/** A fresh result and the handler that fills it. */
function reader(
  matcher: CommuneMatcher,
  options: RplsReadOptions,
): { result: RplsReadResult; handler: TableHandler; fast: FastRows; finish: () => void } {
  const tally = new StockTally(matcher.members);
  const diagnostics: Diagnostic[] = [];
  const result: RplsReadResult = {
    stock: new Map(),
    diagnostics,
    rows: 0,
    kept: 0,
    bytes: 0,
    readAs: 'texte',
    fromBytes: 0,
  };
  // The same object for every row: nothing made per row.
  // Stryker disable next-line ObjectLiteral,UnaryOperator,BooleanLiteral: equivalent, every field is set before each add.
  const row: TallyRow = { typology: -1, surface: undefined, kind: -1, period: 0, financing: 0, energy: 0, qpv: false };
  const warnOnce = new Set<string>();
  const warn = (key: string, line: number, column: number, message: string, hint?: string) => {
    if (warnOnce.has(key)) return;
    warnOnce.add(key);
    diagnostics.push({
      file: options.display,
      line,
      column,
      severity: 'warning',
      message,
      ...(hint ? { hint } : {}),
    });
  };
  // Categories as indexes into the lists of src/lib/figures (-1: none), remembered per raw value.
  const typologyOfRaw = cached((raw) => indexIn(TYPOLOGIES, typologyOf(raw)));
  const kindOfRaw = cached((raw) => indexIn(BUILDING_KINDS, buildingKindOf(raw)));
  const periodOfRaw = cached((raw) => CONSTRUCTION_PERIODS.indexOf(periodOf(raw)));
  const financingOfRaw = cached((raw) => FINANCING_FAMILIES.indexOf(financingOf(raw)));
  const energyOfRaw = cached((raw) => ENERGY_LABELS.indexOf(energyOf(raw)));
  const surfaceOfRaw = cached(parseDecimal);
  const qpvOfRaw = cached((raw) => inQpv(raw, qpvRule));
  let index!: Record<Role, number>;
  // Stryker disable next-line BooleanLiteral,ArrowFunction: equivalent, header() sets the filter before any row.
  let acceptCode = (_code: string) => false;
  // Stryker disable next-line UnaryOperator: equivalent, header() sets the weight column before any row is read.
  let weight = -1;
  // Stryker disable next-line StringLiteral: equivalent, header() sets the rule of the shape found before any row.
  let qpvRule: RplsShape['qpv'] = 'one-two';

  const handler: TableHandler = {
    header(names, line, columnOf) {
      const found = readRplsHeader(names, line, columnOf, options.display);
      result.shape = found.shape.id;
      diagnostics.push(...found.missing);
      if (found.missing.length) return false;
      index = found.index;
      qpvRule = found.shape.qpv;
      weight = found.weight;
      // Unknown codes of the territory's départements are kept too, to be reported with their line.
      const prefixes = matcher.prefixes;
      const accept = (v: string) =>
        matcher.accepts(v) || (matcher.match(v).kind === 'unknown' && prefixes.firstTwo.includes(v.slice(0, 2)));
      acceptCode = accept;
      // In the order of ROLES, then the weight: the slots of the byte read (fast).
      // Stryker disable next-line ArrayDeclaration,ConditionalExpression: equivalent, a column -1 is never read.
      const columns = [...ROLES.map((r) => index[r]), ...(weight >= 0 ? [weight] : [])];
      return { filter: { column: index.commune, accept, prefixes }, columns };
    },
    row(values, line, columnOf) {
      const raw = values[index.commune]!.trim();
      const m = matcher.match(raw);
      if (m.kind === 'unknown') {
        const close = nearest(m.code, [...matcher.members], 2);
        warn(
          `unknown:${raw}`,
          line,
          columnOf(index.commune),
          `code commune « ${raw} » inconnu : ses logements ne sont pas comptés`,
          close
            ? // Stryker disable next-line MethodExpression: equivalent, a member always has a name, so there is no space to trim.
              `la commune connue la plus proche est ${close} ${communeName(close) ?? ''}`.trim()
            : 'un code INSEE de 5 caractères est attendu',
        );
        return;
      }
      // Stryker disable next-line all: equivalent, the filter has already dropped the communes of elsewhere.
      if (m.kind === 'outside') return;
      if (m.kind === 'merged') {
        warn(
          `merged:${m.from}`,
          line,
          columnOf(index.commune),
          `code ${m.from} d’une ancienne commune : ses logements sont comptés avec la commune actuelle ${m.code}`,
        );
      }
      let n = 1;
      if (weight >= 0) {
        const w = parseDecimal(values[weight] ?? '');
        // Stryker disable next-line ConditionalExpression: equivalent, undefined is not an integer either.
        if (w === undefined || w < 0 || !Number.isInteger(w)) {
          diagnostics.push({
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
      row.typology = typologyOfRaw(values[index.rooms]!);
      // Stryker disable next-line ConditionalExpression: equivalent, a surface without a size is never added (tally.ts).
      row.surface = row.typology >= 0 ? surfaceOfRaw(values[index.surface]!) : undefined;
      if (row.typology < 0)
        warn(
          // Stryker disable next-line StringLiteral: equivalent, any key distinct from the others says it once.
          'rooms',
          line,
          columnOf(index.rooms),
          `nombre de pièces « ${values[index.rooms]} » incorrect : ce logement n’est compté dans aucune taille`,
          'un nombre entier à partir de 1 est attendu',
        );
      row.kind = kindOfRaw(values[index.kind]!);
      if (row.kind < 0)
        warn(
          // Stryker disable next-line StringLiteral: equivalent, any key distinct from the others says it once.
          'kind',
          line,
          columnOf(index.kind),
          `type de construction « ${values[index.kind]} » inconnu`,
          'valeurs attendues : C pour collectif, I pour individuel, E pour étudiant',
        );
      row.period = periodOfRaw(values[index.year]!);
      row.financing = financingOfRaw(values[index.financing]!);
      row.energy = energyOfRaw(values[index.energy]!);
      row.qpv = inQpv(values[index.qpv]!, qpvRule);
      tally.add(tally.slotOf(m.code), n, row);
    },
  };
  /**
   * A row counted from its bytes when every value has its usual form (rpls/byte-values.ts): the same
   * categories as the text handler above, which gets every other row (and says what is wrong with it).
   * The decision for a commune code is made once per code, with the same filter and matcher.
   */
  // The decision per five-digit code, plus 2 (0: not decided yet): a look-up in an array on every row.
  const byCode = new Int32Array(100_000);
  const decide = (code: string): number => {
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: a code the filter drops is « outside », read as text and dropped.
    if (!acceptCode(code)) return DROPPED;
    const m = matcher.match(code);
    // Former codes and unknown codes are warned about by the text handler.
    return m.kind === 'member' || m.kind === 'arrondissement' ? tally.slotOf(m.code) + 1 : AS_TEXT;
  };
  const text = (buf: Buffer, start: Int32Array, end: Int32Array, j: number) => buf.toString('utf8', start[j]!, end[j]!);
  const fast: FastRows = (buf, start, end) => {
    const code = end[0]! - start[0]! === 5 ? bytes.digitsOf(buf, start[0]!, end[0]!) : -1;
    // Stryker disable next-line EqualityOperator: equivalent, code 00000 read as text gives the same result.
    if (code < 0) return AS_TEXT;
    let slot = byCode[code]! - 2;
    // Stryker disable next-line ConditionalExpression: equivalent, deciding again gives the same decision (the array only saves time).
    if (slot === -2) byCode[code] = (slot = decide(buf.toString('latin1', start[0]!, end[0]!))) + 2;
    // Slots of members are 0 and up, shifted by one here so that DROPPED (0) and AS_TEXT (-1) stay apart.
    if (slot < 1) return slot;
    let n = 1;
    if (weight >= 0) {
      n = bytes.digitsOf(buf, start[WEIGHT_SLOT]!, end[WEIGHT_SLOT]!);
      // Stryker disable next-line EqualityOperator: equivalent, a weight of 0 read as text adds the same 0.
      if (n < 0) return AS_TEXT;
    }
    // Rooms and kind warn when unusual: the text handler does it.
    const rooms = bytes.roomsOf(buf, start[1]!, end[1]!);
    const kind = bytes.kindOf(buf, start[4]!, end[4]!);
    // Stryker disable next-line EqualityOperator: equivalent, roomsOf and kindOf never give 0.
    if (rooms < 0 || kind < 0) return AS_TEXT;
    row.typology = rooms - 1;
    row.kind = kind - 1;
    row.surface = undefined;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: an empty surface read as text is no surface either.
    if (end[2]! > start[2]!) {
      const cents = bytes.centsOf(buf, start[2]!, end[2]!);
      // cents / 100 is the same number as parseDecimal's: both are the double nearest the same decimal.
      // Stryker disable next-line EqualityOperator: equivalent, centsOf never gives 0 (a zero surface is -1).
      if (cents >= 0) row.surface = cents / 100;
      // Stryker disable next-line ConditionalExpression: equivalent, a zero surface read as text is not counted either.
      if (cents === -2) row.surface = surfaceOfRaw(text(buf, start, end, 2));
    }
    const year = bytes.yearOf(buf, start[3]!, end[3]!);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: the year read as text gives the same period.
    row.period = year >= 0 ? PERIOD_OF_YEAR[year]! : periodOfRaw(text(buf, start, end, 3));
    row.financing = bytes.financingOf(buf, start[5]!, end[5]!);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: the code read as text gives the same family.
    if (row.financing < 0) row.financing = financingOfRaw(text(buf, start, end, 5));
    row.energy = bytes.energyOf(buf, start[6]!, end[6]!, ENERGY_LABELS.length - 1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: the label read as text gives the same one.
    if (row.energy < 0) row.energy = energyOfRaw(text(buf, start, end, 6));
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: an empty QPV read as text is outside too.
    row.qpv = end[7] === start[7] ? false : qpvOfRaw(text(buf, start, end, 7));
    tally.add(slot - 1, n, row);
    result.fromBytes++;
    return COUNTED;
  };
  const finish = () => {
    result.stock = tally.stock();
  };
  return { result, handler, fast, finish };
}

/** The index of a category in its list, -1 for none. */
function indexIn<T>(list: readonly T[], value: T | undefined): number {
  // Stryker disable next-line ConditionalExpression: equivalent, indexOf(undefined) is -1 too; written out for the reader.
  return value === undefined ? -1 : list.indexOf(value);
}

/** The order of the columns handed by the header, the weight after them. */
const ROLES: readonly Role[] = ['commune', 'rooms', 'surface', 'year', 'kind', 'financing', 'energy', 'qpv'];
const WEIGHT_SLOT = ROLES.length;
/** Periods in the order of bytes.yearOf (0 unknown, 1 before 1979, 2 1979–2007, 3 since 2008). */
const PERIOD_OF_YEAR: readonly number[] = (['inconnue', 'avant-1979', '1979-2007', 'depuis-2008'] as const).map((p) =>
  CONSTRUCTION_PERIODS.indexOf(p),
);
