/**
 * A territory reads a clean RPLS file from its bytes (readCleanCsv) and any other file as text (readTable):
 * both must give the same stock, the same messages and the same counts. Every file below is read both
 * ways and compared; a clean file must be read from its bytes, an unusual one as text. Expected dwellings
 * of the first file are counted by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { NATIONAL_HEADER, nationalRow } from '../helpers/national-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-rpls-octets-'));
let files = 0;
function write(content: string | Buffer): string {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

/** Thiers, Courpière, Puy-Guillaume (Thiers Dore et Montagne) and Peschadoires. */
const MEMBERS = ['63430', '63125', '63291', '63276'];

const row = nationalRow;
const HEADER = NATIONAL_HEADER.join(';');

async function both(path: string) {
  const read = async (textOnly: boolean) => {
    const r = await readRpls(path, { display: 'rpls.csv', communes: MEMBERS, textOnly });
    const { readAs, fromBytes, ...rest } = r;
    return {
      readAs,
      fromBytes,
      total: [...r.stock.values()].reduce((a, s) => a + s.total, 0),
      diagnostics: r.diagnostics,
      result: JSON.stringify(rest, (_, v: unknown) => (v instanceof Map ? [...(v as Map<unknown, unknown>)] : v)),
    };
  };
  return { bytes: await read(false), text: await read(true) };
}

const VARIED = [
  HEADER,
  row({
    DEPCOM: '63430',
    NBPIECE: '3',
    SURFHAB: '60.5',
    CONSTRUCT: '1990',
    TYPECONST_CODE: 'C',
    FINAN_CODE: '13',
    DPEENERGIE: 'D',
  }),
  row({ DEPCOM: '63430', NBPIECE: '7', SURFHAB: '101,25', CONSTRUCT: '2010', TYPECONST_CODE: 'I', FINAN_CODE: '11' }),
  row({ DEPCOM: '63430', NBPIECE: 'x', SURFHAB: '40', TYPECONST_CODE: 'c', FINAN_CODE: '99', DPEENERGIE: 'a' }),
  row({ DEPCOM: '63125', NBPIECE: ' 3', SURFHAB: ' 55 ', CONSTRUCT: '1978', TYPECONST_CODE: 'X', FINAN_CODE: '5' }),
  row({ DEPCOM: '"63125"', NBPIECE: '"2"', SURFHAB: '"45.7"', CONSTRUCT: '"1985"', QPV_CODE: '"QN06301M"' }),
  row({ DEPCOM: ' 63291 ', NBPIECE: '1', SURFHAB: '0', CONSTRUCT: '2008', DPEENERGIE: 'G' }),
  row({ DEPCOM: '63276', NBPIECE: '4', SURFHAB: 'abc', CONSTRUCT: '19xx', FINAN_CODE: '14' }),
  row({ DEPCOM: '63999', NBPIECE: '3' }),
  row({ DEPCOM: '63431', NBPIECE: '3' }),
  row({ DEPCOM: '93066', NBPIECE: '3' }),
  row({ DEPCOM: '75101', NBPIECE: '3' }),
  row({ DEPCOM: '', NBPIECE: '3' }),
  row({ DEPCOM: 'Thiers', NBPIECE: '3' }),
  row({ DEPCOM: '63430', LIBCOM: '"Thiers ’ «»"', NBPIECE: '2', SURFHAB: '48' }),
  '',
].join('\n');

describe('lecture octet par octet d’un fichier RPLS propre', () => {
  test('mêmes logements, mêmes messages que la lecture en texte', async () => {
    const { bytes, text } = await both(write(VARIED));
    expect(bytes.readAs).toBe('octets');
    expect(text.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
    // Only the first two rows have every value in its usual form (the others: no kind, rooms « x » or « 3 »
    // with a space, a code with spaces…): counted from their bytes; the rest as text.
    expect([bytes.fromBytes, text.fromBytes]).toEqual([2, 0]);
    // The 8 rows of the four members; 63999 is unknown in a département of the territory (warned).
    expect(bytes.total).toBe(8);
    // Each kind of warning once, at its first line (« c » is read as collectif).
    expect(bytes.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [4, 'nombre de pièces « x » incorrect : ce logement n’est compté dans aucune taille'],
      [5, 'type de construction « X » inconnu'],
      [9, 'code commune « 63999 » inconnu : ses logements ne sont pas comptés'],
    ]);
  });

  test.each([
    ['fins de ligne CR LF', VARIED.split('\n').join('\r\n')],
    ['sans fin de ligne à la dernière ligne', VARIED.trimEnd()],
    ['avec la marque d’ordre des octets', `\ufeff${VARIED}`],
  ])('%s : lu en octets, mêmes résultats', async (_, content) => {
    const { bytes, text } = await both(write(content));
    expect(bytes.readAs).toBe('octets');
    expect(bytes.result).toBe(text.result);
  });

  test('une colonne nb, et un nombre incorrect dit à sa ligne dans les deux lectures', async () => {
    const lines = [
      `${HEADER};nb`,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};12`,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};beaucoup`,
      `${row({ DEPCOM: '75101', NBPIECE: '3' })};beaucoup`,
    ];
    const { bytes, text } = await both(write(`${lines.join('\n')}\n`));
    expect(bytes.readAs).toBe('octets');
    expect(bytes.result).toBe(text.result);
    expect(bytes.total).toBe(12);
    expect(bytes.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'type de construction «  » inconnu'],
      [3, 'nombre de logements « beaucoup » incorrect'],
    ]);
  });
});

