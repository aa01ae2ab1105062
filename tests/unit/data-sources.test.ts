import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  findMojibake,
  guessEncoding,
  parseCount,
  parseDecimal,
  readTable,
  splitRecord,
  fieldAt,
  type TableHandler,
} from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-'));

/** Reads a table and returns its header, rows and diagnostics. */
async function read(
  name: string,
  content: string | Buffer | undefined,
  options: { sheet?: string; hints?: string[] } = {},
) {
  const file = join(dir, name);
  if (content !== undefined) writeFileSync(file, content);
  const rows: { line: number; values: string[] }[] = [];
  let header: string[] = [];
  const handler: TableHandler = {
    header(names) {
      header = names;
      return {};
    },
    row(values, line) {
      rows.push({ line, values });
    },
  };
  const summary = await readTable(
    file,
    { display: name, headerHints: options.hints ?? ['code'], ...(options.sheet ? { sheet: options.sheet } : {}) },
    handler,
  );
  return { header, rows, summary };
}

/** Reads with a filter keeping the commune 63430 in the column `code`. */
async function readWithFilter(name: string, content: string) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const rows: { line: number; values: string[] }[] = [];
  const summary = await readTable(
    file,
    { display: name, headerHints: ['code'] },
    {
      header: (names) => ({
        filter: {
          column: names.indexOf('code'),
          accept: (v) => v === '63430',
          prefixes: { length: 5, firstTwo: ['63'] },
        },
      }),
      row: (values, line) => {
        rows.push({ line, values });
      },
    },
  );
  return { rows, summary };
}

describe('encodage', () => {
  it('reconnaît l’UTF-8, avec ou sans BOM, et le Windows-1252', () => {
    expect(guessEncoding(Buffer.from('commune;Courpière', 'utf8'), true)).toEqual({ encoding: 'utf-8', bom: false });
    expect(guessEncoding(Buffer.from('\ufeffcommune', 'utf8'), true)).toEqual({ encoding: 'utf-8', bom: true });
    expect(guessEncoding(Buffer.from('commune;Courpière', 'latin1'), true)).toEqual({
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('ne juge pas invalide un caractère coupé à la fin de l’échantillon', () => {
    const bytes = Buffer.from('abc é', 'utf8');
    expect(guessEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8');
  });

  it('repère les caractères mal convertis', () => {
    expect(findMojibake('CourpiÃ¨re')).toBe(6);
    expect(findMojibake('l’hôtel â€™')).toBe(8);
    expect(findMojibake('Courpière, Châteldon, Saint-Rémy')).toBe(-1);
  });

  it('lit un fichier Windows-1252 avec ses accents', async () => {
    const { rows, summary } = await read('latin.csv', Buffer.from('code;nom\r\n63125;Courpière\r\n', 'latin1'));
    expect(summary.encoding).toBe('windows-1252');
    expect(rows).toEqual([{ line: 2, values: ['63125', 'Courpière'] }]);
  });
});

describe('CSV', () => {
  it('découpe les champs entre guillemets', () => {
    expect(splitRecord('a;"b;c";"d ""e"""', ';')).toEqual(['a', 'b;c', 'd "e"']);
    expect(fieldAt('"84";"Auvergne; Rhône";"63430"', ';', 2)).toBe('63430');
    expect(fieldAt('84;63;63430;x', ';', 2)).toBe('63430');
  });

  it('détecte la virgule comme séparateur et saute les lignes de titre', async () => {
    const { header, rows } = await read('virgule.csv', 'Export du 3 janvier\n\ncode,nom\n"63430","Thiers"\n');
    expect(header).toEqual(['code', 'nom']);
    expect(rows).toEqual([{ line: 4, values: ['63430', 'Thiers'] }]);
  });

  it('garde le numéro de la ligne de départ d’un enregistrement sur deux lignes', async () => {
    const { rows } = await read('multi.csv', 'code;note\n1;"deux\nlignes"\n2;simple\n');
    expect(rows).toEqual([
      { line: 2, values: ['1', 'deux\nlignes'] },
      { line: 4, values: ['2', 'simple'] },
    ]);
  });
});

describe('fins de ligne et lignes sans fin', () => {
  it('lit un fichier dont les lignes finissent par un retour chariot seul (CSV Macintosh)', async () => {
    const { header, rows, summary } = await read('mac.csv', 'code;nom\r63430;Thiers\r63125;"Cour\rpière"\r');
    expect(summary.diagnostics).toEqual([]);
    expect(header).toEqual(['code', 'nom']);
    expect(rows).toEqual([
      { line: 2, values: ['63430', 'Thiers'] },
      { line: 3, values: ['63125', 'Cour\npière'] },
    ]);
  });

  it('dit qu’un guillemet n’est jamais fermé, même quand la dernière ligne finit bien', async () => {
    const { rows, summary } = await read('guillemet-court.csv', 'code;nom\n63430;"Thiers\n63125;Courpière\n');
    expect(rows).toEqual([]);
    expect(summary.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 1]]);
    expect(summary.diagnostics[0]!.message).toContain('guillemet « " » ouvert à cette ligne n’est jamais fermé');
  });
});

describe('fichiers qui ne sont pas des tableaux', () => {
  it('reconnaît un classeur Excel enregistré avec un nom en .csv', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['code']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const { summary } = await read('classeur.csv', buffer);
    expect(summary.diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: 'le fichier est un classeur Excel enregistré avec un nom en .csv',
      }),
    ]);
  });

  it('signale une ligne incomplète au milieu du fichier', async () => {
    const { rows, summary } = await read(
      'incomplet.csv',
      'code;nom;demandes\n63430;Thiers;4\n63125;Courpière\n63008;Arconsat;2\n',
    );
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(summary.diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 16, message: 'ligne incomplète : 2 valeurs au lieu de 3' }),
    ]);
  });

  it('filtre un gros fichier sans perdre ni les lignes sur deux lignes ni les numéros de ligne', async () => {
    // Over 64 KB so that records span chunks; every third record has a line break inside quotes.
    const lines = ['"libelle";"code";"n"'];
    const expected: { line: number; values: string[] }[] = [];
    let line = 2;
    for (let i = 0; i < 6000; i++) {
      const label = i % 3 === 0 ? `Résidence ${i}\nbâtiment B` : `Résidence ${i}`;
      const code = i % 7 === 0 ? '63430' : '75056';
      lines.push(`"${label}";"${code}";${i}`);
      if (code === '63430') expected.push({ line, values: [label, code, String(i)] });
      line += i % 3 === 0 ? 2 : 1;
    }
    const { rows, summary } = await readWithFilter('gros.csv', `${lines.join('\n')}\n`);
    expect(summary.bytes).toBeGreaterThan(1 << 17);
    expect(summary.rows).toBe(6000);
    expect(rows).toEqual(expected);
  });

  it('donne la progression en octets, lignes lues et lignes gardées', async () => {
    const file = join(dir, 'progression.csv');
    writeFileSync(
      file,
      `code;nom\n${Array.from({ length: 5000 }, (_, i) => `${i % 2 ? '63430' : '75056'};x`).join('\n')}\n`,
    );
    const seen: { bytes: number; totalBytes: number; rows: number; kept: number }[] = [];
    await readTable(
      file,
      { display: 'p.csv', headerHints: ['code'], onProgress: (p) => seen.push(p) },
      {
        header: () => ({ filter: { column: 0, accept: (v) => v === '63430' } }),
        row: () => {},
      },
    );
    expect(seen.at(-1)).toEqual({
      bytes: seen.at(-1)!.totalBytes,
      totalBytes: seen.at(-1)!.totalBytes,
      rows: 5000,
      kept: 2500,
    });
  });
});

