/**
 * Reading published files: CSV (UTF-8 ± BOM or Windows-1252, `;` `,` or tab, quoted fields, decimal comma)
 * and XLSX (first or named sheet, header row detected), streamed row by row.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { readCsv } from './csv.ts';
import type { ReadOptions, ReadSummary, TableHandler } from './table.ts';

export type { ReadOptions, ReadSummary, TableHandler, HeaderDecision, Progress } from './table.ts';
export { parseCount, parseDecimal, type CountValue } from './numbers.ts';
export { guessEncoding, findMojibake, type TextEncoding } from './encoding.ts';
export { splitRecord, fieldAt, detectDelimiter, columnOfField, type Delimiter } from './fields.ts';
export { readCleanCsv, type CleanHandler, type CleanOptions, type CleanSummary } from './clean-csv.ts';
export { nearest, editDistance } from './nearest.ts';
export { CommuneMatcher, type CodeMatch } from './commune-codes.ts';
export { zipBombDiagnostic, MAX_UNPACKED_BYTES } from './zip-size.ts';
export { sniff, sniffFile, type Sniffed } from './sniff.ts';

/** Reads a CSV or XLSX file (by extension) and streams its rows to the handler. */
export async function readTable(path: string, options: ReadOptions, handler: TableHandler): Promise<ReadSummary> {
  if (!existsSync(path)) {
    return {
      rows: 0,
      kept: 0,
      bytes: 0,
      diagnostics: [
        {
          file: options.display,
          line: 1,
          column: 1,
          severity: 'error',
          message: 'fichier introuvable',
          hint: 'ajoutez le fichier dans le dossier sources/ du territoire ou corrigez son nom dans territory.yaml',
        },
      ],
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.xlsm') return readCsv(path, options, handler);
  // The spreadsheet library (about 30 Mo in memory) is loaded only when a workbook is read, never for a CSV.
  const { readXlsx } = await import('./xlsx.ts');
  return readXlsx(path, options, handler);
}
