/**
 * A table read with a declared mapping (src/lib/mapping/read-table.ts): communes by code or by name, rows of
 * other communes, duplicates, sizes as columns, and what a mapping forgets to say. Small files written in the
 * test; expected rows and messages written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapped, type FieldSpec, type MappedRow, type TableMapping } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'tableau-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const FIELDS: FieldSpec[] = [
  { name: 'demandes', meaning: 'demandes en attente', required: true, perTypology: true },
  { name: 'attributions', meaning: 'logements attribués', required: false, perTypology: true },
];
/** Reads and gives the rows handed over (line, code, size, demands) and the messages (severity, line, text, hint). */
async function read(p: string, mapping: TableMapping, communes: string[]) {
  const rows: [number, string, string | undefined, string | undefined][] = [];
  const r = await readMapped(p, mapping, FIELDS, { display: 't.csv', communes, millesime: 2023 }, (row: MappedRow) => {
    rows.push([row.line, row.code, row.typology, row.text('demandes')]);
  });
  return {
    rows,
    matched: r.matched,
    messages: r.diagnostics.map((d) => [d.severity, d.line, d.message, d.hint] as const),
  };
}
const byName: TableMapping = {
  label: 'le tableau d’essai',
  commune: { name: ['Commune'] },
  fields: { demandes: ['Demandes'] },
};
const byCode: TableMapping = {
  label: 'le tableau d’essai',
  commune: { code: ['Code'] },
  fields: { demandes: ['Demandes'] },
};

describe('communes given by their name', () => {
  it('reads a member, and says why each other row is left out', async () => {
    const p = file('noms.csv', [
      'Commune;Demandes',
      'THIERS;12',
      'Le Raincy;4',
      'Thier;3',
      'Saint-Denis;5',
      'Saint-Denis (974);6',
    ]);
    const r = await read(p, byName, ['63430', '93066', '97411']);
    expect(r.rows).toEqual([
      [2, '63430', undefined, '12'],
      [6, '97411', undefined, '6'],
    ]);
    expect(r.matched).toBe(2);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        'la commune « Le Raincy » n’est pas dans le territoire',
        'corrigez le nom de la commune, ou retirez la ligne si elle concerne une autre intercommunalité',
      ],
      ['error', 4, 'commune « Thier » inconnue', 'communes proches du territoire : Thiers, Saint-Denis, Saint-Denis'],
      [
        'error',
        5,
        'nom de commune « Saint-Denis » ambigu : Saint-Denis (93066) ou Saint-Denis (97411)',
        'ajoutez le département entre parenthèses, par exemple « Saint-Denis (93) », ou donnez le code INSEE',
      ],
    ]);
  });

  it('leaves the other communes out quietly in a national file', async () => {
    const p = file('national.csv', ['Commune;Demandes', 'Le Raincy;4', 'Thiers;1']);
    const r = await read(p, { ...byName, otherCommunes: 'ignore' }, ['63430']);
    expect(r.rows).toEqual([[3, '63430', undefined, '1']]);
    expect(r.messages).toEqual([]);
  });
});

describe('communes given by their code', () => {
  it('counts a former commune with its commune nouvelle, and refuses a commune of elsewhere', async () => {
    const p = file('codes.csv', ['Code;Demandes', '74011;3', '14712;2', '99999;1', '74012;1']);
    const r = await read(p, byCode, ['74010', '74012']);
    expect(r.rows).toEqual([
      [2, '74010', undefined, '3'],
      [5, '74012', undefined, '1'],
    ]);
    expect(r.messages).toEqual([
      ['info', 2, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
      [
        'error',
        3,
        'la commune 14712 Troarn n’est pas dans le territoire',
        'corrigez le code commune, ou retirez la ligne si elle concerne une autre intercommunalité',
      ],
      [
        'error',
        4,
        'code commune « 99999 » inconnu',
        'un code INSEE de 5 caractères d’une commune du territoire est attendu',
      ],
    ]);
  });

  it('suggests the closest member code', async () => {
    const p = file('proche.csv', ['Code;Demandes', '6343O;3']);
    const r = await read(p, byCode, ['63430']);
    expect(r.messages).toEqual([
      ['error', 2, 'code commune « 6343O » inconnu', 'la commune connue la plus proche est 63430 Thiers'],
    ]);
  });
});

describe('duplicates', () => {
  it('refuses a second row of the same commune', async () => {
    const p = file('double.csv', ['Code;Demandes', '63430;3', '63430;4']);
    const r = await read(p, byCode, ['63430']);
    expect(r.rows).toEqual([[2, '63430', undefined, '3']]);
    expect(r.messages).toEqual([
      ['error', 3, 'ligne en double : même commune qu’à la ligne 2', 'gardez une seule ligne par commune'],
    ]);
  });

  it('refuses a second row of the same commune and size', async () => {
    const p = file('double-taille.csv', ['Code;Taille;Demandes', '63430;T1;3', '63430;T2;4', '63430;t1;5']);
    const r = await read(p, { ...byCode, typology: { column: ['Taille'] } }, ['63430']);
    expect(r.rows).toEqual([
      [2, '63430', 'T1', '3'],
      [3, '63430', 'T2', '4'],
    ]);
    expect(r.messages).toEqual([
      [
        'error',
        4,
        'ligne en double : même commune, même typologie et même millésime qu’à la ligne 2',
        'gardez une seule ligne par commune et par typologie',
      ],
    ]);
  });
});

describe('sizes given as columns', () => {
  it('hands over one row per size, from the columns named with {t}', async () => {
    const p = file('colonnes.csv', ['Code;Demandes 1 pièce;Demandes 3 pièces', '63430;7;9']);
    const mapping: TableMapping = {
      ...byCode,
      typology: { columns: { T1: '1 pièce', T3: '3 pièces' } },
      fields: { demandes: ['Demandes {t}'] },
    };
    const r = await read(p, mapping, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([
      [2, '63430', 'T1', '7'],
      [2, '63430', 'T3', '9'],
    ]);
  });
});

describe('what a mapping forgets to say', () => {
  it('says that no column gives the commune', async () => {
    const p = file('sans-commune.csv', ['Code;Demandes', '63430;3']);
    const r = await read(p, { label: 'le tableau d’essai', commune: {}, fields: { demandes: ['Demandes'] } }, [
      '63430',
    ]);
    expect(r.rows).toEqual([]);
    expect(r.messages).toContainEqual([
      'error',
      1,
      'le tableau d’essai ne dit pas quelle colonne donne la commune',
      'ajoutez « commune: { code: … } » ou « commune: { name: … } » à « mapping » dans territory.yaml',
    ]);
  });

  it('says that a needed figure has no column', async () => {
    const p = file('sans-champ.csv', ['Code;Attributions', '63430;3']);
    const r = await read(p, { ...byCode, fields: { attributions: ['Attributions'] } }, ['63430']);
    expect(r.rows).toEqual([]);
    expect(r.messages).toContainEqual([
      'error',
      1,
      'le tableau d’essai ne dit pas quelle colonne donne « demandes » (demandes en attente)',
      'ajoutez « demandes: <titre de la colonne> » sous « fields » dans territory.yaml',
    ]);
  });
});
