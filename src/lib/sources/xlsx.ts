/**
 * Streaming XLSX reader (exceljs WorkbookReader): rows are read one by one from the zipped sheet, so a
 * large workbook is never loaded whole. Reads the first sheet, or the sheet named in territory.yaml.
 */
import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { classifyBytes, type Diagnostic } from '../diagnostics/index.ts';
import {
  duplicateHeader,
  HEADER_SEARCH_LINES,
  headerRowBeyondEnd,
  headerRowBlank,
  pickHeader,
  type ReadOptions,
  type ReadSummary,
  type RowFilter,
  type TableHandler,
} from './table.ts';
import { sniff } from './sniff.ts';
import { zipBombDiagnostic } from './zip-size.ts';
import { openSync, readSync, closeSync } from 'node:fs';

/** Text of a cell value as Excel shows it (numbers keep their full precision; dates as ISO days). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, String(value) at the end gives the same.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, String(value) at the end gives the same.
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

function firstBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
    // Stryker disable next-line BlockStatement,CallExpression: equivalent, a descriptor left open changes no result.
  } finally {
    closeSync(fd);
  }
}

/** Reads one sheet of an XLSX workbook and streams its rows to the handler. */
export async function readXlsx(path: string, options: ReadOptions, handler: TableHandler): Promise<ReadSummary> {
  const bytes = statSync(path).size;
  const diagnostics: Diagnostic[] = [];
  const summary: ReadSummary = { diagnostics, rows: 0, kept: 0, bytes };
  const error = (line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ file: options.display, line, column, severity: 'error', message, ...(hint ? { hint } : {}) });
  const head = firstBytes(path);
  const kind = sniff(head);
  const bytesKind = classifyBytes(head);
  if (kind !== 'zip' && bytesKind !== 'text' && bytesKind !== 'empty' && bytesKind !== 'zip') {
    // A PDF, a gzip file, binary data or UTF-16 text named .xlsx: say what it is.
    const what = { pdf: 'un document PDF', gzip: 'un fichier compressé (gzip)', 'utf-16': 'un texte en UTF-16' };
    error(
      1,
      1,
      `le fichier est ${bytesKind in what ? what[bytesKind as keyof typeof what] : 'un fichier binaire'}, pas un classeur Excel .xlsx`,
      'placez ici le classeur de données (.xlsx) ou le tableau en CSV, et corrigez son nom dans territory.yaml',
    );
    return summary;
  }
  if (kind !== 'zip') {
    if (kind === 'empty') error(1, 1, 'le fichier est vide', 'remplacez-le par le classeur complet');
    else if (kind === 'html')
      error(
        1,
        1,
        'le fichier est une page web, pas un classeur Excel',
        'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier',
      );
    else
      error(
        1,
        1,
        'le fichier n’est pas un classeur Excel .xlsx : il contient du texte (un tableau CSV renommé en .xlsx ?)',
        'si c’est un CSV, renommez-le en .csv et corrigez son nom dans territory.yaml ; sinon, enregistrez-le depuis Excel au format « Classeur Excel (.xlsx) »',
      );
    return summary;
  }
  const bomb = await zipBombDiagnostic(path, options.display);
  if (bomb) {
    diagnostics.push(bomb);
    return summary;
  }
  const sheets: string[] = [];
  let found = false;
  // Whether the handler was given anything: until then, a failure of the streaming reader can be read again.
  let touched = false;
  const watched = new Proxy(handler, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function'
        ? (...args: unknown[]) => {
            touched = true;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          }
        : value;
    },
  });
  const diagnosticsBefore = diagnostics.length;
  try {
    // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, these are the reader's defaults, written to be read.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      // Stryker disable next-line StringLiteral: equivalent, the reader's default.
      sharedStrings: 'cache',
      // Stryker disable next-line StringLiteral: equivalent, the reader's default.
      styles: 'ignore',
      // Stryker disable next-line StringLiteral: equivalent, the reader's default.
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      sheets.push(name);
      if (found || (options.sheet !== undefined && name !== options.sheet)) {
        for await (const _row of sheet) {
          /* drain the entry so the zip stream goes on */
        }
        continue;
      }
      found = true;
      await readSheet(sheet, options, watched, summary, error);
    }
  } catch (e) {
    // The streaming reader (temporary files, a zip read as it comes) has been seen to fail now and then on a
    // valid workbook when the machine is busy. Before any row was given, the workbook is read again whole (its
    // size is already bounded by the zip check above): a valid file is read, a broken one keeps its message.
    if (!touched && summary.rows === 0 && diagnostics.length === diagnosticsBefore) {
      const whole = await wholeSheetRows(path, options.sheet);
      if (whole && 'rows' in whole) {
        await readSheet(whole.rows, options, handler, summary, error);
        return summary;
      }
      // A valid workbook without the sheet named: that is what to say, not that the file is unreadable.
      if (whole) {
        sheets.splice(0, sheets.length, ...whole.sheets);
        missingSheet();
        return summary;
      }
    }
    error(1, 1, unreadableWorkbook(e), 'ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx');
    return summary;
  }
  if (!found) missingSheet();
  return summary;

  function missingSheet(): void {
    // A missing sheet is a mistake of territory.yaml: line 0 marks it for the caller, which places it at the
    // line of territory.yaml that names the sheet (src/lib/dataset). Printed as is, it reads 1:1.
    error(
      options.sheet ? 0 : 1,
      options.sheet ? 0 : 1,
      options.sheet
        ? `la feuille « ${options.sheet} » n’existe pas dans le classeur`
        : 'le classeur ne contient aucune feuille',
      sheets.length
        ? `feuilles présentes : ${sheets.join(', ')} ; corrigez « sheet » dans territory.yaml`
        : 'remplacez-le par le classeur complet',
    );
  }
}

