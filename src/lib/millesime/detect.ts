/**
 * What a new data file is: kind (RPLS, demand, SDES indicators), layout (preset) and year, from its
 * sheets, its column names and its name. Undefined parts are asked (or given with --type / --annee).
 */
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { detectShape } from '../rpls/index.ts';
import { readTable, zipBombDiagnostic } from '../sources/index.ts';

/** What was recognised. */
export interface Detected {
  kind?: 'rpls' | 'demande' | 'indicateurs';
  preset?: 'demande-projet' | 'drihl-socle' | 'sdes-communes' | 'sdes-indicateurs-territoires';
  /** Human description of the layout, for the report. */
  layout?: string;
  year?: number;
  /** Sheet to declare for a workbook whose data is not on the first sheet. */
  sheet?: string;
}

/** Names of the sheets of a workbook, without reading their rows. */
async function sheetNames(path: string): Promise<string[]> {
  const names: string[] = [];
  // A zip bomb is not opened here: reading the table later says why in French.
  if (await zipBombDiagnostic(path, path)) return names;
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
  return names;
}

const HINTS = ['DEPCOM', 'depcom_code', 'code_commune', 'typologie', 'CodeZone', 'DEPCOM_ARM', 'nb_ls', 'millesime'];

/** Column names of the first table of the file (sheet `sheet` of a workbook). */
async function header(path: string, sheet?: string): Promise<string[]> {
  let names: string[] = [];
  await readTable(
    path,
    { display: path, headerHints: HINTS, ...(sheet ? { sheet } : {}) },
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
  return names;
}

/** Year written in the file name (the last 4-digit year between 2000 and 2099). */
export function yearOfName(path: string): number | undefined {
  const all = [...basename(path).matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return all.length ? all[all.length - 1] : undefined;
}

/** Recognises a file. */
export async function detectFile(path: string): Promise<Detected> {
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
  const names = await header(path, sheet);
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
