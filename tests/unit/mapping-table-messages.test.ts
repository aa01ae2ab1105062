/**
 * The messages of a table read with a declared mapping (src/lib/mapping/read-table.ts) that the first tests
 * did not reach: a missing column (with the file's columns, a close title, a declared header row, the
 * project's own table), « * » titles that match several columns, years out of range, unknown sizes, communes
 * outside the territory or unknown, the level column of a regional file (DRIHL), duplicates with a row key,
 * hidden-cell marks, cells with spaces around them, the commune or the figure in the first column, and the
 * sheets of a workbook. Small files written in the test; expected rows and messages written by hand.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  readMapped,
  type FieldSpec,
  type MappedReadOptions,
  type MappedRow,
  type TableMapping,
} from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'tableau-messages-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const FIELDS: FieldSpec[] = [
  { name: 'demandes', meaning: 'demandes en attente', required: true, perTypology: true },
  { name: 'attributions', meaning: 'logements attribués', required: false, perTypology: true },
];
interface Got {
  line: number;
  code: string;
  raw: string;
  typology?: string;
  text?: string;
  value?: number | 'source';
  column: number;
}
/** Reads and gives the rows handed over and the messages (severity, line, column, text, hint). */
async function read(
  p: string,
  mapping: TableMapping,
  communes: string[],
  more: Partial<MappedReadOptions> = {},
  fields: FieldSpec[] = FIELDS,
) {
  const rows: Got[] = [];
  const r = await readMapped(
    p,
    mapping,
    fields,
    { display: 't.csv', communes, millesime: 2023, ...more },
    (row: MappedRow) => {
      const got: Got = { line: row.line, code: row.code, raw: row.raw, column: row.column('demandes') };
      if (row.typology) got.typology = row.typology;
      const text = row.text('demandes');
      if (text !== undefined) got.text = text;
      const value = row.value('demandes');
      if (value !== undefined) got.value = value;
      rows.push(got);
    },
  );
  return {
    rows,
    matched: r.matched,
    messages: r.diagnostics.map((d) => [d.severity, d.line, d.column, d.message, d.hint] as const),
  };
}
const byCode: TableMapping = {
  label: 'le tableau d’essai',
  commune: { code: ['Code'] },
  fields: { demandes: ['Demandes'] },
};
const byName: TableMapping = {
  label: 'le tableau d’essai',
  commune: { name: ['Commune'] },
  fields: { demandes: ['Demandes'] },
};

