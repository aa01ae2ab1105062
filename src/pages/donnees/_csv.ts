/**
 * CSV for a French spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents), `;` as
 * separator and decimal comma (so numbers are numbers in a French Excel or LibreOffice), CRLF lines.
 * The underscore keeps this helper out of Astro's routes.
 */
import Papa from 'papaparse';

/** A CSV value: text as is, a number written with a decimal comma, empty for null. */
export type CsvValue = string | number | null;

/** Number as a French spreadsheet reads it: no thousands separator, decimal comma. */
export function csvNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

/** The whole file, BOM included, from a header row and data rows. */
export function toFrenchCsv(header: string[], rows: CsvValue[][]): string {
  const text = rows.map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? csvNumber(v) : v)));
  return `\uFEFF${Papa.unparse({ fields: header, data: text }, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}

/** Response headers of a CSV download. */
export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
