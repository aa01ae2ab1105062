/**
 * Every count of the raw RPLS stock, read from a small file written here: the expected numbers are counted by
 * hand from the rows below, never with src/lib. Together with data-rpls.test.ts, these are the tests that
 * kill the mutants of src/lib/rpls (npm run test:mutation).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStock, emptyStock, readRpls } from '../../src/lib/rpls/index.ts';

const HEADER = 'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE';
const ROWS = [
  '93066;3;60;1990;C;13;C;', // T3, 60 m², 1979-2007, PLUS, C, hors QPV
  '93066;3;70,5;1975;I;10;A;QN09301M', // T3, 70,5 m², avant 1979, PLAI, A, en QPV
  '93066;1;25;2010;E;14;;', // T1, 25 m², depuis 2008, PLS, inconnue
  '93066;2;0;2020;C;16;G;', // T2, surface 0 : pas dans la surface moyenne
  '93066;6;;1960;C;99;X;', // T5+, sans surface, avant 1979, anciens, inconnue
  '93001;3;50;1990;C;13;C;', // Aubervilliers, hors du territoire : ignoré
];

function rplsFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rpls-chiffres-')), 'rpls.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('RPLS : chaque compte du parc, compté à la main', () => {
  it('tailles, surfaces, types, périodes, financements, étiquettes et QPV', async () => {
    const r = await readRpls(rplsFile([HEADER, ...ROWS]), { display: 'rpls.csv', communes: ['93066'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.rows).toBe(6);
    expect(r.kept).toBe(5);
    expect(Object.fromEntries(r.stock)).toEqual({
      '93066': {
        total: 5,
        byTypology: { T1: 1, T2: 1, T3: 2, T4: 0, 'T5+': 1 },
        byBuildingKind: { collectif: 3, individuel: 1, etudiant: 1 },
        byPeriod: { 'avant-1979': 2, '1979-2007': 1, 'depuis-2008': 2, inconnue: 0 },
        byFinancing: { PLAI: 1, PLUS: 1, PLS: 1, PLI: 1, anciens: 1, autre: 0 },
        byEnergyLabel: { A: 1, B: 0, C: 1, D: 0, E: 0, F: 0, G: 1, inconnu: 2 },
        qpv: { inside: 1, outside: 4 },
        surfaceSum: { T1: 25, T2: 0, T3: 130.5, T4: 0, 'T5+': 0 },
        surfaceCount: { T1: 1, T2: 0, T3: 2, T4: 0, 'T5+': 0 },
      },
    });
  });

  it('une colonne « nb_logements » compte chaque ligne autant de fois', async () => {
    const r = await readRpls(
      rplsFile([
        `${HEADER};nb_logements`,
        '93066;3;60;1990;C;13;C;;4',
        '93066;1;20;2010;E;14;;QN09301M;2',
        '93066;2;;1970;I;50;B;;0',
      ]),
      { display: 'rpls.csv', communes: ['93066'] },
    );
    expect(r.diagnostics).toEqual([]);
    const s = r.stock.get('93066')!;
    expect(s.total).toBe(6);
    expect(s.byTypology).toEqual({ T1: 2, T2: 0, T3: 4, T4: 0, 'T5+': 0 });
    expect(s.surfaceSum).toEqual({ T1: 20, T2: 0, T3: 60, T4: 0, 'T5+': 0 });
    expect(s.surfaceCount).toEqual({ T1: 2, T2: 0, T3: 4, T4: 0, 'T5+': 0 });
    expect(s.byFinancing).toEqual({ PLAI: 0, PLUS: 4, PLS: 2, PLI: 0, anciens: 0, autre: 0 });
    expect(s.qpv).toEqual({ inside: 2, outside: 4 });
  });

  it.each(['-1', '1,5', 'deux', ''])('un nombre de logements « %s » est une erreur à sa place', async (nb) => {
    const r = await readRpls(rplsFile([`${HEADER};nb`, '93066;3;60;1990;C;13;C;;1', `93066;3;60;1990;C;13;C;;${nb}`]), {
      display: 'rpls.csv',
      communes: ['93066'],
    });
    expect(r.diagnostics).toEqual([
      {
        file: 'rpls.csv',
        line: 3,
        // « 93066;3;60;1990;C;13;C;; » fait 24 caractères : le nombre commence au 25e.
        column: 25,
        severity: 'error',
        message: `nombre de logements « ${nb} » incorrect`,
        hint: 'un nombre entier positif est attendu',
      },
    ]);
    expect(r.stock.get('93066')!.total).toBe(1);
  });

  it('additionne deux parcs compte par compte (total du territoire)', () => {
    const a = emptyStock();
    const b = emptyStock();
    a.total = 3;
    a.surfaceSum.T2 = 100;
    a.surfaceCount.T2 = 2;
    a.byPeriod['avant-1979'] = 1;
    b.total = 2;
    b.surfaceSum.T2 = 45.5;
    b.surfaceCount.T2 = 1;
    b.byPeriod['avant-1979'] = 4;
    b.byEnergyLabel.D = 2;
    b.qpv.inside = 1;
    b.qpv.outside = 1;
    const sum = addStock(a, b);
    expect(sum).toBe(a);
    expect(sum.total).toBe(5);
    expect(sum.surfaceSum.T2).toBe(145.5);
    expect(sum.surfaceCount.T2).toBe(3);
    expect(sum.byPeriod['avant-1979']).toBe(5);
    expect(sum.byEnergyLabel.D).toBe(2);
    expect(sum.qpv).toEqual({ inside: 1, outside: 1 });
  });
});