describe('chaque forme de valeur, comptée à la main', () => {
  // Saint-Denis (93066, which absorbed Pierrefitte 93059 in 2025) and Paris (75056, its arrondissements 751xx).
  const CITIES = ['93066', '75056'];
  const lines = [
    `${HEADER};nb`,
    // Usual forms, read from their bytes.
    `${row({ DEPCOM: '93066', NBPIECE: '2', SURFHAB: '45.5', CONSTRUCT: '1975', TYPECONST_CODE: 'C', FINAN_CODE: '13', DPEENERGIE: 'B' })};2`,
    // A former code: counted with Saint-Denis, and said once.
    `${row({ DEPCOM: '93059', NBPIECE: '3', TYPECONST_CODE: 'C', FINAN_CODE: '11', DPEENERGIE: 'C' })};1`,
    // An arrondissement: counted with Paris, nothing said; 9 rooms is a T5+; an energy label in lower case.
    `${row({ DEPCOM: '75101', NBPIECE: '9', SURFHAB: '100,25', CONSTRUCT: '2008', TYPECONST_CODE: 'E', FINAN_CODE: '16', DPEENERGIE: 'g', QPV_CODE: 'QP075001' })};3`,
    // A surface with three decimals, a year under 1000, a one-digit financing code, a QPV code « 0 ».
    `${row({ DEPCOM: '75056', NBPIECE: '1', SURFHAB: '30.125', CONSTRUCT: '0999', TYPECONST_CODE: 'I', FINAN_CODE: '5', QPV_CODE: '0' })};1`,
    // A surface of zero, « hors QPV », a weight written « 2.0 ».
    `${row({ DEPCOM: '93066', NBPIECE: '4', SURFHAB: '0', CONSTRUCT: '1979', TYPECONST_CODE: 'I', FINAN_CODE: '99', DPEENERGIE: 'A', QPV_CODE: 'hors QPV' })};2.0`,
    // No rooms: counted in no size, said once.
    `${row({ DEPCOM: '93066', NBPIECE: '0', SURFHAB: '20', CONSTRUCT: '2020', TYPECONST_CODE: 'C', FINAN_CODE: '14', DPEENERGIE: 'D' })};1`,
    // Another département, and a commune of the 93 outside the territory: dropped.
    `${row({ DEPCOM: '63430', NBPIECE: '3', TYPECONST_CODE: 'C' })};5`,
    `${row({ DEPCOM: '93005', NBPIECE: '3', TYPECONST_CODE: 'C' })};5`,
  ];

  test('mêmes résultats, et les nombres attendus', async () => {
    const read = (textOnly: boolean) =>
      readRpls(write(`${lines.join('\n')}\n`), { display: 'rpls.csv', communes: CITIES, textOnly });
    const bytes = await read(false);
    const text = await read(true);
    expect(bytes.readAs).toBe('octets');
    // Rows 1, 3 and 4 from their bytes (usual forms; a lower-case label or a third decimal is read as text
    // in its own field only); the former code, the weight « 2.0 » and the 0 rooms go through the text reader.
    expect([bytes.fromBytes, text.fromBytes]).toEqual([3, 0]);
    for (const r of [bytes, text]) {
      expect([r.rows, r.kept]).toEqual([8, 6]);
      const denis = r.stock.get('93066')!;
      expect(denis.total).toBe(6);
      expect(denis.byTypology).toEqual({ T1: 0, T2: 2, T3: 1, T4: 2, 'T5+': 0 });
      expect(denis.surfaceSum).toEqual({ T1: 0, T2: 45.5, T3: 0, T4: 0, 'T5+': 0 });
      expect(denis.surfaceCount).toEqual({ T1: 0, T2: 2, T3: 0, T4: 0, 'T5+': 0 });
      expect(denis.byBuildingKind).toEqual({ collectif: 4, individuel: 2, etudiant: 0 });
      expect(denis.byPeriod).toEqual({ 'avant-1979': 2, '1979-2007': 2, 'depuis-2008': 1, inconnue: 1 });
      expect(denis.byFinancing).toEqual({ PLAI: 1, PLUS: 2, PLS: 1, PLI: 0, anciens: 2, autre: 0 });
      expect(denis.byEnergyLabel).toEqual({ A: 2, B: 2, C: 1, D: 1, E: 0, F: 0, G: 0, inconnu: 0 });
      expect(denis.qpv).toEqual({ inside: 0, outside: 6 });
      const paris = r.stock.get('75056')!;
      expect(paris.total).toBe(4);
      expect(paris.byTypology).toEqual({ T1: 1, T2: 0, T3: 0, T4: 0, 'T5+': 3 });
      expect(paris.surfaceSum).toEqual({ T1: 30.125, T2: 0, T3: 0, T4: 0, 'T5+': 100.25 });
      expect(paris.surfaceCount).toEqual({ T1: 1, T2: 0, T3: 0, T4: 0, 'T5+': 3 });
      expect(paris.byBuildingKind).toEqual({ collectif: 0, individuel: 1, etudiant: 3 });
      expect(paris.byPeriod).toEqual({ 'avant-1979': 0, '1979-2007': 0, 'depuis-2008': 3, inconnue: 1 });
      expect(paris.byFinancing).toEqual({ PLAI: 0, PLUS: 0, PLS: 0, PLI: 3, anciens: 0, autre: 1 });
      expect(paris.byEnergyLabel).toEqual({ A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 3, inconnu: 1 });
      expect(paris.qpv).toEqual({ inside: 3, outside: 1 });
      // Columns counted by hand: DEPCOM is the 4th field after three empty ones; NBPIECE starts at character 26.
      expect(r.diagnostics.at(-1)?.hint).toBe('un nombre entier à partir de 1 est attendu');
      expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
        [3, 4, 'code 93059 d’une ancienne commune : ses logements sont comptés avec la commune actuelle 93066'],
        [7, 26, 'nombre de pièces « 0 » incorrect : ce logement n’est compté dans aucune taille'],
      ]);
    }
  });
});

