/**
 * CSV for a French spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents), `;` as
 * separator and decimal comma (so numbers are numbers in a French Excel or LibreOffice), CRLF lines.
 */
import Papa from 'papaparse';
import type { CsvValue, OpenDataSource, PublishedTable } from './declaration.ts';

/** Media type of the CSV files. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** Number as a French spreadsheet reads it: no thousands separator, decimal comma. */
export function csvNumber(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `@`, `-` not followed by a number,
 * tab, carriage return): such a cell is written with a leading `'`, which spreadsheets show as text.
 * Numbers, negative ones included, are left as they are.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:,\d+)?$))/;

/** The whole file, BOM included, from a header row and data rows. */
export function toFrenchCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  const text = rows.map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? csvNumber(v) : v)));
  const csv = Papa.unparse(
    { fields: [...header], data: text },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}\r\n`;
}

/** A published table as its CSV file. */
export function tableCsv(table: PublishedTable, d: OpenDataSource): string {
  return toFrenchCsv(
    table.fields.map((f) => f.name),
    table.values(d),
  );
}

/** A published table as objects for donnees.json: the same names and values as the CSV, null when empty. */
export function tableObjects(table: PublishedTable, d: OpenDataSource): Record<string, CsvValue>[] {
  return table.values(d).map((row) => Object.fromEntries(table.fields.map((f, i) => [f.name, row[i] ?? null])));
}
