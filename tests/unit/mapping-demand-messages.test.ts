/**
 * A demand table read with a declared mapping (src/lib/mapping/read-demand.ts), row by row and whole: the
 * largest and smallest values accepted, a wrong cell that drops its row, hidden cells, a mean and a median
 * side by side, and the rows of a former commune added to its commune nouvelle when one part's delay or
 * homes given are hidden. Small files written in the test; every expected row written by hand, compared
 * exactly (a figure the file does not give is absent, not undefined).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMappedDemand, type TableMapping } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'demandes-messages-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const HEAD = 'code;taille;demandes;mut_d;attrib;mut_a;delai;tension;anciens;tension T1';
const mapping = (more: Partial<TableMapping> = {}): TableMapping => ({
  label: 'le tableau d’essai',
  commune: { code: ['code'] },
  typology: { column: ['taille'] },
  hidden: ['s'],
  fields: {
    demandes: ['demandes'],
    demandes_mutation: ['mut_d'],
    attributions: ['attrib'],
    attributions_mutation: ['mut_a'],
    delai_moyen_mois: ['delai'],
    demandes_par_attribution: ['tension'],
    part_anciennete_5ans: ['anciens'],
    demandes_par_attribution_T1: ['tension T1'],
  },
  ...more,
});
const read = (p: string, communes: string[], m = mapping()) =>
  readMappedDemand(p, m, { display: 'demandes.csv', communes, millesime: 2023 });
const messages = (r: Awaited<ReturnType<typeof read>>) =>
  r.diagnostics.map((d) => [d.severity, d.line, d.column, d.message, d.hint]);

describe('the values accepted at the edges', () => {
  it('reads 1 000 000 demands, 600 months, a ratio of 0 and shares of 0 and 100 %', async () => {
    const p = file('bornes.csv', [HEAD, '63430;T1;1000000;0;4;0;600;0;0;9', '63430;T2;4;0;2;0; ;;100;']);
    const r = await read(p, ['63430']);
    expect(messages(r)).toEqual([]);
    // Column of « attrib »: « 63430;T1;1000000;0; » is 19 characters long.
    expect('hiddenBelow' in r).toBe(false);
    expect(r.rows.get('63430')?.get('T1')).toStrictEqual({
      line: 2,
      attributionsColumn: 20,
      pending: 1000000,
      pendingTransfers: 0,
      attributions: 4,
      attributionTransfers: 0,
      averageDelayMonths: 600,
      delayStatistic: 'moyenne',
      givenPressure: 0,
      longWaitShare: 0,
    });
    // A delay of spaces is an empty cell: no delay, not a hidden one.
    expect(r.rows.get('63430')?.get('T2')).toStrictEqual({
      line: 3,
      attributionsColumn: 14,
      pending: 4,
      pendingTransfers: 0,
      attributions: 2,
      attributionTransfers: 0,
      longWaitShare: 100,
    });
  });
});

describe('a wrong cell drops its row', () => {
  it('in a count, the delay or the ratio; hidden cells are kept as hidden', async () => {
    const p = file('cellules.csv', [
      HEAD,
      '63430;T1;s;2;1;0;;;;',
      '63430;T2;3;0;x;0;;;;',
      '63430;T3;3;0;1;0;x;;;',
      '63430;T4;3;0;1;0;s;s;;',
      '63430;T5+;3;0;1;0;;x;;',
    ]);
    const r = await read(p, ['63430']);
    const marks = 'marques permises : « s »';
    expect(messages(r)).toEqual([
      ['error', 3, 14, 'valeur « x » dans « attributions » : ni un nombre, ni une marque de secret', marks],
      ['error', 4, 18, 'valeur « x » dans « delai_moyen_mois » : ni un nombre, ni une marque de secret', marks],
      ['error', 6, 20, 'valeur « x » dans « demandes_par_attribution » : ni un nombre, ni une marque de secret', marks],
    ]);
    expect([...r.rows.get('63430')!.keys()]).toEqual(['T1', 'T4']);
    // Demands hidden, transfers given: nothing to compare.
    expect(r.rows.get('63430')?.get('T1')).toStrictEqual({
      line: 2,
      attributionsColumn: 14,
      pending: 'source',
      pendingTransfers: 2,
      attributions: 1,
      attributionTransfers: 0,
    });
    expect(r.rows.get('63430')?.get('T4')).toStrictEqual({
      line: 5,
      attributionsColumn: 14,
      pending: 3,
      pendingTransfers: 0,
      attributions: 1,
      attributionTransfers: 0,
      averageDelayMonths: 'source',
      delayStatistic: 'moyenne',
      givenPressure: 'source',
    });
  });

  it('in a ratio by size of a row without sizes', async () => {
    const m = mapping();
    delete m.typology;
    m.fields = { demandes: ['demandes'], attributions: ['attrib'], demandes_par_attribution_T1: ['tension T1'] };
    const p = file('tension-taille.csv', ['code;demandes;attrib;tension T1', '63430;4;1;x', '63125;4;1;']);
    const r = await read(p, ['63430', '63125'], m);
    expect(messages(r)).toEqual([
      [
        'error',
        2,
        11,
        'valeur « x » dans « demandes_par_attribution_T1 » : ni un nombre, ni une marque de secret',
        'marques permises : « s »',
      ],
    ]);
    expect(r.rows.get('63430')).toBeUndefined();
    expect(r.rows.get('63125')?.get('total')).toStrictEqual({
      line: 3,
      attributionsColumn: 9,
      pending: 4,
      pendingTransfers: 'source',
      attributions: 1,
      attributionTransfers: 'source',
    });
  });

  it('says that a mapping without demands cannot be read', async () => {
    const m = mapping();
    m.fields = { attributions: ['attrib'] };
    const p = file('sans-demandes.csv', [HEAD, '63430;T1;4;0;1;0;;;;']);
    const r = await read(p, ['63430'], m);
    expect(messages(r)).toEqual([
      [
        'error',
        1,
        1,
        'le tableau d’essai ne dit pas quelle colonne donne « demandes » (demandes en attente au 31 décembre)',
        'ajoutez « demandes: <titre de la colonne> » sous « fields » dans territory.yaml',
      ],
    ]);
  });
});

describe('a mean and a median in the same file', () => {
  it('reads the mean and leaves the median aside', async () => {
    const m = mapping();
    m.fields = {
      demandes: ['demandes'],
      attributions: ['attrib'],
      delai_moyen_mois: ['delai'],
      delai_median_mois: ['mediane'],
    };
    const p = file('moyenne-mediane.csv', ['code;taille;demandes;attrib;delai;mediane', '63430;T1;4;2;10;12']);
    const r = await read(p, ['63430'], m);
    expect(messages(r)).toEqual([]);
    expect(r.rows.get('63430')?.get('T1')).toStrictEqual({
      line: 2,
      attributionsColumn: 12,
      pending: 4,
      pendingTransfers: 'source',
      attributions: 2,
      attributionTransfers: 'source',
      averageDelayMonths: 10,
      delayStatistic: 'moyenne',
    });
  });
});

describe('a former commune added to its commune nouvelle', () => {
  it('hides the mean delay when one part’s delay or homes given are hidden or absent', async () => {
    const p = file('fusion-cachee.csv', [
      HEAD,
      '74010;T1;2;0;1;0;5;;;',
      '74011;T1;2;0;1;0;s;;;',
      '74010;T2;2;0;s;0;5;;;',
      '74011;T2;2;0;1;0;7;;;',
      '74010;T3;2;0;1;0;4;;;',
      '74011;T3;2;0;s;0;6;;;',
      '74010;T4;2;0;1;0;;;;',
      '74011;T4;2;0;1;0;7;;;',
      '74010;T5+;s;0;1;0;;;;',
      '74011;T5+;3;0;1;0;;;;',
    ]);
    const r = await read(p, ['74010']);
    expect(messages(r)).toEqual([
      ['info', 3, 1, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
      ['info', 5, 1, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
      ['info', 7, 1, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
      ['info', 9, 1, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
      ['info', 11, 1, 'code 74011 d’une ancienne commune : compté avec la commune actuelle 74010 Annecy', undefined],
    ]);
    const rows = r.rows.get('74010')!;
    const row = (line: number, more: object) => ({
      line,
      attributionsColumn: 14,
      pending: 4,
      pendingTransfers: 0,
      attributions: 2,
      attributionTransfers: 0,
      averageDelayMonths: 'source',
      delayStatistic: 'moyenne',
      ...more,
    });
    expect(rows.get('T1')).toStrictEqual(row(2, {}));
    expect(rows.get('T2')).toStrictEqual(row(4, { attributions: 'source' }));
    expect(rows.get('T3')).toStrictEqual(row(6, { attributions: 'source' }));
    expect(rows.get('T4')).toStrictEqual(row(8, {}));
    expect(rows.get('T5+')).toStrictEqual({
      line: 10,
      attributionsColumn: 15,
      pending: 'source',
      pendingTransfers: 0,
      attributions: 2,
      attributionTransfers: 0,
    });
  });

  it('gives no delay to the whole when either part has a median', async () => {
    const m = mapping();
    m.fields = { demandes: ['demandes'], attributions: ['attrib'], delai_median_mois: ['mediane'] };
    const p = file('fusion-mediane-une.csv', [
      'code;taille;demandes;attrib;mediane',
      '74010;T1;4;2;10',
      '74011;T1;4;2;',
      '74010;T2;4;2;',
      '74011;T2;4;2;20',
    ]);
    const r = await read(p, ['74010'], m);
    const whole = (line: number) => ({
      line,
      attributionsColumn: 12,
      pending: 8,
      pendingTransfers: 'source',
      attributions: 4,
      attributionTransfers: 'source',
    });
    expect(r.rows.get('74010')?.get('T1')).toStrictEqual(whole(2));
    expect(r.rows.get('74010')?.get('T2')).toStrictEqual(whole(4));
  });
});
