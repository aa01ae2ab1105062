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
import { communeName } from '../territory/index.ts';
import { buildingKindOf, energyOf, financingOf, inQpv, periodOf, typologyOf } from './classify.ts';
import { readRplsHeader } from './header.ts';
import { HEADER_HINTS, type Role, type RplsShape } from './shapes.ts';
import { emptyStock, type RawStock } from './stock.ts';

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
    const { result, handler } = reader(matcher, options);
    const read = readCleanCsv(
      path,
      { headerHints: HEADER_HINTS, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
      fromBytes(handler, result),
    );
    if (read) {
      result.rows = read.rows;
      result.bytes = read.bytes;
      result.readAs = 'octets';
      return result;
    }
  }
  // Any other file, or a clean read that gave up: read as text, from nothing, with every message.
  const { result, handler } = reader(matcher, options);
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
  result.diagnostics.unshift(...summary.diagnostics);
  result.rows = summary.rows;
  result.kept = summary.kept;
  result.bytes = summary.bytes;
  return result;
}

/**
 * readCleanCsv's records handed to the text handler: rows of other communes dropped on the bytes of their
 * code (as readTable's scanner does), the wanted values of the others made text.
 */
function fromBytes(handler: TableHandler, result: RplsReadResult): CleanHandler {
  // Stryker disable all: equivalent, every one of these is set by header() before the first row.
  let names: string[] = [];
  let columns: readonly number[] = [];
  let decision: HeaderDecision = {};
  let communeSlot = 0;
  let pairs = new Set<number>();
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
      communeSlot = columns.indexOf(d.filter.column);
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, the RPLS filter always has its prefixes.
      pairs = new Set((d.filter.prefixes?.firstTwo ?? []).map((p) => p.charCodeAt(0) * 256 + p.charCodeAt(1)));
      values.length = names.length;
      // Stryker disable next-line StringLiteral: equivalent, the handler reads only the wanted columns.
      values.fill('');
      return columns;
    },
    row(buf, start, end, line, recordStart, recordEnd) {
      const filter = decision.filter!;
      const s = start[communeSlot]!;
      const e = end[communeSlot]!;
      // Fast path: a value of the usual length whose first two characters cannot match is dropped as is.
      const quick = filter.prefixes;
      // Stryker disable next-line all: equivalent, a shortcut for speed: accept() below drops the same rows.
      if (quick && e - s === quick.length && !pairs.has(buf[s]! * 256 + buf[s + 1]!)) return true;
      if (!filter.accept(buf.toString('latin1', s, e).trim())) return true;
      // Stryker disable next-line EqualityOperator: equivalent, one step further writes an unused property.
      for (let j = 0; j < columns.length; j++) values[columns[j]!] = textOf(buf, start[j]!, end[j]!);
      result.kept++;
      handler.row(values, line, (i) => columnOfField(buf.toString('utf8', recordStart, recordEnd), ';', i));
      return true;
    },
  };
}

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
function reader(matcher: CommuneMatcher, options: RplsReadOptions): { result: RplsReadResult; handler: TableHandler } {
  const stock = new Map<string, RawStock>([...matcher.members].map((c) => [c, emptyStock()]));
  const diagnostics: Diagnostic[] = [];
  const result: RplsReadResult = { stock, diagnostics, rows: 0, kept: 0, bytes: 0, readAs: 'texte' };
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
  const typologyOfRaw = cached(typologyOf);
  const kindOfRaw = cached(buildingKindOf);
  const periodOfRaw = cached(periodOf);
  const financingOfRaw = cached(financingOf);
  const energyOfRaw = cached(energyOf);
  const surfaceOfRaw = cached(parseDecimal);
  let index!: Record<Role, number>;
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
      // Stryker disable next-line ArrayDeclaration,ConditionalExpression: equivalent, a column -1 is never read.
      const columns = [...Object.values(index), ...(weight >= 0 ? [weight] : [])];
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
            ? `la commune connue la plus proche est ${close} ${communeName(close) ?? ''}`.trim()
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
      const s = stock.get(m.code)!;
      s.total += n;
      const typology = typologyOfRaw(values[index.rooms]!);
      if (typology) {
        s.byTypology[typology] += n;
        const surface = surfaceOfRaw(values[index.surface]!);
        if (surface !== undefined && surface > 0) {
          s.surfaceSum[typology] += surface;
          s.surfaceCount[typology] += n;
        }
      } else {
        warn(
          'rooms',
          line,
          columnOf(index.rooms),
          `nombre de pièces « ${values[index.rooms]} » incorrect : ce logement n’est compté dans aucune taille`,
          'un nombre entier à partir de 1 est attendu',
        );
      }
      const kind = kindOfRaw(values[index.kind]!);
      if (kind) s.byBuildingKind[kind] += n;
      else
        warn(
          'kind',
          line,
          columnOf(index.kind),
          `type de construction « ${values[index.kind]} » inconnu`,
          'valeurs attendues : C pour collectif, I pour individuel, E pour étudiant',
        );
      s.byPeriod[periodOfRaw(values[index.year]!)] += n;
      s.byFinancing[financingOfRaw(values[index.financing]!)] += n;
      s.byEnergyLabel[energyOfRaw(values[index.energy]!)] += n;
      if (inQpv(values[index.qpv]!, qpvRule)) s.qpv.inside += n;
      else s.qpv.outside += n;
    },
  };
  return { result, handler };
}