describe('a missing column in a declared mapping', () => {
  it('lists the columns of the file when no title is close, leaving out the empty ones', async () => {
    const p = file('sans-demandes.csv', ['Code;;Logements;Année', '63430;;3;2023']);
    const r = await read(p, { ...byCode, fields: { demandes: ['Demandes', 'Nb demandes'] } }, ['63430']);
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Demandes » ou « Nb demandes » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Code, Logements, Année',
      ],
    ]);
  });

  it('suggests a close title, at its column, even for a long title', async () => {
    const p = file('proche-long.csv', ['Code;Demandes en cours', '63430;3']);
    const r = await read(p, { ...byCode, fields: { demandes: ['Demandes en attente'] } }, ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        6,
        'colonne « Demandes en attente » introuvable (demandes en attente) dans le tableau d’essai',
        'la colonne « Demandes en cours » est-elle la même ? Corrigez « mapping » de cette source dans territory.yaml',
      ],
    ]);
  });

  it('never suggests the column of the commune or of another figure', async () => {
    const byId = file('id.csv', ['Id;Total', '63430;3']);
    expect(
      (await read(byId, { label: 'le tableau d’essai', commune: { code: ['Id'] }, fields: { demandes: ['Nb'] } }, [
        '63430',
      ]))!.messages,
    ).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Nb » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Id, Total',
      ],
    ]);
    const withName = file('nom.csv', ['Nom;Total', 'Thiers;3']);
    expect(
      (await read(withName, { label: 'le tableau d’essai', commune: { name: ['Nom'] }, fields: { demandes: ['Nb'] } }, [
        '63430',
      ]))!.messages,
    ).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Nb » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Nom, Total',
      ],
    ]);
    const other = file('autre-champ.csv', ['Code;Demandes M;Total', '63430;3;4']);
    expect(
      (await read(other, { ...byCode, fields: { demandes: ['Demandes'], demandes_mutation: ['Demandes M'] } }, [
        '63430',
      ]))!.messages,
    ).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Demandes » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Code, Demandes M, Total',
      ],
    ]);
  });

  it('reads the header at the declared line, not at a line above that names a column', async () => {
    const p = file('ligne-titres.csv', ['Demandes;', 'Source : DRIHL;', 'Code;Nombre', '63430;3']);
    const r = await read(p, { ...byCode, headerRow: 3 }, ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        1,
        'colonne « Demandes » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Code, Nombre',
      ],
    ]);
  });

  it('says which column gives the commune, the level or the size when it is missing', async () => {
    const p = file('sans-nom.csv', ['Nom;Demandes', 'Thiers;3']);
    expect((await read(p, byName, ['63430'])).messages).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Commune » introuvable (nom de la commune) dans le tableau d’essai',
        'colonnes du fichier : Nom, Demandes',
      ],
    ]);
    const q = file('sans-niveau.csv', ['Code;Demandes', '63430;3']);
    expect((await read(q, { ...byCode, keep: { column: ['Niveau'], equals: 'Commune' } }, ['63430'])).messages).toEqual(
      [
        [
          'error',
          1,
          1,
          'colonne « Niveau » introuvable (niveau géographique, pour garder les lignes « Commune ») dans le tableau d’essai',
          'colonnes du fichier : Code, Demandes',
        ],
      ],
    );
    const s = file('sans-taille-t2.csv', ['Code;Demandes 1 pièce;Attributions 1 pièce', '63430;3;1']);
    const mapping: TableMapping = {
      ...byCode,
      typology: { columns: { T1: '1 pièce', T2: '2 pièces' } },
      fields: { demandes: ['Demandes {t}'], attributions: ['Attributions {t}'] },
    };
    expect((await read(s, mapping, ['63430'])).messages).toEqual([
      [
        'error',
        1,
        6,
        'colonne « Demandes 2 pièces » introuvable (demandes en attente, T2) dans le tableau d’essai',
        'la colonne « Demandes 1 pièce » est-elle la même ? Corrigez « mapping » de cette source dans territory.yaml',
      ],
      [
        'error',
        1,
        23,
        'colonne « Attributions 2 pièces » introuvable (logements attribués, T2) dans le tableau d’essai',
        'la colonne « Attributions 1 pièce » est-elle la même ? Corrigez « mapping » de cette source dans territory.yaml',
      ],
    ]);
  });
});

describe('the project’s own demand table', () => {
  const DEMAND_HEADER =
    'millesime;code_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation';

  it('asks to rename a close column, or to add the missing ones', async () => {
    const p = file('projet-colonnes.csv', ['code_communes;demande;attributions', '63430;3;1']);
    const r = await read(p, PRESETS['demande-projet'], ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        1,
        'colonne « millesime » absente (année des chiffres) : le fichier ne suit pas le tableau des demandes',
        'ajoutez la colonne « millesime » : voir docs/donnees.md',
      ],
      [
        'error',
        1,
        1,
        'colonne « code_commune » absente (code INSEE de la commune) : le fichier ne suit pas le tableau des demandes',
        'la colonne « code_communes » est-elle la même ? Renommez-la « code_commune »',
      ],
      [
        'error',
        1,
        1,
        'colonne « typologie » absente (taille du logement demandé ou attribué) : le fichier ne suit pas le tableau des demandes',
        'ajoutez la colonne « typologie » : voir docs/donnees.md',
      ],
      [
        'error',
        1,
        15,
        'colonne « demandes » absente (demandes en attente) : le fichier ne suit pas le tableau des demandes',
        'la colonne « demande » est-elle la même ? Renommez-la « demandes »',
      ],
    ]);
  });

  it('names the project’s column when the mapping gives it another title', async () => {
    const p = file('projet-renomme.csv', ['millesime;insee;typologie;demandes;attributions', '2023;63430;T1;3;1']);
    const mapping: TableMapping = { ...PRESETS['demande-projet'], commune: { code: ['code_INSEE'] } };
    const r = await read(p, mapping, ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        11,
        'colonne « code_INSEE » absente (code INSEE de la commune) : le fichier ne suit pas le tableau des demandes',
        'la colonne « insee » est-elle la même ? Renommez-la « code_commune »',
      ],
    ]);
  });

  it('quotes the declaration for a year, a size or a malformed code', async () => {
    const p = file('projet-cellules.csv', [
      DEMAND_HEADER,
      '1999;63430;T1;3;0;1;0',
      '2023;63430;T9;3;0;1;0',
      '2023;6343O;T2;3;0;1;0',
      '2023;63430;T3;s;0;1;0',
    ]);
    const r = await read(p, PRESETS['demande-projet'], ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        2,
        1,
        'millésime « 1999 » incorrect',
        'attendu : une année sur 4 chiffres, de 2000 à 2100. Schéma tableau-demandes, colonne millesime : type year, required, minimum 2000, maximum 2100',
      ],
      [
        'error',
        3,
        12,
        'typologie « T9 » inconnue',
        'attendu : une valeur parmi T1, T2, T3, T4, T5+. Schéma tableau-demandes, colonne typologie : type string, required, enum T1 T2 T3 T4 T5+',
      ],
      [
        'error',
        4,
        6,
        'code commune « 6343O » inconnu',
        'la commune connue la plus proche est 63430 Thiers. Attendu : 5 chiffres, ou 2A ou 2B puis 3 chiffres. Schéma tableau-demandes, colonne code_commune : type string, required, pattern [0-9]{5}|2[AB][0-9]{3}',
      ],
    ]);
    expect(r.rows).toEqual([
      { line: 5, code: '63430', raw: '63430', typology: 'T3', text: 's', value: 'source', column: 15 },
    ]);
  });
});