describe('ce que la lecture octet par octet laisse à la lecture en texte, et ce qu’elle en dit', () => {
  test('deux anciens codes, un code trop long, un type inconnu : chacun dit une fois, avec son aide', async () => {
    // Saint-Denis (93066, formerly also 93059) and Sarlat-la-Canéda (24325, formerly also 24089).
    const lines = [
      HEADER,
      row({ DEPCOM: '93059', NBPIECE: '2', TYPECONST_CODE: 'C' }),
      row({ DEPCOM: '24089', NBPIECE: '2', TYPECONST_CODE: 'C' }),
      row({ DEPCOM: '934066', NBPIECE: '2', TYPECONST_CODE: 'C' }),
      row({ DEPCOM: '93066', NBPIECE: '5', SURFHAB: '80', TYPECONST_CODE: 'X' }),
      row({ DEPCOM: '93066', NBPIECE: '6', SURFHAB: '70', TYPECONST_CODE: 'C' }),
    ];
    const path = write(`${lines.join('\n')}\n`);
    for (const textOnly of [false, true]) {
      const r = await readRpls(path, { display: 'rpls.csv', communes: ['93066', '24325'], textOnly });
      // Only the last row is read from its bytes.
      expect(r.fromBytes).toBe(textOnly ? 0 : 1);
      const denis = r.stock.get('93066')!;
      expect(denis.total).toBe(3);
      expect(denis.byTypology).toEqual({ T1: 0, T2: 1, T3: 0, T4: 0, 'T5+': 2 });
      expect(denis.surfaceSum).toEqual({ T1: 0, T2: 0, T3: 0, T4: 0, 'T5+': 150 });
      expect(denis.surfaceCount).toEqual({ T1: 0, T2: 0, T3: 0, T4: 0, 'T5+': 2 });
      // The row of kind « X » is in no kind.
      expect(denis.byBuildingKind).toEqual({ collectif: 2, individuel: 0, etudiant: 0 });
      const sarlat = r.stock.get('24325')!;
      expect([sarlat.total, sarlat.byTypology.T2, sarlat.byBuildingKind.collectif]).toEqual([1, 1, 1]);
      expect(r.diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
        [
          2,
          4,
          'code 93059 d’une ancienne commune : ses logements sont comptés avec la commune actuelle 93066',
          undefined,
        ],
        [
          3,
          4,
          'code 24089 d’une ancienne commune : ses logements sont comptés avec la commune actuelle 24325',
          undefined,
        ],
        [
          4,
          4,
          'code commune « 934066 » inconnu : ses logements ne sont pas comptés',
          'la commune connue la plus proche est 93066 Saint-Denis',
        ],
        [
          5,
          // TYPECONST_CODE after three empty fields, the code, the quoted name and four empty fields.
          24,
          'type de construction « X » inconnu',
          'valeurs attendues : C pour collectif, I pour individuel, E pour étudiant',
        ],
      ]);
    }
  });
});

