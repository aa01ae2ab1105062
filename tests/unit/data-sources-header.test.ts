/**
 * The header row of a table: found among the first lines as the one naming the most known columns (a title
 * or a group line above does not fool it), taken exactly where a mapping declares it (`headerRow`), and
 * refused when two columns share a known title. CSV and XLSX readers behave the same.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, type TableHandler } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-header-'));
const HINTS = ['code', 'demandes', 'attributions', 'typologie'];

/** Writes the lines as a CSV file, or as the rows of an XLSX workbook. */
async function write(name: string, lines: string[]): Promise<string> {
  const file = join(dir, name);
  if (name.endsWith('.csv')) writeFileSync(file, `${lines.join('\n')}\n`);
  else {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Feuille');
    for (const line of lines) ws.addRow(line.split(';').map((v) => (v === '' ? null : v)));
    await wb.xlsx.writeFile(file);
  }
  return file;
}

/** Reads a table and returns the header line, the header, the rows and the diagnostics. */
async function read(name: string, lines: string[], headerRow?: number) {
  const file = await write(name, lines);
  const rows: number[] = [];
  let header: { line: number; names: string[] } | undefined;
  const handler: TableHandler = {
    header(names, line) {
      header = { line, names };
      return {};
    },
    row(_values, line) {
      rows.push(line);
    },
  };
  const summary = await readTable(
    file,
    { display: name, headerHints: HINTS, ...(headerRow !== undefined ? { headerRow } : {}) },
    handler,
  );
  return { header, rows, diagnostics: summary.diagnostics };
}

const TABLE = [
  'Demandes et attributions 2023;;;',
  ';demandes;attributions;',
  'code;typologie;demandes;attributions',
  '63430;T1;40;8',
  '63430;T2;55;9',
];

describe.each(['csv', 'xlsx'])('ligne des titres (%s)', (ext) => {
  it('prend la ligne qui nomme le plus de colonnes, pas le titre ni la ligne de groupes au-dessus', async () => {
    const r = await read(`groupes.${ext}`, TABLE);
    expect(r.diagnostics).toEqual([]);
    expect(r.header).toEqual({ line: 3, names: ['code', 'typologie', 'demandes', 'attributions'] });
    expect(r.rows).toEqual([4, 5]);
  });

  it('prend exactement la ligne déclarée par headerRow', async () => {
    const r = await read(`declaree.${ext}`, TABLE, 3);
    expect(r.header?.line).toBe(3);
    expect(r.rows).toEqual([4, 5]);
  });

  it('refuse un headerRow après la fin du fichier, en ligne 1 et en disant où le fichier s’arrête', async () => {
    const r = await read(`trop-loin.${ext}`, TABLE, 12);
    expect(r.header).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.line, d.column, d.severity])).toEqual([[1, 1, 'error']]);
    expect(r.diagnostics[0]!.message).toContain('déclarée à la ligne 12');
    expect(r.diagnostics[0]!.message).toContain('s’arrête à la ligne 5');
  });

  it('refuse deux colonnes de même titre et les nomme toutes les deux', async () => {
    const r = await read(`double.${ext}`, ['code;demandes;attributions;Demandes', '63430;40;8;41']);
    expect(r.header).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toContain('2 colonnes portent le titre « demandes » : colonnes 2 (B) et 4 (D)');
  });
});

it('une ligne des titres déclarée mais vide est une erreur à cette ligne', async () => {
  const r = await read('vide.csv', ['Titre', '', ...TABLE.slice(2)], 2);
  expect(r.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 1]]);
  expect(r.diagnostics[0]!.message).toContain('est vide');
});
