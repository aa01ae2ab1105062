/**
 * Edge cases of the mapped reads left by the first mutation pass of `mapping` (src/lib/mapping): many
 * columns to list, titles with spaces after « * », a row key of two columns, a commune of elsewhere on the
 * last line of a national file, zero delays, a hidden share written as a part of 1, an empty-looking ratio,
 * a wrong cell in the points. Small files written in the test; expected values written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  readMapped,
  readMappedDemand,
  readMappedPositioning,
  type FieldSpec,
  type TableMapping,
} from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'lecture-bords-'));
let n = 0;
function file(lines: string[]): string {
  const p = join(dir, `f-${++n}.csv`);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const FIELDS: FieldSpec[] = [{ name: 'demandes', meaning: 'demandes en attente', required: true }];
const byCode: TableMapping = {
  label: 'le tableau d’essai',
  commune: { code: ['Code'] },
  fields: { demandes: ['Demandes'] },
};
async function read(p: string, mapping: TableMapping, communes: string[], fields = FIELDS) {
  const rows: [number, string][] = [];
  const r = await readMapped(p, mapping, fields, { display: 't.csv', communes, millesime: 2023 }, (row) => {
    rows.push([row.line, row.code]);
  });
  return { rows, messages: r.diagnostics.map((d) => [d.severity, d.line, d.column, d.message, d.hint]) };
}

describe('mapped table: edges', () => {
  it('lists the first 8 columns of a wide file', async () => {
    const p = file(['Code;A1;A2;A3;A4;A5;A6;A7;A8;A9', '63430;1;2;3;4;5;6;7;8;9']);
    expect((await read(p, byCode, ['63430'])).messages).toEqual([
      [
        'error',
        1,
        1,
        'colonne « Demandes » introuvable (demandes en attente) dans le tableau d’essai',
        'colonnes du fichier : Code, A1, A2, A3, A4, A5, A6, A7',
      ],
    ]);
  });

  it('names the project’s column to add when the mapping gives its own title', async () => {
    const p = file(['code_commune;typologie;demandes;attributions', '63430;T1;3;1']);
    const mapping: TableMapping = { ...PRESETS['demande-projet'], millesime: ['exercice'] };
    expect((await read(p, mapping, ['63430'])).messages).toEqual([
      [
        'error',
        1,
        1,
        'colonne « exercice » absente (année des chiffres) : le fichier ne suit pas le tableau des demandes',
        'ajoutez la colonne « millesime » : voir docs/donnees.md',
      ],
    ]);
  });

  it('quotes a « * » title without the spaces after it', async () => {
    const p = file(['Code;Demandes au 31/12/2023;Demandes au 31/12/2024', '63430;1;2']);
    const r = await read(p, { ...byCode, fields: { demandes: ['Demandes au * '] } }, ['63430']);
    expect(r.messages).toEqual([
      [
        'error',
        1,
        6,
        'plusieurs colonnes commencent par « Demandes au » : « Demandes au 31/12/2023 » et « Demandes au 31/12/2024 »',
        'écrivez le titre entier de la bonne colonne dans « mapping » de cette source dans territory.yaml',
      ],
    ]);
  });

  it('tells rows apart by every column of the key', async () => {
    const p = file(['Code;Min;Max;Demandes', '63430;1;23;5', '63430;12;3;6']);
    const mapping: TableMapping = {
      ...byCode,
      rowKey: ['points_min', 'points_max'],
      fields: { demandes: ['Demandes'], points_min: ['Min'], points_max: ['Max'] },
    };
    const fields: FieldSpec[] = [
      ...FIELDS,
      { name: 'points_min', meaning: 'premier nombre de points', required: true },
      { name: 'points_max', meaning: 'dernier nombre de points', required: true },
    ];
    const r = await read(p, mapping, ['63430'], fields);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([
      [2, '63430'],
      [3, '63430'],
    ]);
  });

  it('leaves out quietly a commune of elsewhere on the last line of a national file', async () => {
    const p = file(['Code;Demandes', '63430;1', '14712;2']);
    const r = await read(p, { ...byCode, otherCommunes: 'ignore' }, ['63430']);
    expect(r.messages).toEqual([]);
    expect(r.rows).toEqual([[2, '63430']]);
  });
});

describe('mapped demand table: edges', () => {
  const mapping = (fields: Record<string, string[]>, more: Partial<TableMapping> = {}): TableMapping => ({
    label: 'le tableau d’essai',
    commune: { code: ['code'] },
    fields,
    ...more,
  });
  const demand = (p: string, m: TableMapping) =>
    readMappedDemand(p, m, { display: 'demandes.csv', communes: ['63430', '63125'], millesime: 2023 });
  const messages = (r: Awaited<ReturnType<typeof demand>>) =>
    r.diagnostics.map((d) => [d.severity, d.line, d.column, d.message, d.hint]);

  it('says that a mapping without homes given cannot be read', async () => {
    const r = await demand(file(['code;demandes', '63430;4']), mapping({ demandes: ['demandes'] }));
    expect(messages(r)).toEqual([
      [
        'error',
        1,
        1,
        'le tableau d’essai ne dit pas quelle colonne donne « attributions » (logements attribués dans l’année)',
        'ajoutez « attributions: <titre de la colonne> » sous « fields » dans territory.yaml',
      ],
    ]);
  });

  it('accepts delays of 0 months, refuses a negative share', async () => {
    const m = mapping({
      demandes: ['demandes'],
      attributions: ['attrib'],
      delai_median_mois: ['mediane'],
      part_anciennete_5ans: ['anciens'],
    });
    const r = await demand(file(['code;demandes;attrib;mediane;anciens', '63430;4;1;0;', '63125;4;1;;-1']), m);
    expect(messages(r)).toEqual([
      [
        'error',
        3,
        12,
        '« -1 » dans « part_anciennete_5ans » : part hors de 0 à 100 %',
        'un pourcentage entre 0 et 100 est attendu',
      ],
    ]);
    expect(r.rows.get('63430')?.get('total')).toStrictEqual({
      line: 2,
      attributionsColumn: 9,
      pending: 4,
      pendingTransfers: 'source',
      attributions: 1,
      attributionTransfers: 'source',
      averageDelayMonths: 0,
      delayStatistic: 'mediane',
    });
    expect(r.rows.get('63125')).toBeUndefined();
    const mean = await demand(
      file(['code;demandes;attrib;delai', '63430;4;1;0']),
      mapping({ demandes: ['demandes'], attributions: ['attrib'], delai_moyen_mois: ['delai'] }),
    );
    expect(messages(mean)).toEqual([]);
    expect(mean.rows.get('63430')?.get('total')?.averageDelayMonths).toBe(0);
  });

  it('keeps a hidden share written as a part of 1 hidden, and a ratio of spaces absent', async () => {
    const m = mapping(
      {
        demandes: ['demandes'],
        attributions: ['attrib'],
        demandes_par_attribution: ['tension'],
        part_anciennete_5ans: ['anciens'],
      },
      { fractions: ['part_anciennete_5ans'], hidden: ['s'] },
    );
    const r = await demand(file(['code;demandes;attrib;tension;anciens', '63430;4;1;  ;s']), m);
    expect(messages(r)).toEqual([]);
    expect(r.rows.get('63430')?.get('total')).toStrictEqual({
      line: 2,
      attributionsColumn: 9,
      pending: 4,
      pendingTransfers: 'source',
      attributions: 1,
      attributionTransfers: 'source',
      longWaitShare: 'source',
    });
  });

  it('keeps a hidden mean delay of the project’s table hidden', async () => {
    const p = file([
      'millesime;code_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois',
      '2023;63430;T1;4;0;1;0;s',
    ]);
    const r = await demand(p, PRESETS['demande-projet']);
    expect(messages(r)).toEqual([]);
    expect(r.rows.get('63430')?.get('T1')).toStrictEqual({
      line: 2,
      attributionsColumn: 19,
      pending: 4,
      pendingTransfers: 0,
      attributions: 1,
      attributionTransfers: 0,
      averageDelayMonths: 'source',
      delayStatistic: 'moyenne',
    });
  });
});

describe('positioning table: edges', () => {
  it('reports a wrong text in the points once', async () => {
    const p = file([
      'millesime;code_commune;typologie;points_min;points_max;demandes_en_attente;attributions',
      '2023;territoire;T1;x;;5;5',
    ]);
    const r = await readMappedPositioning(p, PRESETS['positionnement-projet'], {
      display: 'positionnement-2023.csv',
      communes: ['63430'],
      millesime: 2023,
    });
    expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 20, 'valeur « x » dans « points_min » : ni un nombre, ni une marque de secret'],
    ]);
    expect(r.sizes).toEqual({});
  });
});
