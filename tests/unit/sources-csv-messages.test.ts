/**
 * The CSV reader (readTable on a .csv, src/lib/sources/csv.ts): every message with its line, column and
 * advice, the rows handed over with their columns, the counts. Small files written here, expected values by
 * hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable, type HeaderDecision, type Progress } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-csv-messages-'));
let files = 0;

interface Options {
  decision?: (names: string[]) => HeaderDecision | false;
  headerRow?: number;
  hints?: string[];
}

/** Reads `content` as f.csv: header (with the columns of its names), rows (with their columns), summary. */
async function read(content: string | Buffer, options: Options = {}) {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, content);
  const out = {
    header: undefined as { names: string[]; line: number; columns: number[] } | undefined,
    rows: [] as { line: number; values: string[]; columns: number[] }[],
    progress: [] as Progress[],
  };
  const summary = await readTable(
    path,
    {
      display: 'f.csv',
      headerHints: options.hints ?? ['code', 'nom'],
      onProgress: (p) => out.progress.push(p),
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

describe('lignes de données', () => {
  it('donne les valeurs, leur ligne et leur colonne, et compte les lignes', async () => {
    const r = await read('code;nom;n\n63430;Thiers;5\n63125;"Cour;pière";7\n');
    expect(r.header).toEqual({ names: ['code', 'nom', 'n'], line: 1, columns: [1, 6, 10] });
    expect(r.rows).toEqual([
      { line: 2, values: ['63430', 'Thiers', '5'], columns: [1, 7, 14] },
      { line: 3, values: ['63125', 'Cour;pière', '7'], columns: [1, 7, 20] },
    ]);
    expect(r.summary).toMatchObject({ rows: 2, kept: 2, diagnostics: [], encoding: 'utf-8' });
  });

  it('accepte des valeurs vides en trop à la fin d’une ligne', async () => {
    const r = await read('code;nom\n63430;Thiers;;\n');
    expect(r.messages).toEqual([]);
    expect(r.rows.map((x) => x.values)).toEqual([['63430', 'Thiers', '', '']]);
  });

  it('ne lit que les colonnes demandées, la colonne du filtre comprise, et ne garde que les lignes acceptées', async () => {
    const decision = (): HeaderDecision => ({ columns: [2], filter: { column: 0, accept: (v) => v === '63430' } });
    const text = 'code;nom;n\n63430;Thiers;5\n63125;Courpière;7\n 63430 ;"Thiers";8\n';
    const r = await read(text, { decision });
    expect(r.rows).toEqual([
      { line: 2, values: ['63430', '', '5'], columns: [1, 7, 14] },
      { line: 4, values: [' 63430 ', '', '8'], columns: [1, 9, 18] },
    ]);
    expect(r.summary).toMatchObject({ rows: 3, kept: 2 });
  });

  it('s’arrête quand le lecteur refuse les titres', async () => {
    const r = await read('code;nom\n63430;Thiers\n', { decision: () => false });
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([]);
    expect(r.summary).toMatchObject({ rows: 0, kept: 0 });
  });

  it('lit un fichier Windows-1252', async () => {
    const r = await read(Buffer.from('code;nom\n63430;Thi\xe9rs\n', 'latin1'));
    expect(r.rows.map((x) => x.values)).toEqual([['63430', 'Thiérs']]);
    expect(r.summary.encoding).toBe('windows-1252');
    expect(r.messages).toEqual([]);
  });
});

describe('messages, à leur ligne et leur colonne', () => {
  it('une ligne trop courte, puis une trop longue', async () => {
    const r = await read('code;nom;n\n63430;Thiers\n63125;a;b;c;d\n63291;x;1\n');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 13,
        message: 'ligne incomplète : 2 valeurs au lieu de 3',
        hint: 'vérifiez les séparateurs de cette ligne',
      },
      {
        line: 3,
        column: 11,
        message: 'ligne trop longue : 5 valeurs pour 3 colonnes',
        hint: 'une valeur contient sans doute le séparateur : mettez-la entre guillemets ou retirez ce caractère',
      },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([4]);
    expect(r.summary).toMatchObject({ rows: 3, kept: 1 });
  });

  it('une ligne trop longue d’un fichier à virgules : la virgule des décimales', async () => {
    const r = await read('code,nom\n63430,4,5\n');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 9,
        message: 'ligne trop longue : 3 valeurs pour 2 colonnes',
        hint: 'le séparateur de colonnes est la virgule, et une virgule sert aussi aux décimales : enregistrez le fichier avec le point-virgule comme séparateur',
      },
    ]);
  });

  it('une dernière ligne coupée', async () => {
    const r = await read('code;nom;n\n63430;Thiers;1\n63125;Cou');
    expect(r.messages).toEqual([
      {
        line: 3,
        column: 10,
        message: 'la dernière ligne est coupée : 2 valeurs au lieu de 3',
        hint: 'le fichier est incomplet : téléchargez-le de nouveau',
      },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  it('une dernière ligne complète sans fin de ligne est lue', async () => {
    const r = await read('code;nom\n63430;Thiers');
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 2, values: ['63430', 'Thiers'], columns: [1, 7] }]);
  });

  it('une dernière ligne dont le guillemet n’est pas fermé', async () => {
    const r = await read('code;nom\n63430;"Thi');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 11,
        message: 'la dernière ligne est coupée : 2 valeurs au lieu de 2',
        hint: 'le fichier est incomplet : téléchargez-le de nouveau',
      },
    ]);
  });

  it('des caractères mal convertis, dits une fois, avec ce qu’ils devaient être', async () => {
    const r = await read('code;nom\n63430;ThiÃ©rs\n63125;lâ€™eau\n');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 10,
        message:
          'caractères mal convertis « Ã© » au lieu de « é » : le fichier a été enregistré avec un mauvais encodage',
        hint: 'repartez du fichier d’origine et enregistrez-le en CSV UTF-8',
      },
    ]);
    expect(r.rows).toHaveLength(2);
  });

  it('des caractères mal convertis qui ne se réparent pas', async () => {
    const r = await read('code;nom\n63430;lâ€x\n');
    expect(r.messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [2, 8, 'caractères mal convertis « â€ » : le fichier a été enregistré avec un mauvais encodage'],
    ]);
  });

  it('des caractères mal convertis dans les titres', async () => {
    const r = await read('code;nÃ©m\n63430;x\n', { hints: ['code'] });
    expect(r.messages.map((m) => [m.line, m.column])).toEqual([[1, 7]]);
  });

  it('un caractère illisible dans un fichier UTF-8, dit une fois', async () => {
    // Written as the character U+FFFD itself: an invalid byte in the first megabyte makes the file Windows-1252.
    const bytes = 'code;nom\n63430;Thi\ufffders\n63125;\ufffd\n';
    const r = await read(bytes);
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 10,
        message: 'caractère illisible : le fichier n’est pas entièrement en UTF-8',
        hint: 'enregistrez tout le fichier dans un seul encodage, de préférence CSV UTF-8',
      },
    ]);
  });

  it('un guillemet ouvert au milieu du fichier', async () => {
    const r = await read('code;nom\n63430;"Thiers\n63125;Courpière\n');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 1,
        message:
          'un guillemet « " » ouvert à cette ligne n’est jamais fermé : toutes les lignes suivantes sont lues comme une seule valeur',
        hint: 'fermez le guillemet, ou enlevez-le, puis enregistrez de nouveau le fichier',
      },
    ]);
    expect(r.rows).toEqual([]);
  });

  it('un fichier de titres seuls', async () => {
    const r = await read('code;nom\n;;\n');
    expect(r.messages).toEqual([
      {
        line: 2,
        column: 1,
        message: 'le fichier ne contient que la ligne des titres, aucune ligne de données',
        hint: 'remplacez-le par le fichier complet',
      },
    ]);
  });

  it('un fichier vide, de lignes vides, une page web, un classeur, du UTF-16', async () => {
    const vide = {
      line: 1,
      column: 1,
      message: 'le fichier est vide',
      hint: 'remplacez-le par le fichier complet téléchargé chez le producteur',
    };
    expect((await read('')).messages).toEqual([vide]);
    expect((await read(' \n\n')).messages).toEqual([vide]);
    expect((await read('\n\n;\n')).messages.map((m) => m.message)).toEqual([
      'le fichier ne contient que la ligne des titres, aucune ligne de données',
    ]);
    expect((await read('<!DOCTYPE html>\n<p>code;nom</p>\n')).messages).toEqual([
      {
        line: 1,
        column: 1,
        message: 'le fichier est une page web, pas un tableau de données',
        hint: 'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier CSV',
      },
    ]);
    expect((await read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).messages).toEqual([
      {
        line: 1,
        column: 1,
        message: 'le fichier est un classeur Excel enregistré avec un nom en .csv',
        hint: 'renommez-le en .xlsx ou enregistrez-le au format CSV',
      },
    ]);
    const utf16 = await read(Buffer.from('\ufeffcode;nom\n63430;Thiers\n', 'utf16le'));
    expect(utf16.messages.map((m) => [m.line, m.column, m.hint])).toEqual([
      [1, 1, 'dans Excel, enregistrez-le de nouveau en « CSV UTF-8 »'],
    ]);
    expect(utf16.rows).toEqual([]);
  });
});

