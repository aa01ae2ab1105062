import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDemand } from '../../src/lib/demand/index.ts';

const csv = resolve('tests/fixtures/data/territories/petit-territoire/sources/demandes-2022.csv');
const communes = ['63430', '63125', '63008'];

describe('tableau des demandes', () => {
  it('lit les comptes, garde masquées les cellules masquées et ignore les autres millésimes', async () => {
    const r = await readDemand(csv, { display: 'demandes.csv', communes, millesime: 2022 });
    expect(r.diagnostics).toEqual([]);
    expect(r.rows.get('63430')!.get('T1')).toMatchObject({
      pending: 40,
      pendingTransfers: 10,
      attributions: 6,
      attributionTransfers: 1,
      averageDelayMonths: 4.5,
      line: 2,
    });
    expect(r.rows.get('63125')!.get('T3')).toMatchObject({
      pending: 'source',
      pendingTransfers: 'source',
      attributions: 4,
    });
    expect(r.rows.get('63125')!.get('T4')!.averageDelayMonths).toBeUndefined();
    expect(r.rows.has('63008')).toBe(false);
  });

  it('lit le même tableau depuis un classeur XLSX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demand-'));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Export SNE');
    sheet.addRow(['Demandes et attributions, export du fichier partagé']);
    for (const line of readFileSync(csv, 'utf8').trim().split('\n')) {
      sheet.addRow(line.split(';').map((v, i) => (i >= 4 && /^\d+(,\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v)));
    }
    const file = join(dir, 'demandes.xlsx');
    await wb.xlsx.writeFile(file);
    const fromXlsx = await readDemand(file, {
      display: 'demandes.xlsx',
      communes,
      millesime: 2022,
      sheet: 'Export SNE',
    });
    const fromCsv = await readDemand(csv, { display: 'demandes.csv', communes, millesime: 2022 });
    expect(fromXlsx.diagnostics).toEqual([]);
    const strip = (m: typeof fromCsv.rows) =>
      JSON.stringify(
        [...m].map(([c, t]) => [c, [...t].map(([k, v]) => [k, { ...v, line: 0, attributionsColumn: 0 }])]),
      );
    expect(strip(fromXlsx.rows)).toBe(strip(fromCsv.rows));
  });

  it('refuse une typologie inconnue en donnant les valeurs permises', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demand-'));
    const file = join(dir, 'd.csv');
    writeFileSync(
      file,
      'millesime;code_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation\n2022;63430;T6;4;0;1;0\n',
    );
    const r = await readDemand(file, { display: 'd.csv', communes, millesime: 2022 });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 12,
        severity: 'error',
        message: 'typologie « T6 » inconnue',
        hint: 'attendu : une valeur parmi T1, T2, T3, T4, T5+. Schéma tableau-demandes, colonne typologie : type string, required, enum T1 T2 T3 T4 T5+',
      }),
    );
  });

  it('nomme les colonnes absentes même quand aucune ligne ne ressemble à des titres connus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demand-'));
    const file = join(dir, 'd.csv');
    writeFileSync(
      file,
      'annee;commune;taille;demandes;demandes_mutation;attributions;attributions_mutation\n2022;63430;T1;4;0;1;0\n',
    );
    const r = await readDemand(file, { display: 'd.csv', communes, millesime: 2022 });
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'colonne « millesime » absente (année des chiffres) : le fichier ne suit pas le tableau des demandes'],
      [
        1,
        'colonne « code_commune » absente (code INSEE de la commune) : le fichier ne suit pas le tableau des demandes',
      ],
      [
        1,
        'colonne « typologie » absente (taille du logement demandé ou attribué) : le fichier ne suit pas le tableau des demandes',
      ],
    ]);
  });
});
