import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMAND_COLUMNS, readDemand } from '../../src/lib/demand/index.ts';
import { DEMAND_TABLE, toFrenchCsv, toTableSchema } from '../../src/lib/opendata/index.ts';
import { splitRecord } from '../../src/lib/sources/index.ts';
import fc from 'fast-check';
import Papa from 'papaparse';

interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
const schema = toTableSchema(DEMAND_TABLE) as { fields: SchemaField[]; primaryKey: string[]; missingValues: string[] };
const HEADER = DEMAND_TABLE.fields.map((f) => f.name).join(';');
const dir = mkdtempSync(join(tmpdir(), 'demand-schema-'));

/** Reads a demand table of one data row (Thiers, 2023) with the project's reader. */
async function readRow(row: string) {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, `${HEADER}\n${row}\n`);
  return readDemand(file, { display: 'demandes.csv', communes: ['63430'], millesime: 2023 });
}

describe('schéma Table Schema du tableau des demandes', () => {
  it('décrit exactement les colonnes que le site lit, avec leurs contraintes', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(DEMAND_COLUMNS.map((c) => c.name));
    // `required` is about values: a count may be hidden (« s »), so only the keys of a row are required.
    const required = schema.fields.filter((f) => f.constraints?.required).map((f) => f.name);
    expect(required).toEqual(['millesime', 'code_commune', 'typologie']);
    expect(schema.fields.find((f) => f.name === 'typologie')!.constraints!.enum).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5+',
    ]);
    expect(schema.primaryKey).toEqual(['millesime', 'code_commune', 'typologie']);
    expect(schema.missingValues).toContain('s');
    for (const f of schema.fields.filter((x) => x.type === 'integer')) expect(f.constraints?.minimum, f.name).toBe(0);
  });

  it('le lecteur accepte chaque marque de secret du schéma comme un nombre caché, jamais comme 0', async () => {
    for (const mark of schema.missingValues) {
      const r = await readRow(`2023;63430;Thiers;T3;${mark};0;4;1;5`);
      expect(r.diagnostics, `marque « ${mark} »`).toEqual([]);
      expect(r.rows.get('63430')!.get('T3')!.pending, `marque « ${mark} »`).toBe('source');
    }
  });

  it('refuse un texte qui n’est pas une marque du schéma, avec sa place et la contrainte du schéma', async () => {
    const r = await readRow('2023;63430;Thiers;T3;env. 12;0;4;1;5');
    expect(r.diagnostics).toEqual([
      {
        file: 'demandes.csv',
        line: 2,
        column: 22,
        severity: 'error',
        message: 'valeur « env. 12 » dans « demandes » : ni un nombre, ni une marque de secret',
        hint: expect.stringMatching(
          /^attendu : un nombre entier, 0 ou plus, ou une marque de secret : « s », .* ou une case vide\. Schéma tableau-demandes, colonne demandes : type integer, minimum 0$/,
        ),
      },
    ]);
  });

  it('chaque valeur hors du schéma donne une seule erreur, placée, qui cite la contrainte', async () => {
    const cases: [string, number, string, RegExp][] = [
      [
        '2023;63430;Thiers;T3;-2;0;4;1;5',
        22,
        'nombre négatif « -2 » dans « demandes »',
        /colonne demandes : type integer, minimum 0$/,
      ],
      [
        '2023;63430;Thiers;T3;12;0;4,5;1;5',
        27,
        'nombre à virgule « 4,5 » dans « attributions »',
        /colonne attributions : type integer, minimum 0$/,
      ],
      [
        '2023;63430;Thiers;T3;12;0;4;1;-1',
        31,
        'délai « -1 » : nombre négatif',
        /colonne delai_moyen_mois : type number, minimum 0$/,
      ],
      [
        '2023;63430;Thiers;T7;12;0;4;1;5',
        19,
        'typologie « T7 » inconnue',
        /colonne typologie : type string, required, enum T1 T2 T3 T4 T5\+$/,
      ],
      [
        '1899;63430;Thiers;T3;12;0;4;1;5',
        1,
        'millésime « 1899 » incorrect',
        /colonne millesime : type year, required, minimum 2000, maximum 2100$/,
      ],
      [
        '2023;6343;Thiers;T3;12;0;4;1;5',
        6,
        'code commune « 6343 » inconnu',
        /pattern \[0-9\]\{5\}\|2\[AB\]\[0-9\]\{3\}$/,
      ],
    ];
    for (const [row, column, message, hint] of cases) {
      const r = await readRow(row);
      expect(r.diagnostics, row).toHaveLength(1);
      expect(r.diagnostics[0], row).toMatchObject({ line: 2, column, severity: 'error', message });
      expect(r.diagnostics[0]!.hint, row).toMatch(hint);
    }
  });
});

describe('découpage des lignes CSV entre guillemets', () => {
  it('donne les mêmes champs que papaparse', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[^";\n\r]*$/),
      fc.stringMatching(/^[^"\n\r]*$/).map((s) => `"${s}"`),
      fc.stringMatching(/^[^\n\r]*$/).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), (fields) => {
        const text = fields.join(';');
        const expected = Papa.parse<string[]>(text, {
          delimiter: ';',
          newline: '\n',
          header: false,
          skipEmptyLines: false,
        }).data[0] ?? [''];
        expect(splitRecord(text, ';')).toEqual(expected);
      }),
    );
  });
});

describe('CSV publiés : une cellule n’est jamais une formule', () => {
  it('un texte qui commencerait une formule est écrit comme du texte ; les nombres restent des nombres', () => {
    const csv = toFrenchCsv(
      ['nom', 'valeur'],
      [
        ['=HYPERLINK("https://exemple.fr";"x")', -1.5],
        ['+33 1 00', 2],
        ['@SUM(A1)', 0],
        ['-x', 3],
        ['\tonglet', 4],
        ['-12,5', 5],
        ['Saint-Rémy', null],
      ],
    );
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ['\'=HYPERLINK("https://exemple.fr";"x")', '-1,5'],
      ["'+33 1 00", '2'],
      ["'@SUM(A1)", '0'],
      ["'-x", '3'],
      ["'\tonglet", '4'],
      ['-12,5', '5'],
      ['Saint-Rémy', ''],
    ]);
  });
});