describe('nombres', () => {
  it('lit la virgule et le point décimal, et les espaces des milliers', () => {
    expect(parseDecimal('45,3')).toBe(45.3);
    expect(parseDecimal('45.3')).toBe(45.3);
    expect(parseDecimal('1 615')).toBe(1615);
    expect(parseDecimal('s')).toBeUndefined();
  });

  it('traite toute cellule non numérique comme masquée, jamais comme 0', () => {
    for (const raw of ['s', 'nd', '<5', 'secret', '', ' ']) expect(parseCount(raw)).toEqual({ kind: 'masked' });
    expect(parseCount('0')).toEqual({ kind: 'count', value: 0 });
    expect(parseCount('-2')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseCount('2,5')).toEqual({ kind: 'invalid', reason: 'decimal' });
  });
});

describe('XLSX', () => {
  async function workbook(name: string) {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Notes');
    notes.addRow(['Lisez-moi']);
    const data = wb.addWorksheet('Demandes');
    data.addRow(['Demandes de logement social 2022']);
    data.addRow([]);
    data.addRow(['code', 'nom', 'demandes']);
    data.addRow(['63430', 'Thiers', 42]);
    data.addRow(['63125', 'Courpière', 's']);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('lit la feuille nommée et trouve la ligne des titres', async () => {
    await workbook('demandes.xlsx');
    const { header, rows, summary } = await read('demandes.xlsx', undefined, { sheet: 'Demandes' });
    expect(summary.diagnostics).toEqual([]);
    expect(header).toEqual(['code', 'nom', 'demandes']);
    expect(rows).toEqual([
      { line: 4, values: ['63430', 'Thiers', '42'] },
      { line: 5, values: ['63125', 'Courpière', 's'] },
    ]);
  });

  it('dit quelle feuille manque et lesquelles existent', async () => {
    await workbook('feuilles.xlsx');
    const { summary } = await read('feuilles.xlsx', undefined, { sheet: 'Attributions' });
    expect(summary.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'la feuille « Attributions » n’existe pas dans le classeur',
        hint: 'feuilles présentes : Notes, Demandes ; corrigez « sheet » dans territory.yaml',
      }),
    ]);
  });
});
