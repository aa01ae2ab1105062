/**
 * The SDES « résultats RPLS » workbook (mobility, vacancy, rent per commune), split like the RPLS file: its
 * commune sheet is read once, and each territory gets a CSV with the same header and only the rows of its
 * communes (arrondissements and codes of former communes included, as the territory reader counts them).
 * The territory reads it with the same preset, so its figures are those it would read in the whole workbook.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { readTable } from '../sources/index.ts';
import { arrondissementCommune, currentCommuneCode, departementOf } from '../territory/index.ts';

/** Sheet names of the commune sheet, and titles of the commune code column (preset sdes-communes). */
const SHEETS = ['COMMUNES', 'COMMUNE'];
const CODE_COLUMNS = ['depcom_arm', 'depcom', 'depcom_code'];

/** The commune sheet: its header, and its rows by current commune code. */
export interface ResultsTable {
  header: string[];
  rows: Map<string, string[][]>;
  diagnostics: Diagnostic[];
}

/** The current commune of a code of the workbook, or undefined (unknown, or a total line). */
function currentOf(raw: string): string | undefined {
  const code = /^\d{4}$/.test(raw) ? `0${raw}` : raw.toUpperCase();
  if (departementOf(code)) return code;
  const city = arrondissementCommune(code);
  if (city) return city;
  return /^(\d{5}|2[AB]\d{3})$/.test(code) ? currentCommuneCode(code) : undefined;
}

/** Reads the commune sheet of the workbook (or a CSV of the same layout). */
export async function readResults(path: string, display: string): Promise<ResultsTable> {
  let table: ResultsTable = { header: [], rows: new Map(), diagnostics: [] };
  for (const [i, sheet] of SHEETS.entries()) {
    table = { header: [], rows: new Map(), diagnostics: [] };
    const t = table;
    let code = -1;
    const summary = await readTable(
      path,
      { display, sheet, headerHints: ['DEPCOM_ARM', 'DEPCOM', 'DEPCOM_CODE', 'tx_mob', 'nb_ls'] },
      {
        header(names, line) {
          code = names.findIndex((n) => CODE_COLUMNS.includes(n.trim().toLowerCase()));
          if (code < 0) {
            t.diagnostics.push({
              file: display,
              line,
              column: 1,
              severity: 'error',
              message: 'colonne du code commune introuvable (DEPCOM_ARM, DEPCOM ou DEPCOM_CODE)',
              hint: 'donnez le classeur « résultats RPLS » du SDES tel qu’il est publié, avec sa feuille COMMUNES',
            });
            return false;
          }
          t.header = names.map((n) => n.trim());
          return {};
        },
        row(values) {
          const current = currentOf(values[code]!.trim());
          if (!current) return;
          // A copy: the values may share memory with the part of the file being read.
          const kept = values.map((v) => Buffer.from(v, 'utf8').toString('utf8'));
          const list = t.rows.get(current);
          if (list) list.push(kept);
          else t.rows.set(current, [kept]);
        },
      },
    );
    t.diagnostics.unshift(...summary.diagnostics);
    const missingSheet = t.diagnostics.some((d) => d.line === 0 && d.message.startsWith('la feuille '));
    if (!missingSheet || i === SHEETS.length - 1) break;
  }
  // A missing sheet is marked line 0 by the reader (for territory.yaml); here it is the file's own problem.
  table.diagnostics = table.diagnostics.map((d) => (d.line === 0 ? { ...d, line: 1, column: 1 } : d));
  return table;
}

/** A CSV field, quoted when it holds the separator, a quote or a line end. */
const field = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * The CSV text of the rows of some communes: the header, then their rows in the order of the workbook (the
 * caller writes it only when one of the communes has a row).
 */
export function resultsCsv(table: ResultsTable, codes: readonly string[]): string {
  const lines = [table.header.map(field).join(';')];
  for (const code of [...codes].sort())
    for (const row of table.rows.get(code) ?? []) lines.push(row.map(field).join(';'));
  return `${lines.join('\n')}\n`;
}