describe('un fichier RPLS qui n’est pas propre est lu en texte', () => {
  const clean = VARIED.split('\n');
  const withRow = (extra: string) => [...clean.slice(0, 3), extra, ...clean.slice(3)].join('\n');
  test.each([
    ['un guillemet doublé', withRow(row({ DEPCOM: '63430', LIBCOM: '"La ""Vieille"" Ville"' }))],
    ['un retour à la ligne entre guillemets', withRow(row({ DEPCOM: '63430', NOMVOIE: '"rue\nhaute"' }))],
    ['une ligne trop courte', withRow('63430;3;60')],
    ['des caractères convertis deux fois', withRow(row({ DEPCOM: '63430', LIBCOM: '"RÃ©gion"' }))],
    ['une ligne de titre au-dessus', `Parc social\n${VARIED}`],
    ['une colonne absente', VARIED.replace('NBPIECE', 'PIECES')],
    ['Windows-1252', Buffer.from(VARIED.replace('’ «»', 'é'), 'latin1')],
  ])('%s', async (_, content) => {
    const { bytes, text } = await both(write(content));
    expect(bytes.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
  });
});

describe('ce que les deux lectures disent aussi', () => {
  test('un fichier absent : « fichier introuvable », lu par la lecture complète', async () => {
    const r = await readRpls(join(dir, 'absent.csv'), { display: 'rpls.csv', communes: MEMBERS });
    expect(r.readAs).toBe('texte');
    expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[1, 1, 'fichier introuvable']]);
  });

  test('la progression finit sur le nombre de lignes, dans les deux lectures', async () => {
    const path = write(VARIED);
    for (const textOnly of [false, true]) {
      const seen: number[] = [];
      const r = await readRpls(path, {
        display: 'rpls.csv',
        communes: MEMBERS,
        textOnly,
        onProgress: (p) => seen.push(p.rows),
      });
      expect(r.rows).toBe(14);
      expect(seen.at(-1)).toBe(14);
    }
  });

  test('une colonne nb en première colonne', async () => {
    const lines = [
      `nb;${HEADER}`,
      `3;${row({ DEPCOM: '63430', NBPIECE: '3', TYPECONST_CODE: 'C' })}`,
      `2;${row({ DEPCOM: '63125', NBPIECE: '1', TYPECONST_CODE: 'I' })}`,
    ];
    const { bytes, text } = await both(write(`${lines.join('\n')}\n`));
    expect(bytes.readAs).toBe('octets');
    // Both rows have their usual forms: counted from their bytes, with their weight.
    expect(bytes.fromBytes).toBe(2);
    expect(bytes.result).toBe(text.result);
    expect(bytes.total).toBe(5);
  });

  test('chaque code inconnu est dit une fois, avec le code connu le plus proche quand il y en a un', async () => {
    const lines = [
      HEADER,
      row({ DEPCOM: '6343O', NBPIECE: '3' }),
      row({ DEPCOM: '6343O', NBPIECE: '3' }),
      row({ DEPCOM: '63888', NBPIECE: '3' }),
      row({ DEPCOM: '93059', NBPIECE: '3' }),
    ];
    const { bytes, text } = await both(write(`${lines.join('\n')}\n`));
    expect(bytes.result).toBe(text.result);
    expect(bytes.diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([
      [
        2,
        'code commune « 6343O » inconnu : ses logements ne sont pas comptés',
        'la commune connue la plus proche est 63430 Thiers',
      ],
      [
        4,
        'code commune « 63888 » inconnu : ses logements ne sont pas comptés',
        'un code INSEE de 5 caractères est attendu',
      ],
    ]);
  });
});