describe('titles ending with « * »', () => {
  it('refuses a title that starts several columns, and says it once', async () => {
    const p = file('etoile.csv', [
      'Code;Demandes;Attributions au 31/12/2023;Attributions au 31/12/2024',
      '63430;3;1;2',
    ]);
    const r = await read(p, { ...byCode, fields: { demandes: ['Demandes'], attributions: ['Attributions au *'] } }, [
      '63430',
    ]);
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        15,
        'plusieurs colonnes commencent par « Attributions au » : « Attributions au 31/12/2023 » et « Attributions au 31/12/2024 »',
        'écrivez le titre entier de la bonne colonne dans « mapping » de cette source dans territory.yaml',
      ],
    ]);
  });
});

describe('the year of a row', () => {
  it('refuses a year out of 2000 to 2100, a decimal or a word, and keeps the rows of the year asked', async () => {
    const p = file('annees.csv', [
      'Code;Année;Demandes',
      '63430;1999;1',
      '63430;2101;2',
      '63430;2023,5;3',
      '63430;deux mille;4',
      '63430;2000;5',
      '63430;2100;6',
      '63430;2023;7',
    ]);
    const r = await read(p, { ...byCode, millesime: ['Année'] }, ['63430']);
    const hint = 'une année sur 4 chiffres est attendue, par exemple 2023';
    expect(r.messages).toEqual([
      ['error', 2, 7, 'millésime « 1999 » incorrect', hint],
      ['error', 3, 7, 'millésime « 2101 » incorrect', hint],
      ['error', 4, 7, 'millésime « 2023,5 » incorrect', hint],
      ['error', 5, 7, 'millésime « deux mille » incorrect', hint],
    ]);
    expect(r.rows).toEqual([{ line: 8, code: '63430', raw: '63430', text: '7', value: 7, column: 12 }]);
  });
});

describe('the size of a row', () => {
  it('lists the sizes expected, with the size column first', async () => {
    const p = file('tailles.csv', ['Taille;Code;Demandes', 'T6;63430;1', 'T2;63430;2']);
    const r = await read(p, { ...byCode, typology: { column: ['Taille'] } }, ['63430']);
    expect(r.messages).toEqual([
      ['error', 2, 1, 'typologie « T6 » inconnue', 'valeurs attendues : T1, T2, T3, T4, T5+'],
    ]);
    expect(r.rows).toEqual([{ line: 3, code: '63430', raw: '63430', typology: 'T2', text: '2', value: 2, column: 10 }]);
  });

  it('reads sizes given as columns when they come first', async () => {
    const p = file('tailles-colonnes.csv', ['Demandes 1 pièce;Code;Demandes 2 pièces', '4;63430;5']);
    const mapping: TableMapping = {
      ...byCode,
      typology: { columns: { T1: '1 pièce', T2: '2 pièces' } },
      fields: { demandes: ['Demandes {t}'] },
    };
    const r = await read(p, mapping, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, code: '63430', raw: '63430', typology: 'T1', text: '4', value: 4, column: 1 },
      { line: 2, code: '63430', raw: '63430', typology: 'T2', text: '5', value: 5, column: 9 },
    ]);
  });
});

