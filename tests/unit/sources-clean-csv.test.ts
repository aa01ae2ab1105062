/**
 * The fast read of a clean CSV (readCleanCsv, src/lib/sources/clean-csv.ts) on its own: the header it takes,
 * the wanted fields of each record as byte ranges, the line numbers, and every case where it must give up
 * (undefined) so that readTable reads the file and says what is wrong. Small files written here, expected
 * values by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCleanCsv, type Progress } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-clean-csv-'));
let files = 0;
function write(content: string | Buffer): string {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

interface Read {
  names: string[];
  rows: { line: number; fields: string[]; record: string }[];
  progress: Progress[];
  summary: ReturnType<typeof readCleanCsv>;
}

/** Reads with readCleanCsv, asking for `wanted` columns; the fields as text. */
function read(
  content: string | Buffer,
  wanted: readonly number[] | false = [0, 1],
  options: { hints?: string[]; rowOk?: (line: number) => boolean } = {},
): Read {
  const out: Read = { names: [], rows: [], progress: [], summary: undefined };
  out.summary = readCleanCsv(
    write(content),
    { headerHints: options.hints ?? ['code'], onProgress: (p) => out.progress.push(p) },
    {
      header(names) {
        out.names = names;
        return wanted;
      },
      row(buf, start, end, line, recordStart, recordEnd) {
        out.rows.push({
          line,
          fields: Array.from(start, (s, j) => buf.toString('utf8', s, end[j])),
          record: buf.toString('utf8', recordStart, recordEnd),
        });
        return options.rowOk ? options.rowOk(line) : true;
      },
    },
  );
  return out;
}

