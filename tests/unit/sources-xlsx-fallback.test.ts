/**
 * The streaming reader of workbooks has been seen to fail now and then on a valid file when the machine is busy.
 * Before any row was given, the workbook is read again whole: the rows are the same; a broken file still gets its
 * French message. The failure is made here by replacing the streaming reader.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readTable, type TableHandler } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-fallback-'));

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notice').addRow(['Notice du fichier']);
  const sheet = wb.addWorksheet('Données');
  sheet.addRow(['Code commune', 'Demandes']);
  sheet.addRow(['63430', 372]);
  sheet.addRow(['63125', 63]);
  const path = join(dir, 'demandes.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

function collect(): { handler: TableHandler; rows: [string[], number][]; header: string[] } {
  const rows: [string[], number][] = [];
  const header: string[] = [];
  return {
    rows,
    header,
    handler: {
      header: (names) => {
        header.push(...names);
        return {};
      },
      row: (values, line) => void rows.push([values, line]),
    },
  };
}

/** The streaming reader, failing as it was seen to fail: before the first sheet. */
function failingStream() {
  vi.spyOn(ExcelJS.stream.xlsx, 'WorkbookReader').mockImplementation(
    () =>
      ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('unexpected stream failure')) }),
      }) as never,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('classeur relu en entier quand la lecture en flux échoue avant la première ligne', () => {
  test('les mêmes lignes, aux mêmes numéros, sans erreur', async () => {
    const path = await workbook();
    failingStream();
    const got = collect();
    const summary = await readTable(
      path,
      { display: 'demandes.xlsx', sheet: 'Données', headerHints: ['Code commune', 'Demandes'] },
      got.handler,
    );
    expect(summary.diagnostics).toEqual([]);
    expect(got.header).toEqual(['Code commune', 'Demandes']);
    expect(got.rows).toEqual([
      [['63430', '372'], 2],
      [['63125', '63'], 3],
    ]);
  });

  test('un fichier abîmé garde son message en français, au fichier entier', async () => {
    const path = await workbook();
    const broken = join(dir, 'casse.xlsx');
    // The zip's start with garbage after it: the whole-workbook reader fails too.
    const { readFileSync } = await import('node:fs');
    writeFileSync(broken, Buffer.concat([readFileSync(path).subarray(0, 200), Buffer.alloc(400, 7)]));
    failingStream();
    const got = collect();
    const summary = await readTable(broken, { display: 'casse.xlsx', headerHints: ['Code commune'] }, got.handler);
    expect(got.rows).toEqual([]);
    expect(summary.diagnostics).toEqual([
      expect.objectContaining({ file: 'casse.xlsx', line: 1, column: 1, severity: 'error' }),
    ]);
    expect(summary.diagnostics[0]!.message).toMatch(/^classeur illisible/);
  });

  test('une feuille nommée absente : le message de la feuille et les feuilles présentes, pas « illisible »', async () => {
    const path = await workbook();
    failingStream();
    const got = collect();
    const summary = await readTable(
      path,
      { display: 'demandes.xlsx', sheet: 'Total', headerHints: ['Code commune'] },
      got.handler,
    );
    expect(got.rows).toEqual([]);
    expect(summary.diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [
        0,
        0,
        'la feuille « Total » n’existe pas dans le classeur',
        'feuilles présentes : Notice, Données ; corrigez « sheet » dans territory.yaml',
      ],
    ]);
  });
});