describe('the columns in another order', () => {
  it('reads the figure in the first column', async () => {
    const p = file('demandes-d-abord.csv', ['Demandes;Code', '12;63430', '0;63125']);
    const r = await read(p, byCode, ['63430', '63125']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, code: '63430', raw: '63430', text: '12', value: 12, column: 1 },
      { line: 3, code: '63125', raw: '63125', text: '0', value: 0, column: 1 },
    ]);
  });

  it('gives column 1 and a hidden value for a figure the file does not have', async () => {
    const p = file('sans-attributions.csv', ['Code;Demandes', '63430;12']);
    const rows: [string | undefined, number, number | 'source' | undefined][] = [];
    await readMapped(p, byCode, FIELDS, { display: 't.csv', communes: ['63430'], millesime: 2023 }, (row) => {
      rows.push([row.text('attributions'), row.column('attributions'), row.value('attributions')]);
    });
    expect(rows).toEqual([[undefined, 1, 'source']]);
  });
});

describe('the header line among title lines', () => {
  it('is the line naming the figure, not a line above naming only the commune', async () => {
    const p = file('titre-groupe.csv', ['Code;Total', 'Code;Demandes', '63430;3']);
    const r = await read(p, byCode, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 3, code: '63430', raw: '63430', text: '3', value: 3, column: 7 }]);
  });

  it('is the line naming the size column', async () => {
    const p = file('titre-taille.csv', ['Code;Demandes;Groupe', 'Code;Demandes;Taille', '63430;3;T1']);
    const r = await read(p, { ...byCode, typology: { column: ['Taille'] } }, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 3, code: '63430', raw: '63430', typology: 'T1', text: '3', value: 3, column: 7 }]);
  });

  it('is the line naming the columns of each size', async () => {
    const p = file('titre-colonnes.csv', ['Code;Demandes', 'Code;Demandes 1 pièce', '63430;3']);
    const mapping: TableMapping = {
      ...byCode,
      typology: { columns: { T1: '1 pièce' } },
      fields: { demandes: ['Demandes {t}'] },
    };
    const r = await read(p, mapping, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 3, code: '63430', raw: '63430', typology: 'T1', text: '3', value: 3, column: 7 }]);
  });
});