describe('lecture octet par octet d’un fichier propre', () => {
  it('donne les champs demandés, dans l’ordre demandé, avec leur ligne et la ligne entière', () => {
    const text = 'code;nom;n\n63430;Thiers;5\n63125;"Courpière";7\n';
    const r = read(text, [2, 0]);
    expect(r.names).toEqual(['code', 'nom', 'n']);
    expect(r.rows).toEqual([
      { line: 2, fields: ['5', '63430'], record: '63430;Thiers;5' },
      { line: 3, fields: ['7', '63125'], record: '63125;"Courpière";7' },
    ]);
    expect(r.summary).toEqual({ rows: 2, bytes: Buffer.byteLength(text) });
    expect(r.progress).toEqual([
      { bytes: Buffer.byteLength(text), totalBytes: Buffer.byteLength(text), rows: 2, kept: 2 },
    ]);
  });

  it('enlève les guillemets d’un champ entier, et garde les champs vides', () => {
    const r = read('"code";"nom";"n"\n"63430";"";\n;"Thiers";"3"\n', [0, 1, 2]);
    expect(r.names).toEqual(['code', 'nom', 'n']);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['63430', '', ''],
      ['', 'Thiers', '3'],
    ]);
  });

  it('lit les fins de ligne CR LF, sans le CR dans la dernière valeur ni dans la ligne', () => {
    const r = read('code;nom\r\n63430;Thiers\r\n63125;"Courpière"\r\n', [1, 0]);
    expect(r.rows).toEqual([
      { line: 2, fields: ['Thiers', '63430'], record: '63430;Thiers' },
      { line: 3, fields: ['Courpière', '63125'], record: '63125;"Courpière"' },
    ]);
  });

  it('garde un CR seul au milieu d’une valeur, qui n’est pas une fin de ligne', () => {
    const r = read('code;nom\n63430;a\rb\n', [1]);
    expect(r.rows.map((x) => x.fields)).toEqual([['a\rb']]);
  });

  it('lit la marque d’ordre des octets (BOM) sans la mettre dans le premier titre', () => {
    const r = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('code;nom\n63430;Thiers\n')]));
    expect(r.names).toEqual(['code', 'nom']);
    expect(r.rows.map((x) => x.fields)).toEqual([['63430', 'Thiers']]);
  });

  it('lit une dernière ligne sans fin de ligne, entre guillemets ou non', () => {
    expect(read('code;nom\n63430;Thiers').rows).toEqual([
      { line: 2, fields: ['63430', 'Thiers'], record: '63430;Thiers' },
    ]);
    expect(read('code;nom\n63430;"Thiers"').rows).toEqual([
      { line: 2, fields: ['63430', 'Thiers'], record: '63430;"Thiers"' },
    ]);
    expect(read('code;nom\r\n63430;"Thiers"\r').rows.map((x) => x.fields)).toEqual([['63430', 'Thiers']]);
  });

  it('saute les lignes vides et les lignes de séparateurs seuls, en comptant leurs numéros', () => {
    const r = read('code;nom\n\n;;\n 63430;Thiers\n" ";\n\t;\r\n63125;x\n', [0]);
    expect(r.rows).toEqual([
      { line: 4, fields: [' 63430'], record: ' 63430;Thiers' },
      { line: 7, fields: ['63125'], record: '63125;x' },
    ]);
    expect(r.summary?.rows).toBe(2);
  });

  it('prend le titre trimé, et une ligne de titres qui suit des lignes plus pauvres n’est pas la première', () => {
    expect(read(' code ; nom \n63430;Thiers\n').names).toEqual(['code', 'nom']);
    // Line 1 names one known column, line 2 two: readTable would take line 2.
    expect(read('code;x\ncode;nom\n63430;Thiers\n', [0], { hints: ['code', 'nom'] }).summary).toBeUndefined();
    // Line 1 names the most: taken.
    expect(read('code;nom\ncode;x\n63430;Thiers\n', [0], { hints: ['code', 'nom'] }).rows.length).toBe(2);
  });

  it('lit un fichier de plusieurs mégaoctets, des lignes à cheval sur deux morceaux comprises', () => {
    const lines = ['code;nom;n'];
    for (let i = 0; i < 40_000; i++) lines.push(`${63000 + (i % 1000)};"nom ${i} ${'é'.repeat(i % 5)}";${i}`);
    const text = lines.join('\n') + '\n';
    const r = read(text, [2, 1]);
    expect(r.summary).toEqual({ rows: 40_000, bytes: Buffer.byteLength(text) });
    expect(r.rows).toHaveLength(40_000);
    r.rows.forEach((row, i) => {
      if (row.line !== i + 2 || row.fields[0] !== String(i)) throw new Error(`ligne ${i + 2} : ${JSON.stringify(row)}`);
    });
    expect(r.rows[39_999]).toEqual({
      line: 40_001,
      fields: ['39999', `nom 39999 ${'é'.repeat(4)}`],
      record: `63999;"nom 39999 ${'é'.repeat(4)}";39999`,
    });
    // 1,2 Mo: no progress before the end (every 8 Mo).
    expect(r.progress).toHaveLength(1);
    expect(r.progress[0]).toEqual({
      bytes: Buffer.byteLength(text),
      totalBytes: Buffer.byteLength(text),
      rows: 40_000,
      kept: 40_000,
    });
  });
});

