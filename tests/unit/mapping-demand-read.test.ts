/**
 * A demand table read with a declared mapping (src/lib/mapping/read-demand.ts): each figure checked cell by
 * cell with its own message, and the rows of a former commune added to its commune nouvelle. Small files
 * written in the test; expected values and messages written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMappedDemand, type TableMapping } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'demandes-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const HEAD = 'code;taille;demandes;mut_d;attrib;mut_a;delai;tension;anciens';
const mapping = (more: Partial<TableMapping> = {}): TableMapping => ({
  label: 'le tableau d’essai',
  commune: { code: ['code'] },
  typology: { column: ['taille'] },
  fields: {
    demandes: ['demandes'],
    demandes_mutation: ['mut_d'],
    attributions: ['attrib'],
    attributions_mutation: ['mut_a'],
    delai_moyen_mois: ['delai'],
    demandes_par_attribution: ['tension'],
    part_anciennete_5ans: ['anciens'],
  },
  ...more,
});
const read = (p: string, communes: string[], m = mapping()) =>
  readMappedDemand(p, m, { display: 'demandes.csv', communes, millesime: 2023 });

describe('each figure of a row', () => {
  it('reads a good row and the hidden cells', async () => {
    const p = file('bon.csv', [HEAD, '63430;T1;10;2;4;1;12,5;2,5;30', '63430;T2;4;s;2;s;s;s;s']);
    const r = await read(p, ['63430']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.hiddenBelow).toBeUndefined();
    expect(r.territory).toBeUndefined();
    expect(r.rows.get('63430')?.get('T1')).toMatchObject({
      pending: 10,
      pendingTransfers: 2,
      attributions: 4,
      attributionTransfers: 1,
      averageDelayMonths: 12.5,
      delayStatistic: 'moyenne',
      givenPressure: 2.5,
      longWaitShare: 30,
      line: 2,
    });
    expect(r.rows.get('63430')?.get('T2')).toMatchObject({
      pending: 4,
      pendingTransfers: 'source',
      attributions: 2,
      attributionTransfers: 'source',
      averageDelayMonths: 'source',
      givenPressure: 'source',
      longWaitShare: 'source',
      line: 3,
    });
  });

  it('says what is wrong with each cell, at its line, and keeps none of those rows', async () => {
    const p = file('faux.csv', [
      HEAD,
      '63430;T2;5;6;1;0;;;',
      '63430;T3;2000000;0;1;0;;;',
      '63430;T4;3;0;1,5;0;;;',
      '63430;T5+;-1;0;1;0;;;',
      '63125;T1;4;0;2;0;700;;',
      '63125;T2;4;0;2;0;-3;;',
      '63125;T3;4;0;2;0;;-1;',
      '63125;T4;4;0;2;0;;;101',
      '63125;T5+;4;0;2;3;;;',
    ]);
    const r = await read(p, ['63430', '63125']);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message, d.hint] as const);
    expect(errors).toEqual([
      [
        2,
        '« demandes_mutation » vaut 6, plus que le total 5',
        'les mutations font partie du total : vérifiez les deux colonnes',
      ],
      [
        3,
        'nombre trop grand « 2000000 » dans « demandes »',
        '1\u202f000\u202f000 au plus par commune et par typologie : vérifiez la cellule (chiffres en trop, mauvaise colonne)',
      ],
      [
        4,
        'nombre à virgule « 1,5 » dans « attributions »',
        'un nombre entier positif est attendu, ou une cellule masquée comme « s »',
      ],
      [
        5,
        'nombre négatif « -1 » dans « demandes »',
        'un nombre entier positif est attendu, ou une cellule masquée comme « s »',
      ],
      [6, 'délai « 700 » : nombre trop grand', 'un délai de 600 mois au plus est attendu (50 ans)'],
      [7, 'délai « -3 » : nombre négatif', 'un nombre de mois positif est attendu'],
      [8, '« -1 » dans « demandes_par_attribution » : nombre négatif', 'un nombre positif de demandes est attendu'],
      [
        9,
        '« 101 » dans « part_anciennete_5ans » : part hors de 0 à 100 %',
        'un pourcentage entre 0 et 100 est attendu',
      ],
      [
        10,
        '« attributions_mutation » vaut 3, plus que le total 2',
        'les mutations font partie du total : vérifiez les deux colonnes',
      ],
    ]);
    expect([...(r.rows.get('63430')?.keys() ?? [])]).toEqual([]);
    expect([...(r.rows.get('63125')?.keys() ?? [])]).toEqual([]);
  });

  it('reads a share of 1 as a percentage when the layout says so', async () => {
    const p = file('parts.csv', [HEAD, '63430;T1;10;0;4;0;;;0,17', '63430;T2;10;0;4;0;;;1,5']);
    const r = await read(p, ['63430'], mapping({ fractions: ['part_anciennete_5ans'] }));
    expect(r.rows.get('63430')?.get('T1')?.longWaitShare).toBe(17);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message, d.hint])).toEqual([
      [
        3,
        '« 1,5 » dans « part_anciennete_5ans » : part hors de 0 à 100 %',
        'une part entre 0 et 1 est attendue (0,17 pour 17 %)',
      ],
    ]);
  });

  it('reads the median when the layout gives no mean, and the ratios by size on a row without sizes', async () => {
    const m = mapping({ hiddenBelow: 10 });
    delete m.typology;
    m.fields = {
      demandes: ['demandes'],
      attributions: ['attrib'],
      delai_median_mois: ['mediane'],
      demandes_par_attribution_T1: ['tension T1'],
      demandes_par_attribution_T3: ['tension T3'],
    };
    const p = file('mediane.csv', [
      'code;demandes;attrib;mediane;tension T1;tension T3',
      '63430;40;5;18;6;s',
      '63125;4;1;-2;;',
    ]);
    const r = await read(p, ['63430', '63125'], m);
    expect(r.hiddenBelow).toBe(10);
    expect(r.rows.get('63430')?.get('total')).toMatchObject({
      pending: 40,
      pendingTransfers: 'source',
      attributions: 5,
      attributionTransfers: 'source',
      averageDelayMonths: 18,
      delayStatistic: 'mediane',
      givenPressureByTypology: { T1: 6, T3: 'source' },
    });
    expect(r.rows.get('63125')).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [3, '« -2 » dans « delai_median_mois » : nombre négatif'],
    ]);
  });
});

describe('the row of a former commune added to its commune nouvelle', () => {
  it('adds the counts and weights the mean delays by the homes given', async () => {
    const p = file('fusion.csv', [
      HEAD,
      '74010;T1;10;1;3;0;;2;20',
      '74011;T1;5;0;1;0;;3;40',
      '74010;T2;10;1;3;0;10;2;20',
      '74011;T2;5;s;1;0;20;3;40',
      '74010;T3;2;0;0;0;5;;',
      '74011;T3;2;0;0;0;7;;',
      '74010;T4;2;0;1;0;s;;',
      '74011;T4;2;0;1;0;8;;',
      '74010;T5+;2;0;1;0;4;;',
      '74011;T5+;2;0;s;0;;;',
    ]);
    const r = await read(p, ['74010']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const rows = r.rows.get('74010')!;
    expect([...r.rows.keys()]).toEqual(['74010']);
    const t1 = rows.get('T1')!;
    expect(t1).toMatchObject({ pending: 15, pendingTransfers: 1, attributions: 4, attributionTransfers: 0, line: 2 });
    expect('averageDelayMonths' in t1 || 'delayStatistic' in t1 || 'givenPressure' in t1 || 'longWaitShare' in t1).toBe(
      false,
    );
    expect(rows.get('T2')).toMatchObject({
      pending: 15,
      pendingTransfers: 'source',
      attributions: 4,
      averageDelayMonths: 12.5,
      delayStatistic: 'moyenne',
    });
    expect(rows.get('T3')).toMatchObject({ attributions: 0, averageDelayMonths: 'source', delayStatistic: 'moyenne' });
    expect(rows.get('T4')).toMatchObject({ attributions: 2, averageDelayMonths: 'source' });
    expect(rows.get('T5+')).toMatchObject({ attributions: 'source', averageDelayMonths: 'source' });
  });

  it('gives no delay to the whole when a part has a median', async () => {
    const m = mapping();
    m.fields = { demandes: ['demandes'], attributions: ['attrib'], delai_median_mois: ['mediane'] };
    const p = file('fusion-mediane.csv', ['code;taille;demandes;attrib;mediane', '74010;T1;4;2;10', '74011;T1;4;2;20']);
    const r = await read(p, ['74010'], m);
    const t1 = r.rows.get('74010')!.get('T1')!;
    expect(t1).toMatchObject({ pending: 8, attributions: 4 });
    expect('averageDelayMonths' in t1 || 'delayStatistic' in t1).toBe(false);
  });
});