/**
 * The rows of one sheet (the named one, else the first) read with the whole-workbook reader; the sheets of
 * the workbook when the named one is not there; undefined if the workbook cannot be read.
 */
async function wholeSheetRows(
  path: string,
  name: string | undefined,
): Promise<{ rows: AsyncIterable<ExcelJS.Row> } | { sheets: string[] } | undefined> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = name === undefined ? workbook.worksheets[0] : workbook.getWorksheet(name);
    if (!sheet) return { sheets: workbook.worksheets.map((w) => w.name) };
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
    return {
      rows: (async function* () {
        yield* rows;
      })(),
    };
  } catch {
    return undefined;
  }
}

/** The library's English (or code) message, said in French: the file is cut, or it is not a workbook. */
function unreadableWorkbook(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/FILE_ENDED|unexpected end|end of (central directory|data)|truncated/i.test(text))
    return 'classeur illisible : le fichier est coupé, il est incomplet';
  if (/invalid signature|not a valid zip|corrupt/i.test(text)) return 'classeur illisible : le fichier est abîmé';
  return 'classeur illisible : ce n’est pas un classeur Excel .xlsx valide';
}

async function readSheet(
  sheet: AsyncIterable<ExcelJS.Row>,
  options: ReadOptions,
  handler: TableHandler,
  summary: ReadSummary,
  error: (line: number, column: number, message: string, hint?: string) => void,
): Promise<void> {
  let header: string[] | undefined;
  let filter: RowFilter | undefined;
  let stopped = false;
  const early: { values: string[]; line: number }[] = [];
  const declared = options.headerRow;
  let lastLine = 0;
  const pick = () => pickHeader(early, (r) => r.values, options.headerHints);
  for await (const row of sheet) {
    if (stopped) continue;
    const raw = row.values as unknown[];
    const values: string[] = [];
    for (let i = 1; i < raw.length; i++) values.push(cellText(raw[i]).trim());
    if (!header) {
      lastLine = row.number;
      if (declared !== undefined) {
        // The source says where the header is: the rows above are titles, skipped.
        if (row.number < declared) continue;
        if (row.number === declared && values.some((v) => v !== '')) {
          early.push({ values, line: row.number });
          choose(early[0]!);
        } else {
          const { message, hint } = headerRowBlank(declared);
          error(declared, 1, message, hint);
          stopped = true;
        }
        continue;
      }
      if (values.every((v) => v === '')) continue;
      early.push({ values, line: row.number });
      // Title or group rows may stand above the table: the header is the row naming the most known columns.
      if (early.length >= HEADER_SEARCH_LINES) choose(pick());
      continue;
    }
    emit(values, row.number);
  }
  // Fewer rows than the search: the best of them is the header (the first when none names a known column,
  // and the handler says what is missing).
  if (!header && !stopped && declared === undefined && early.length > 0) choose(pick());
  if (!header && !stopped && declared !== undefined && lastLine > 0) {
    const { message, hint } = headerRowBeyondEnd(declared, lastLine);
    error(1, 1, message, hint);
    stopped = true;
  }
  if (!header && !stopped) error(1, 1, 'la feuille est vide', 'remplacez-le par le classeur complet');
  else if (summary.rows === 0 && !stopped)
    error(
      2,
      1,
      'la feuille ne contient que la ligne des titres, aucune ligne de données',
      'remplacez-le par le classeur complet',
    );

  /** Takes this early row as the header, then replays the rows read after it. */
  function choose(chosen: { values: string[]; line: number }) {
    header = chosen.values;
    const twice = duplicateHeader(header, options.headerHints);
    if (twice) {
      error(chosen.line, twice.indices[1]! + 1, twice.message, twice.hint);
      stopped = true;
      return;
    }
    const decision = handler.header(header, chosen.line, (i) => i + 1);
    if (decision === false) {
      stopped = true;
      return;
    }
    filter = decision.filter;
    for (const r of early.slice(early.indexOf(chosen) + 1)) emit(r.values, r.line);
  }

  function emit(values: string[], line: number) {
    if (values.every((v) => v === '')) return;
    summary.rows++;
    while (values.length < header!.length) values.push('');
    if (filter && !filter.accept(values[filter.column] ?? '')) return;
    summary.kept++;
    handler.row(values, line, (i) => i + 1);
  }
}