describe('ce que la lecture octet par octet laisse à la lecture complète', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  /** Files given up only after their header was handed over; the others are given up before. */
  const AFTER_HEADER = new Set([
    'une ligne des titres seule',
    'une ligne des titres seule, avec des lignes vides',
    'une ligne trop courte',
    'une ligne trop longue',
    'un guillemet au milieu d’un champ',
    'des guillemets doublés',
    'un retour à la ligne entre guillemets',
    'un guillemet jamais fermé',
    'un texte après un guillemet fermant',
    'des caractères mal convertis',
    'un caractère de remplacement',
    'un octet qui n’est pas de l’UTF-8 après les titres',
    // The byte order mark says UTF-8: the header is read, the accent of Windows-1252 stops the rows.
    'une marque d’ordre des octets suivie de Windows-1252',
  ]);
  it.each([
    ['un fichier vide', ''],
    ['une page web', '<html><body>code;nom</body></html>\n'],
    ['une ligne des titres seule', 'code;nom\n'],
    ['une ligne des titres seule, avec des lignes vides', 'code;nom\n;\n\n'],
    ['une première ligne vide', '\ncode;nom\n63430;Thiers\n'],
    ['une virgule comme séparateur', 'code,nom\n63430,Thiers\n'],
    ['des titres en double', 'code;code\n63430;Thiers\n'],
    ['un guillemet dans un titre', '"co""de";nom\n63430;Thiers\n'],
    ['une ligne trop courte', 'code;nom\n63430\n'],
    ['une ligne trop longue', 'code;nom\n63430;Thiers;x\n'],
    ['un guillemet au milieu d’un champ', 'code;nom\n63430;Thi"ers\n'],
    ['des guillemets doublés', 'code;nom\n63430;"Thi""ers"\n'],
    ['un retour à la ligne entre guillemets', 'code;nom\n63430;"Thi\ners"\n'],
    ['un guillemet jamais fermé', 'code;nom\n63430;"Thiers\n'],
    ['un texte après un guillemet fermant', 'code;nom\n63430;"Thiers"x\n'],
    ['des caractères mal convertis', 'code;nom\n63430;ThiÃ©rs\n'],
    ['des caractères mal convertis dans les titres', 'code;nÃ©m\n63430;Thiers\n'],
    ['un caractère de remplacement', 'code;nom\n63430;Thi\ufffders\n'],
    ['un caractère de remplacement dans les titres', 'code;n\ufffdm\n63430;Thiers\n'],
    ['des lignes finies par un CR seul', 'code;nom\r63430;Thiers\r'],
  ])('%s', (name, text) => {
    const r = read(text);
    expect(r.summary).toBeUndefined();
    expect(r.names).toEqual(AFTER_HEADER.has(name) ? ['code', 'nom'] : []);
  });

  it.each([
    ['du Windows-1252', Buffer.from('code;nom\n63430;Thi\xe9rs\n', 'latin1')],
    [
      'un octet qui n’est pas de l’UTF-8 dans les titres',
      Buffer.concat([Buffer.from('code;n'), Buffer.from([0xff]), Buffer.from('m\n63430;x\n')]),
    ],
    [
      'un octet qui n’est pas de l’UTF-8 après les titres',
      Buffer.concat([Buffer.from('code;nom\n'), Buffer.from('63430;x\n'.repeat(200_000)), Buffer.from([0xc3])]),
    ],
    ['un document PDF', Buffer.from('%PDF-1.4\ncode;nom\n')],
    ['du UTF-16', Buffer.from('\ufeffcode;nom\n63430;Thiers\n', 'utf16le')],
    ['un classeur', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('code;nom\n')])],
    [
      'une marque d’ordre des octets suivie de Windows-1252',
      Buffer.concat([BOM, Buffer.from('code;nom\n63430;\xe9\n', 'latin1')]),
    ],
  ])('%s', (name, bytes) => {
    const r = read(bytes);
    expect(r.summary).toBeUndefined();
    expect(r.names).toEqual(AFTER_HEADER.has(name) ? ['code', 'nom'] : []);
  });

  it('une ligne de plus d’un mégaoctet', () => {
    expect(read(`code;nom\n63430;${'a'.repeat(1_100_000)}\n63125;b\n`).summary).toBeUndefined();
    expect(read(`code;nom\n63430;${'a'.repeat(1_100_000)}`).summary).toBeUndefined();
  });

  it('quand le lecteur refuse les titres ou une ligne', () => {
    const refused = read('code;nom\n63430;Thiers\n', false);
    expect(refused.names).toEqual(['code', 'nom']);
    expect(refused.rows).toEqual([]);
    expect(refused.summary).toBeUndefined();
    const stopped = read('code;nom\n63430;Thiers\n63125;Courpière\n', [0], { rowOk: (line) => line < 3 });
    expect(stopped.rows.map((x) => x.line)).toEqual([2, 3]);
    expect(stopped.summary).toBeUndefined();
  });
});