describe('la ligne des titres', () => {
  it('déclarée : les lignes au-dessus sont sautées', async () => {
    const r = await read('Titre du tableau\nsource : x\ncode;nom\n63430;Thiers\n', { headerRow: 3 });
    expect(r.header?.line).toBe(3);
    expect(r.rows).toEqual([{ line: 4, values: ['63430', 'Thiers'], columns: [1, 7] }]);
  });

  it('déclarée sur une ligne vide', async () => {
    const r = await read('Titre\n \ncode;nom\n63430;Thiers\n', { headerRow: 2 });
    expect(r.messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [2, 1, 'la ligne 2, déclarée comme ligne des titres (« headerRow » dans territory.yaml), est vide'],
    ]);
    expect(r.rows).toEqual([]);
  });

  it('déclarée après la fin du fichier', async () => {
    const r = await read('code;nom\n63430;Thiers\n', { headerRow: 4 });
    expect(r.messages.map((m) => [m.line, m.column])).toEqual([[1, 1]]);
    expect(r.messages[0]!.message).toContain('déclarée à la ligne 4');
    expect(r.messages[0]!.message).toContain('s’arrête à la ligne 2');
  });

  it('cherchée : la ligne qui nomme le plus de colonnes connues, sous un titre', async () => {
    const r = await read('Logements ; 2024\n\ncode;nom;n\n63430;Thiers;1\n');
    expect(r.header?.line).toBe(3);
    expect(r.header?.names).toEqual(['code', 'nom', 'n']);
    expect(r.rows.map((x) => x.line)).toEqual([4]);
  });

  it('cherchée au-delà de vingt lignes : la vingtième ligne non vide décide', async () => {
    const above = Array.from({ length: 19 }, (_, i) => `titre ${i + 1}`).join('\n');
    const r = await read(`${above}\ncode;nom\n63430;Thiers\n`);
    expect(r.header?.line).toBe(20);
    expect(r.rows).toEqual([{ line: 21, values: ['63430', 'Thiers'], columns: [1, 7] }]);
  });

  it('ne cherche pas les titres après la vingtième ligne non vide', async () => {
    const above = Array.from({ length: 19 }, () => 'x').join('\n');
    const r = await read(`code\n${above}\ncode;nom\n63430;Thiers\n`);
    expect(r.header?.line).toBe(1);
  });

  it('deux colonnes du même titre connu', async () => {
    const r = await read('code;nom;Code\n63430;Thiers;1\n');
    expect(r.messages).toEqual([
      {
        line: 1,
        column: 10,
        message: '2 colonnes portent le titre « code » : colonnes 1 (A) et 3 (C) ; le site ne choisit pas entre elles',
        hint: 'gardez une seule colonne de ce titre : renommez ou supprimez les autres, puis enregistrez de nouveau le fichier',
      },
    ]);
    expect(r.header).toBeUndefined();
    expect(r.rows).toEqual([]);
  });

  it('une ligne de séparateurs avec des espaces, des tabulations et des guillemets est vide', async () => {
    const r = await read('code;nom\n ; " "\t;\n63430;Thiers\n');
    expect(r.messages).toEqual([]);
    expect(r.rows.map((x) => x.line)).toEqual([3]);
    expect(r.summary.rows).toBe(1);
  });
});

describe('progression', () => {
  it('finit sur la taille du fichier et les lignes lues et gardées', async () => {
    const text = 'code;nom\n63430;Thiers\n63125;x\n';
    const decision = (): HeaderDecision => ({ filter: { column: 0, accept: (v) => v === '63430' } });
    const r = await read(text, { decision });
    expect(r.progress.at(-1)).toEqual({ bytes: text.length, totalBytes: text.length, rows: 2, kept: 1 });
  });
});
