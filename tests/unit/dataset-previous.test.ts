/**
 * The previous publication (publie/demandes.csv, src/lib/dataset/previous-publication.ts): read cell by cell
 * with a clear message for each wrong cell, and its counts kept by the protection when it can; the build's
 * summary says what became of each one. Expected values written by hand from the rows written here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFigures, PREVIOUS_PUBLICATION, readPreviousPublication } from '../../src/lib/dataset/index.ts';
import { demandCsv, source, territoryYaml, writeTerritory } from '../helpers/dataset-territory.ts';

const HEADER =
  'millesime;code_commune;typologie;demandes_en_attente;demandes_en_attente_statut;attributions;attributions_statut';
const dir = mkdtempSync(join(tmpdir(), 'previous-'));
let n = 0;
/** Reads `lines` (after the header unless `header` is given) as a previous publication. */
const read = (lines: string[], header = HEADER) => {
  const path = join(dir, `p${n++}.csv`);
  writeFileSync(path, [header, ...lines].join('\n') + '\n');
  return readPreviousPublication(path, 'publie/demandes.csv');
};

describe('lecture de la publication précédente', () => {
  it('sans fichier : rien, sans message', () => {
    expect(readPreviousPublication(join(dir, 'absent.csv'), 'x')).toEqual({ diagnostics: [] });
    expect(PREVIOUS_PUBLICATION).toBe('publie/demandes.csv');
  });

  it('garde les nombres publiés, pas ceux qu’une colonne de statut dit cachés', () => {
    const r = read([
      '2023;30003;T1;20;;6;',
      '2023;territoire;toutes;86;;;secondaire',
      '2022;2A004;T5+;0;;3;',
      '2022;30133;T2;;petit;;source',
    ]);
    expect(r.diagnostics).toEqual([]);
    expect([...r.before!].sort()).toEqual(
      [
        ['2023|30003|T1|pending', 20],
        ['2023|30003|T1|attributions', 6],
        ['2023|territoire|total|pending', 86],
        ['2022|2A004|T5+|pending', 0],
        ['2022|2A004|T5+|attributions', 3],
      ].sort(),
    );
  });

  it('lit un fichier qui commence par la marque d’ordre des octets, et des colonnes dans un autre ordre', () => {
    const path = join(dir, 'bom.csv');
    writeFileSync(
      path,
      '\uFEFFtypologie;attributions;attributions_statut;code_commune;millesime;demandes_en_attente_statut;demandes_en_attente\nT3;4;;30276;2024;;9\n',
    );
    expect([...readPreviousPublication(path, 'x').before!]).toEqual([
      ['2024|30276|T3|pending', 9],
      ['2024|30276|T3|attributions', 4],
    ]);
  });

  it('nomme les colonnes absentes de la ligne de titres', () => {
    expect(read(['2023;30003;T1;20;;6;'], HEADER.replace(';attributions_statut', ''))).toEqual({
      diagnostics: [
        {
          file: 'publie/demandes.csv',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'publication précédente : colonne « attributions_statut » absente de la ligne de titres',
          hint: 'ce fichier doit être le fichier /donnees/demandes.csv du site en ligne, sans modification',
        },
      ],
    });
    expect(read([], 'millesime;code_commune;demandes_en_attente;attributions').diagnostics[0]!.message).toBe(
      'publication précédente : colonnes « typologie », « demandes_en_attente_statut », « attributions_statut » absentes de la ligne de titres',
    );
    expect(read([], '').diagnostics[0]!.message).toMatch(/^publication précédente : colonnes « millesime », /);
  });

  it('dit chaque cellule fausse à sa ligne et sa colonne, et ne garde alors rien', () => {
    const r = read([
      '1999;30003;T1;20;;6;',
      '2101;30003;T1;20;;6;',
      '20.5;30003;T1;20;;6;',
      '2023;3003;T1;20;;6;',
      '2023;Nîmes;T1;20;;6;',
      '2023;30003;T6;20;;6;',
      '2023;30003;T1;-1;;6;',
      '2023;30003;T1;20;;2,5;',
      '2023;30003;T1;;;x;',
      '2000;30003;T1;20;;6;',
      '2100;2B033;toutes;20;;6;',
    ]);
    expect(r.before).toBeUndefined();
    const at = (line: number, column: number, message: string) => ({
      file: 'publie/demandes.csv',
      line,
      column,
      severity: 'error',
      message: `publication précédente : ${message}`,
    });
    const year = (v: string) => `millésime « ${v} » : une année sur 4 chiffres est attendue`;
    expect(r.diagnostics).toEqual([
      at(2, 1, year('1999')),
      at(3, 1, year('2101')),
      at(4, 1, year('20.5')),
      at(5, 2, 'code « 3003 » : un code INSEE ou « territoire » est attendu'),
      at(6, 2, 'code « Nîmes » : un code INSEE ou « territoire » est attendu'),
      at(7, 3, 'taille « T6 » : T1, T2, T3, T4, T5+ ou « toutes » est attendu'),
      at(8, 4, '« -1 » dans demandes_en_attente : un nombre entier publié est attendu'),
      at(9, 6, '« 2,5 » dans attributions : un nombre entier publié est attendu'),
      at(10, 4, '«  » dans demandes_en_attente : un nombre entier publié est attendu'),
      at(10, 6, '« x » dans attributions : un nombre entier publié est attendu'),
    ]);
  });

  it('un code de commune collé à du texte n’est pas un code', () => {
    expect(read(['2023;30003x;T1;1;;1;']).diagnostics).toHaveLength(1);
    expect(read(['2023;x30003;T1;1;;1;']).diagnostics).toHaveLength(1);
    expect(read(['2023;2C004;T1;1;;1;']).diagnostics).toHaveLength(1);
    expect(read(['2023;territoires;T1;1;;1;']).diagnostics).toHaveLength(1);
  });
});

