/**
 * The workbook reader (readTable on a .xlsx, src/lib/sources/xlsx.ts): the text of each kind of cell, the
 * rows handed over, and every message with its line, column and advice. Small workbooks and files written
 * here, expected values by hand.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, type HeaderDecision } from '../../src/lib/sources/index.ts';
import { cellText } from '../../src/lib/sources/xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-xlsx-messages-'));
let files = 0;

/** A workbook of sheets, each a list of rows (null: an empty cell). */
async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      if (row.length) ws.getRow(i + 1).values = row;
    });
  }
  const path = join(dir, `w${++files}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

interface Options {
  sheet?: string;
  headerRow?: number;
  decision?: (names: string[]) => HeaderDecision | false;
}

async function read(path: string, options: Options = {}) {
  const out = {
    header: undefined as { names: string[]; line: number; columns: number[] } | undefined,
    rows: [] as { line: number; values: string[]; columns: number[] }[],
  };
  const summary = await readTable(
    path,
    {
      display: 'c.xlsx',
      headerHints: ['code', 'nom'],
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    },
    {
      header(names, line, columnOf) {
        out.header = { names, line, columns: names.map((_, i) => columnOf(i)) };
        return options.decision ? options.decision(names) : {};
      },
      row(values, line, columnOf) {
        out.rows.push({ line, values: [...values], columns: values.map((_, i) => columnOf(i)) });
      },
    },
  );
  const messages = summary.diagnostics.map((d) => ({
    line: d.line,
    column: d.column,
    message: d.message,
    hint: d.hint,
  }));
  return { ...out, summary, messages };
}

/** A file named .xlsx holding these bytes. */
function named(content: string | Buffer): string {
  const path = join(dir, `n${++files}.xlsx`);
  writeFileSync(path, content);
  return path;
}

describe('le texte d’une cellule', () => {
  it('comme Excel le montre', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('true');
    expect(cellText('63430')).toBe('63430');
    expect(cellText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
    expect(cellText({ richText: [{ text: 'Thi' }, { text: 'ers' }] })).toBe('Thiers');
    expect(cellText({ formula: 'A1+1', result: 7 })).toBe('7');
    expect(cellText({ formula: 'A1', result: undefined })).toBe('');
    expect(cellText({ text: 'lien', hyperlink: 'https://x' })).toBe('lien');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ autre: 1 })).toBe('[object Object]');
    expect(cellText(10n)).toBe('10');
  });
});

describe('lignes d’une feuille', () => {
  it('sous un titre : la ligne des titres, puis les lignes, complétées de valeurs vides, sans les lignes vides', async () => {
    const path = await workbook({
      Données: [['Logements 2024'], [], ['code', 'nom', 'n'], ['63430', ' Thiers ', 5], [], ['63125']],
    });
    const r = await read(path);
    expect(r.header).toEqual({ names: ['code', 'nom', 'n'], line: 3, columns: [1, 2, 3] });
    expect(r.rows).toEqual([
      { line: 4, values: ['63430', 'Thiers', '5'], columns: [1, 2, 3] },
      { line: 6, values: ['63125', '', ''], columns: [1, 2, 3] },
    ]);
    expect(r.summary).toMatchObject({ rows: 2, kept: 2, diagnostics: [] });
  });

  it('garde les lignes que le filtre accepte, et les compte toutes', async () => {
    const path = await workbook({
      A: [
        ['code', 'nom'],
        ['63430', 'a'],
        ['63125', 'b'],
        ['63430', 'c'],
      ],
    });
    const r = await read(path, { decision: () => ({ filter: { column: 0, accept: (v) => v === '63430' } }) });
    expect(r.rows.map((x) => [x.line, x.values[1]])).toEqual([
      [2, 'a'],
      [4, 'c'],
    ]);
    expect(r.summary).toMatchObject({ rows: 3, kept: 2 });
  });

  it('s’arrête quand le lecteur refuse les titres', async () => {
    const path = await workbook({
      A: [
        ['code', 'nom'],
        ['63430', 'a'],
      ],
    });
    const r = await read(path, { decision: () => false });
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([]);
  });

  it('lit la feuille nommée, pas la première', async () => {
    const path = await workbook({ A: [['code'], ['1']], B: [['code'], ['2']], C: [['code'], ['3']] });
    expect((await read(path, { sheet: 'B' })).rows.map((x) => x.values)).toEqual([['2']]);
    expect((await read(path)).rows.map((x) => x.values)).toEqual([['1']]);
  });

  it('la ligne des titres déclarée, et les lignes au-dessus sautées', async () => {
    const path = await workbook({
      A: [
        ['code', 'nom'],
        ['x', 'y'],
        ['code', 'nom'],
        ['63430', 'a'],
      ],
    });
    const r = await read(path, { headerRow: 3 });
    expect(r.header?.line).toBe(3);
    expect(r.rows.map((x) => x.line)).toEqual([4]);
  });

  it('saute les lignes de cellules blanches, au-dessus des titres comme dessous', async () => {
    const path = await workbook({
      A: [
        [' ', '  '],
        ['code', 'nom'],
        [' ', ' '],
        ['63430', 'a'],
      ],
    });
    const r = await read(path);
    expect(r.header?.line).toBe(2);
    expect(r.rows.map((x) => x.line)).toEqual([4]);
    expect(r.summary.rows).toBe(1);
  });

  it('ne cherche pas les titres après la vingtième ligne non vide', async () => {
    const path = await workbook({
      A: [['code'], ...Array.from({ length: 19 }, () => ['x']), ['code', 'nom'], ['63430', 'a']],
    });
    expect((await read(path)).header?.line).toBe(1);
  });

  it('cherchée dans les vingt premières lignes non vides', async () => {
    const titles = Array.from({ length: 19 }, (_, i) => [`titre ${i + 1}`]);
    const path = await workbook({ A: [...titles, ['code', 'nom'], ['63430', 'a']] });
    const r = await read(path);
    expect(r.header?.line).toBe(20);
    expect(r.rows).toEqual([{ line: 21, values: ['63430', 'a'], columns: [1, 2] }]);
  });
});

describe('le lecteur choisi d’après l’extension', () => {
  it('lit un classeur en .xlsm ou en majuscules comme un classeur', async () => {
    const path = await workbook({ A: [['code'], ['63430']] });
    for (const name of ['m.xlsm', 'M.XLSX']) {
      copyFileSync(path, join(dir, name));
      expect((await read(join(dir, name))).rows.map((x) => x.values)).toEqual([['63430']]);
    }
  });

  it('dit qu’un fichier est introuvable', async () => {
    const r = await read(join(dir, 'absent.xlsx'));
    expect(r.summary).toEqual({
      rows: 0,
      kept: 0,
      bytes: 0,
      diagnostics: [
        {
          file: 'c.xlsx',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'fichier introuvable',
          hint: 'ajoutez le fichier dans le dossier sources/ du territoire ou corrigez son nom dans territory.yaml',
        },
      ],
    });
  });
});

describe('messages d’un classeur', () => {
  it('une feuille nommée absente : les feuilles présentes, pour territory.yaml', async () => {
    const path = await workbook({ A: [['code'], ['1']], B: [['code'], ['2']] });
    expect((await read(path, { sheet: 'Z' })).messages).toEqual([
      {
        line: 0,
        column: 0,
        message: 'la feuille « Z » n’existe pas dans le classeur',
        hint: 'feuilles présentes : A, B ; corrigez « sheet » dans territory.yaml',
      },
    ]);
  });

  it('une feuille vide, une feuille de titres seuls', async () => {
    expect((await read(await workbook({ A: [] }))).messages).toEqual([
      { line: 1, column: 1, message: 'la feuille est vide', hint: 'remplacez-le par le classeur complet' },
    ]);
    expect((await read(await workbook({ A: [['code', 'nom'], []] }))).messages).toEqual([
      {
        line: 2,
        column: 1,
        message: 'la feuille ne contient que la ligne des titres, aucune ligne de données',
        hint: 'remplacez-le par le classeur complet',
      },
    ]);
  });

  it('deux colonnes du même titre, à la colonne de la seconde', async () => {
    const r = await read(
      await workbook({
        A: [
          ['nom', 'code', 'x', 'CODE'],
          ['a', '1', '', '2'],
        ],
      }),
    );
    expect(r.messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [1, 4, '2 colonnes portent le titre « code » : colonnes 2 (B) et 4 (D) ; le site ne choisit pas entre elles'],
    ]);
    expect(r.rows).toEqual([]);
  });

  it('une ligne des titres déclarée vide, ou après la fin', async () => {
    const path = await workbook({ A: [['titre'], [], ['code'], ['1']] });
    expect((await read(path, { headerRow: 2 })).messages.map((m) => [m.line, m.column])).toEqual([[2, 1]]);
    const beyond = await read(path, { headerRow: 9 });
    expect(beyond.messages.map((m) => [m.line, m.column])).toEqual([[1, 1]]);
    expect(beyond.messages[0]!.message).toContain('s’arrête à la ligne 4');
  });

  it.each([
    [
      'un document PDF',
      Buffer.from('%PDF-1.4\n%âãÏÓ\n'),
      'le fichier est un document PDF, pas un classeur Excel .xlsx',
    ],
    [
      'un fichier gzip',
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]),
      'le fichier est un fichier compressé (gzip), pas un classeur Excel .xlsx',
    ],
    [
      'du UTF-16',
      Buffer.from('\ufeffcode;nom\n', 'utf16le'),
      'le fichier est un texte en UTF-16, pas un classeur Excel .xlsx',
    ],
    [
      'des octets quelconques',
      Buffer.from([1, 2, 0, 3, 4, 0, 5]),
      'le fichier est un fichier binaire, pas un classeur Excel .xlsx',
    ],
  ])('%s', async (_, bytes, message) => {
    expect((await read(named(bytes))).messages).toEqual([
      {
        line: 1,
        column: 1,
        message,
        hint: 'placez ici le classeur de données (.xlsx) ou le tableau en CSV, et corrigez son nom dans territory.yaml',
      },
    ]);
  });

  it('un fichier vide, une page web, un tableau CSV renommé', async () => {
    expect((await read(named(''))).messages).toEqual([
      { line: 1, column: 1, message: 'le fichier est vide', hint: 'remplacez-le par le classeur complet' },
    ]);
    expect((await read(named('<html><body>Erreur</body></html>'))).messages).toEqual([
      {
        line: 1,
        column: 1,
        message: 'le fichier est une page web, pas un classeur Excel',
        hint: 'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier',
      },
    ]);
    expect((await read(named('code;nom\n63430;Thiers\n'))).messages).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'le fichier n’est pas un classeur Excel .xlsx : il contient du texte (un tableau CSV renommé en .xlsx ?)',
        hint: 'si c’est un CSV, renommez-le en .csv et corrigez son nom dans territory.yaml ; sinon, enregistrez-le depuis Excel au format « Classeur Excel (.xlsx) »',
      },
    ]);
  });

  it('une archive qui n’est pas un classeur', async () => {
    const r = await read(named(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)])));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({
      line: 1,
      column: 1,
      hint: 'ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx',
    });
    expect(r.messages[0]!.message).toMatch(/^classeur illisible : /);
  });
});
