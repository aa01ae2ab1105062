/**
 * What a new data file is: kind (RPLS, demand, SDES indicators), layout (preset) and year, from its
 * sheets, its column names and its name. Undefined parts are asked (or given with --type / --annee).
 */
import { basename, extname } from 'node:path';
import { detectShape } from '../rpls/index.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { readTable, sniffFile, zipBombDiagnostic } from '../sources/index.ts';

/** What was recognised. */
export interface Detected {
  kind?: 'rpls' | 'demande' | 'indicateurs';
  preset?: 'demande-projet' | 'drihl-socle' | 'sdes-communes' | 'sdes-indicateurs-territoires';
  /** Human description of the layout, for the report. */
  layout?: string;
  year?: number;
  /** Sheet to declare for a workbook whose data is not on the first sheet. */
  sheet?: string;
  /**
   * Why the file cannot be read at all (a web page or a CSV saved with a .xlsx name, an empty or cut
   * file…), in French, placed in the file: the command stops there instead of asking what the file is.
   */
  problems?: Diagnostic[];
}

/** Names of the sheets of a workbook, without reading their rows. */
async function sheetNames(path: string): Promise<string[]> {
  const names: string[] = [];
  // Not a zip (a web page, a CSV renamed .xlsx), or a zip bomb: not opened here; reading the table says why.
  if (sniffFile(path) !== 'zip' || (await zipBombDiagnostic(path, path))) return names;
  try {
    // Loaded only for a workbook: a CSV never loads the spreadsheet library.
    const { default: ExcelJS } = await import('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'ignore',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      names.push((sheet as unknown as { name: string }).name);
      for await (const _row of sheet) {
        /* drain the entry so the zip stream goes on */
      }
    }
  } catch {
    // A damaged workbook: reading its table below says why, in French.
  }
  return names;
}

const HINTS = ['DEPCOM', 'depcom_code', 'code_commune', 'typologie', 'CodeZone', 'DEPCOM_ARM', 'nb_ls', 'millesime'];

/** Column names of the first table of the file (sheet `sheet` of a workbook), and why it cannot be read. */
async function header(
  path: string,
  display: string,
  sheet?: string,
): Promise<{ names: string[]; problems: Diagnostic[] }> {
  let names: string[] = [];
  const summary = await readTable(
    path,
    { display, headerHints: HINTS, ...(sheet ? { sheet } : {}) },
    {
      header(n) {
        names = n.map((x) => x.trim());
        return false;
      },
      row() {
        /* the header is enough */
      },
    },
  );
  return { names, problems: summary.diagnostics.filter((d) => d.severity === 'error') };
}

/** Year written in the file name (the last 4-digit year between 2000 and 2099). */
export function yearOfName(path: string): number | undefined {
  const all = [...basename(path).matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return all.length ? all[all.length - 1] : undefined;
}

/** Recognises a file; `display` is its name in messages. */
export async function detectFile(path: string, display = basename(path)): Promise<Detected> {
  const year = yearOfName(path);
  const out: Detected = year ? { year } : {};
  const xlsx = ['.xlsx', '.xlsm'].includes(extname(path).toLowerCase());
  let sheet: string | undefined;
  if (xlsx) {
    const sheets = await sheetNames(path);
    const communes = sheets.find((s) => s === 'COMMUNES' || s === 'COMMUNE');
    if (communes)
      return {
        ...out,
        kind: 'indicateurs',
        preset: 'sdes-communes',
        layout: 'résultats RPLS du SDES, feuille des communes',
      };
    if (sheets.includes('Ensemble'))
      return {
        ...out,
        kind: 'demande',
        preset: 'drihl-socle',
        layout: 'socle de données demandes et attributions de la DRIHL',
      };
    sheet = sheets[0];
  }
  const { names, problems } = await header(path, display, sheet);
  if (problems.length > 0 && names.length === 0) return { ...out, problems };
  const lower = names.map((n) => n.toLowerCase());
  if (lower.includes('codezone') && lower.includes('variable'))
    return {
      ...out,
      kind: 'indicateurs',
      preset: 'sdes-indicateurs-territoires',
      layout: 'indicateurs RPLS du SDES par territoire',
    };
  if (lower.includes('code_commune') && lower.includes('typologie'))
    return { ...out, kind: 'demande', preset: 'demande-projet', layout: 'tableau des demandes du projet' };
  if (lower.includes('depcom_arm') || lower.includes('tx_mob'))
    return { ...out, kind: 'indicateurs', preset: 'sdes-communes', layout: 'résultats RPLS du SDES par commune' };
  const shape = detectShape(names);
  if (Object.values(shape.index).filter((i) => i >= 0).length >= 6)
    return { ...out, kind: 'rpls', layout: shape.shape.label };
  return out;
}