describe('la construction garde ce que les lecteurs ont déjà', () => {
  const A = '30003',
    B = '30133',
    C = '30276';
  const sources = {
    'territory.yaml': territoryYaml(source('demande', 'd.csv', 2023)),
    'sources/d.csv': demandCsv(2023, [
      [A, 'T1', 20, 0, 6, 0, '4'],
      [B, 'T1', 8, 0, 5, 0, '3'],
      [C, 'T1', 6, 0, 2, 0, '12'],
      [B, 'T2', 's', 0, 7, 0, '6'],
    ]),
  };

  it('publie encore les 5 attributions déjà publiées et cache à leur place le total du territoire', async () => {
    const territory = writeTerritory({
      ...sources,
      [PREVIOUS_PUBLICATION]:
        [
          HEADER,
          `2023;${A};T1;19;;;secondaire`,
          `2023;${B};T1;8;;5;`,
          `2023;${C};T1;6;;2;`,
          `2023;${C};toutes;;petit;;petit`,
          `2023;${B};T2;4;;7;`,
        ].join('\n') + '\n',
    });
    const r = await buildFigures(territory, { displayRoot: join(territory.dir, '..') });
    expect(r.diagnostics).toEqual([]);
    const y = r.figures!.demand['2023']!;
    expect(y.communes[B]!.T1.attributions).toBe(5);
    expect(y.communes[A]!.T1.attributions).toBe(6);
    expect(y.communes[C]!.T1.attributions).toEqual({ masked: 'small' });
    // The territory's T1, 6 + 5 + 2 = 13, would give back the 2 of Saint-Laurent: hidden instead of the 5 already out.
    expect(y.territory.T1.attributions).toEqual({ masked: 'secondary' });
    expect(r.figures!.secrecy.audit![0]!.previous).toEqual({
      file: 'camargue/publie/demandes.csv',
      // A T1 demands (19 → 20), B T1 demands and attributions, C T1 demands and attributions, B T2 demands and attributions.
      compared: 7,
      kept: 4,
      corrected: 1,
      withdrawn: [
        { millesime: 2023, code: B, typology: 'T2', measure: 'pending', before: 4, rule: 'source' },
        { millesime: 2023, code: C, typology: 'T1', measure: 'attributions', before: 2, rule: 'petit' },
      ],
    });
  });

  it('dit « corrigé » quand un nombre caché a changé depuis', async () => {
    const territory = writeTerritory({
      ...sources,
      [PREVIOUS_PUBLICATION]: [HEADER, `2023;${C};T1;6;;3;`].join('\n') + '\n',
    });
    const r = await buildFigures(territory);
    expect(r.figures!.secrecy.audit![0]!.previous).toMatchObject({
      compared: 2,
      kept: 1,
      corrected: 0,
      withdrawn: [{ millesime: 2023, code: C, typology: 'T1', measure: 'attributions', before: 3, rule: 'corrige' }],
    });
  });

  it('un fichier faux arrête la construction', async () => {
    const territory = writeTerritory({
      ...sources,
      [PREVIOUS_PUBLICATION]: [HEADER, `2023;${C};T9;6;;3;`].join('\n') + '\n',
    });
    const r = await buildFigures(territory, { displayRoot: join(territory.dir, '..') });
    expect(r.figures).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: 'camargue/publie/demandes.csv',
        line: 2,
        column: 3,
        message: 'publication précédente : taille « T9 » : T1, T2, T3, T4, T5+ ou « toutes » est attendu',
      }),
    ]);
  });
});