describe('communes outside the territory or unknown', () => {
  it('names an arrondissement of another city without a double space, and quietly skips it in a national file', async () => {
    const p = file('arrondissement.csv', ['Code;Demandes', '75101;3', '92012;4']);
    const r = await read(p, byCode, ['92012']);
    expect(r.messages).toEqual([
      [
        'error',
        2,
        1,
        'la commune 75101 n’est pas dans le territoire',
        'corrigez le code commune, ou retirez la ligne si elle concerne une autre intercommunalité',
      ],
    ]);
    const quiet = await read(p, { ...byCode, otherCommunes: 'ignore' }, ['92012']);
    expect(quiet.messages).toEqual([]);
    expect(quiet.rows).toEqual([{ line: 3, code: '92012', raw: '92012', text: '4', value: 4, column: 7 }]);
  });

  it('still reports an unknown code in a national file', async () => {
    const p = file('national-inconnu.csv', ['Code;Demandes', '93066;1', '9201X;2', '92012;3']);
    const r = await read(p, { ...byCode, otherCommunes: 'ignore' }, ['92012']);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        1,
        'code commune « 9201X » inconnu',
        'la commune connue la plus proche est 92012 Boulogne-Billancourt',
      ],
    ]);
    expect(r.rows).toEqual([{ line: 4, code: '92012', raw: '92012', text: '3', value: 3, column: 7 }]);
  });

  it('suggests a member code that has no name without a trailing space', async () => {
    const p = file('sans-nom.csv', ['Code;Demandes', '12346;1']);
    const r = await read(p, byCode, ['12345']);
    expect(r.messages).toEqual([
      ['error', 2, 1, 'code commune « 12346 » inconnu', 'la commune connue la plus proche est 12345'],
    ]);
  });

  it('trims the code and the name before reading them', async () => {
    const p = file('espaces-code.csv', ['Code;Demandes', ' 63430 ; 12 ']);
    const r = await read(p, byCode, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 2, code: '63430', raw: '63430', text: ' 12 ', value: 12, column: 9 }]);
    const q = file('espaces-nom.csv', ['Commune;Demandes', ' Thier ;1', ' Thiers ;2']);
    const s = await read(q, byName, ['63430']);
    expect(s.messages).toEqual([
      ['error', 2, 1, 'commune « Thier » inconnue', 'communes proches du territoire : Thiers'],
    ]);
    expect(s.rows).toEqual([{ line: 3, code: '63430', raw: '63430', text: '2', value: 2, column: 10 }]);
  });

  it('asks for the official name when the territory has no commune to suggest', async () => {
    const p = file('aucun-membre.csv', ['Commune;Demandes', 'Zzzzzzzz;2']);
    expect((await read(p, byName, [])).messages).toEqual([
      ['error', 2, 1, 'commune « Zzzzzzzz » inconnue', 'le nom officiel de la commune est attendu'],
    ]);
  });

  it('reads the rows of a whole-territory word, whatever its case', async () => {
    const p = file('territoire.csv', ['Code;Demandes', 'ENSEMBLE;40', '63430;4']);
    const r = await read(p, { ...byCode, territoryRows: ['territoire', 'ensemble'] }, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, code: 'territoire', raw: 'territoire', text: '40', value: 40, column: 10 },
      { line: 3, code: '63430', raw: '63430', text: '4', value: 4, column: 7 },
    ]);
  });
});

describe('a regional file with a level column (DRIHL)', () => {
  const mapping: TableMapping = {
    label: 'le socle',
    keep: { column: ['Niveau'], equals: 'Commune' },
    commune: { code: ['Code'] },
    territoryFrom: ['EPCI', 'EPT'],
    communeFrom: [{ commune: '75056', level: 'Département', code: '75' }],
    fields: { demandes: ['Demandes'] },
  };

  it('keeps the commune rows, the territory’s row and Paris from its département row', async () => {
    const p = file('socle.csv', [
      'Niveau;Code;Demandes',
      'Région;11;1000',
      'Département; 75 ;500',
      'EPCI; 200054781 ;300',
      'EPCI;200000000;50',
      'Commune;75056;7',
      'Commune;75101;3',
      'Commune; 92012 ;20',
      'Commune;93066;5',
      'Commune;99999;1',
      'Département;92;100',
    ]);
    const r = await read(p, mapping, ['75056', '92012'], { territoryCode: '200054781' });
    expect(r.messages).toEqual([
      [
        'error',
        10,
        9,
        'code commune « 99999 » inconnu',
        'un code INSEE de 5 caractères d’une commune du territoire est attendu',
      ],
    ]);
    expect(r.rows).toEqual([
      { line: 3, code: '75056', raw: '75056', text: '500', value: 500, column: 18 },
      { line: 4, code: 'territoire', raw: 'territoire', text: '300', value: 300, column: 18 },
      { line: 8, code: '92012', raw: '92012', text: '20', value: 20, column: 17 },
    ]);
  });

  it('reads no territory row when the territory is not given', async () => {
    const p = file('socle-sans-territoire.csv', ['Niveau;Code;Demandes', 'EPCI;200054781;300', 'Commune;92012;20']);
    const r = await read(p, mapping, ['92012']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 3, code: '92012', raw: '92012', text: '20', value: 20, column: 15 }]);
  });

  it('leaves out a commune of elsewhere given by its name', async () => {
    const p = file('socle-noms.csv', ['Niveau;Commune;Demandes', 'Commune;Le Raincy;4', 'Commune;Thiers;5']);
    const r = await read(p, { ...mapping, commune: { name: ['Commune'] }, communeFrom: [] }, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 3, code: '63430', raw: '63430', text: '5', value: 5, column: 16 }]);
  });
});

describe('duplicates with a row key', () => {
  it('names the columns of the key and says to keep one row per band', async () => {
    const p = file('cle.csv', [
      'Code;Taille;Min;Demandes',
      'territoire;T1;0;3',
      'territoire;T1; 0 ;4',
      'territoire;T1;10;5',
    ]);
    const mapping: TableMapping = {
      ...byCode,
      territoryRows: ['territoire'],
      typology: { column: ['Taille'] },
      rowKey: ['points_min'],
      fields: { demandes: ['Demandes'], points_min: ['Min'] },
    };
    const fields = [...FIELDS, { name: 'points_min', meaning: 'premier nombre de points', required: true }];
    const r = await read(p, mapping, ['63430'], {}, fields);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        1,
        'ligne en double : mêmes « commune », « typologie », « points_min » qu’à la ligne 2',
        'gardez une seule ligne par typologie et par tranche de points',
      ],
    ]);
    expect(r.rows.map((row) => row.line)).toEqual([2, 4]);
  });
});

describe('hidden-cell marks of a declared mapping', () => {
  it('accepts its marks in any case and an empty cell, and lists them for any other text', async () => {
    const p = file('marques.csv', ['Code;Demandes', '63430;NC', '63125; x ', '63113;', '63284;s']);
    const r = await read(p, { ...byCode, hidden: ['s', 'nc'] }, ['63430', '63125', '63113', '63284']);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        7,
        'valeur « x » dans « demandes » : ni un nombre, ni une marque de secret',
        'marques permises : « s », « nc »',
      ],
    ]);
    expect(r.rows).toEqual([
      { line: 2, code: '63430', raw: '63430', text: 'NC', value: 'source', column: 7 },
      { line: 3, code: '63125', raw: '63125', text: ' x ', column: 7 },
      { line: 4, code: '63113', raw: '63113', text: '', value: 'source', column: 7 },
      { line: 5, code: '63284', raw: '63284', text: 's', value: 'source', column: 7 },
    ]);
  });
});

describe('the sheets of a workbook', () => {
  async function workbook(name: string, sheets: Record<string, (string | number)[][]>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of Object.entries(sheets)) {
      const ws = wb.addWorksheet(sheet);
      for (const row of rows) ws.addRow(row);
    }
    const p = join(dir, name);
    await wb.xlsx.writeFile(p);
    return p;
  }

  it('takes the next sheet named when the first is absent', async () => {
    const p = await workbook('feuilles.xlsx', {
      Données: [
        ['Code', 'Demandes'],
        ['63430', 3],
      ],
    });
    const r = await read(p, { ...byCode, sheet: ['Ensemble', 'Données'] }, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([{ line: 2, code: '63430', raw: '63430', text: '3', value: 3, column: 2 }]);
  });

  it('says that no sheet named is in the workbook', async () => {
    const p = await workbook('feuilles-absentes.xlsx', { Données: [['Code', 'Demandes']] });
    const r = await read(p, { ...byCode, sheet: ['Ensemble', 'Total'] }, ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        0,
        0,
        'la feuille « Total » n’existe pas dans le classeur',
        'feuilles présentes : Données ; corrigez « sheet » dans territory.yaml',
      ],
    ]);
  });

  it('reads the first sheet named that exists, and stops on its own problems', async () => {
    const p = await workbook('feuilles-deux.xlsx', {
      Ensemble: [['Code', 'Demandes']],
      Données: [
        ['Code', 'Demandes'],
        ['63430', 3],
      ],
      Autre: [
        ['Code', 'Demandes'],
        ['63430', 9],
      ],
    });
    const first = await read(p, { ...byCode, sheet: ['Données', 'Autre'] }, ['63430']);
    expect(first.rows).toEqual([{ line: 2, code: '63430', raw: '63430', text: '3', value: 3, column: 2 }]);
    const empty = await read(p, { ...byCode, sheet: ['Ensemble', 'Données'] }, ['63430']);
    expect(empty.rows).toEqual([]);
    expect(empty.messages).toEqual([
      [
        'error',
        2,
        1,
        'la feuille ne contient que la ligne des titres, aucune ligne de données',
        'remplacez-le par le classeur complet',
      ],
    ]);
  });
});
