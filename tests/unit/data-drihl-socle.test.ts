/**
 * The DRIHL « socle de données demandes et attributions » read by its producer's rules: demands in choice 1
 * (never the total, which counts a demand once per commune it targets), the median delay, the producer's
 * demands per attribution for all sizes, T1 and T3, the share of demands filed 5 years ago or more, « - »
 * hidden below 10, Paris from its département row; titles matched by their stable start.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, readMappedDemand, resolveMapping } from '../../src/lib/mapping/index.ts';
import { publishDemandYears } from '../../src/lib/dataset/index.ts';
import { loadSolver } from '../../src/lib/indicators/index.ts';
import { findColumn, hintsOf, matchColumn } from '../../src/lib/mapping/header.ts';
import { drihlRows, drihlTitles, writeDrihlWorkbook, type DrihlRow } from '../helpers/drihl-workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'drihl-socle-'));
const mapping = PRESETS['drihl-socle'];
const communes = ['75056', '93051', '93015', '93032'];
const read = (path: string, millesime: number, members: string[] = communes) =>
  readMappedDemand(path, mapping, { display: 'socle.xlsx', communes: members, millesime });
const errorsOf = (r: Awaited<ReturnType<typeof read>>) => r.diagnostics.filter((d) => d.severity === 'error');

describe('titres de colonnes repérés par leur début', () => {
  const headers = [
    'Nombre total de demandes ciblant le territoire au 31/12/2024',
    'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2024',
    'Nombre de demandes pour une attribution',
    'Nombre de demandes pour une attribution - T1',
  ];

  it('un titre sans « * » ne désigne que la colonne de ce titre exact', () => {
    expect(findColumn(headers, ['Nombre de demandes pour une attribution'])).toBe(2);
    expect(findColumn(headers, ['nombre de demandes pour une attribution - t1'])).toBe(3);
    expect(findColumn(headers, ['Nombre de demandes ciblant le territoire en choix 1'])).toBe(-1);
  });

  it('un titre fini par « * » désigne la seule colonne qui commence ainsi', () => {
    expect(matchColumn(headers, ['Nombre de demandes ciblant le territoire en choix 1 au 31/12/*'])).toEqual({
      index: 1,
    });
    // Accents, case and apostrophes do not matter, as for exact titles.
    expect(findColumn(['Nombre d’attributions en 2025'], ["NOMBRE D'ATTRIBUTIONS EN *"])).toBe(0);
    expect(findColumn(headers, ['Rien de tel *', 'Nombre de demandes pour une attribution'])).toBe(2);
  });

  it('un début commun à deux colonnes est ambigu, jamais deviné', () => {
    expect(matchColumn(headers, ['Nombre de demandes pour une attribution*'])).toEqual({
      index: -1,
      ambiguous: {
        text: 'Nombre de demandes pour une attribution*',
        headers: ['Nombre de demandes pour une attribution', 'Nombre de demandes pour une attribution - T1'],
      },
    });
    expect(findColumn(headers, ['Nombre de demandes pour une attribution*'])).toBe(-1);
  });

  it('un début de titre ne sert pas à trouver la ligne des titres', () => {
    expect(hintsOf(['Code', 'Nombre d’attributions en *'])).toEqual(['Code']);
  });
});

describe('socle de la DRIHL', () => {
  let r2024: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    const p = join(dir, 'socle_demandes_attributions_2024.xlsx');
    await writeDrihlWorkbook(p, 2024);
    r2024 = await read(p, 2024);
  });

  it('lit les demandes en choix 1, les attributions, le délai médian, la tension donnée et l’ancienneté', () => {
    expect(errorsOf(r2024)).toEqual([]);
    expect(r2024.hiddenBelow).toBe(10);
    expect([...r2024.rows.keys()].sort()).toEqual(['75056', '93015', '93032', '93051']);
    const noisy = r2024.rows.get('93051')!;
    expect([...noisy.keys()]).toEqual(['total']);
    // 4 210 demands in choice 1, not the 9 000 of the total column.
    expect(noisy.get('total')).toEqual({
      line: 12,
      attributionsColumn: 7,
      pending: 4210,
      pendingTransfers: 'source',
      attributions: 312,
      attributionTransfers: 'source',
      averageDelayMonths: 38.4,
      delayStatistic: 'mediane',
      givenPressure: 13.5,
      givenPressureByTypology: { T1: 21.2, T3: 11.8 },
      longWaitShare: 23.6,
    });
  });

  it('le territoire n’a pas pour délai une moyenne des médianes de ses communes', async () => {
    const solver = await loadSolver();
    const r = publishDemandYears([{ millesime: 2024, rows: r2024.rows }], communes, { threshold: 10, solver });
    const table = r.tables['2024']!;
    // 93051 gives its own median (38,4 months, 312 households): published as read.
    expect(table.communes['93051']!.total.averageDelayMonths).toBe(38.4);
    // Without the territory's own row, nothing in the file is the territory's median: no figure.
    expect(table.territory.total.averageDelayMonths).toEqual({ masked: 'source' });
  });

  it('le délai médian du territoire est celui de sa ligne EPT, lue par son SIREN', async () => {
    const p = join(dir, 'socle_demandes_attributions_2024.xlsx');
    const own = await readMappedDemand(p, mapping, {
      display: 'socle.xlsx',
      communes,
      millesime: 2024,
      territoryCode: '200058790',
    });
    expect(errorsOf(own)).toEqual([]);
    // The EPT row of Grand Paris Grand Est: 30 100 demands in choice 1, 2 110 attributions, median 35 months.
    expect(own.territory).toMatchObject({
      pending: 30_100,
      attributions: 2_110,
      averageDelayMonths: 35,
      delayStatistic: 'mediane',
    });
    // It is not a commune: the communes read are the same as without the SIREN.
    expect([...own.rows.keys()].sort()).toEqual(['75056', '93015', '93032', '93051']);
    // The EPCI row (Métropole du Grand Paris) has another SIREN: never taken for this territory.
    const other = await readMappedDemand(p, mapping, {
      display: 'socle.xlsx',
      communes,
      millesime: 2024,
      territoryCode: '200054781',
    });
    expect(other.territory).toMatchObject({ averageDelayMonths: 41 });
    const solver = await loadSolver();
    const r = publishDemandYears([{ millesime: 2024, rows: own.rows, territory: own.territory }], communes, {
      threshold: 10,
      solver,
    });
    expect(r.tables['2024']!.territory.total.averageDelayMonths).toBe(35);
    // No size has a median of its own in this file.
    expect(r.tables['2024']!.territory.T3.averageDelayMonths).toEqual({ masked: 'source' });
  });

  it('« - » est une valeur cachée par la source, jamais 0 ; les tailles non données restent absentes', () => {
    expect(r2024.rows.get('93015')!.get('total')).toEqual({
      line: 13,
      attributionsColumn: 7,
      pending: 45,
      pendingTransfers: 'source',
      attributions: 'source',
      attributionTransfers: 'source',
      averageDelayMonths: 'source',
      delayStatistic: 'mediane',
      givenPressure: 'source',
      givenPressureByTypology: { T1: 'source', T3: 'source' },
      longWaitShare: 31,
    });
    expect(r2024.rows.get('93032')!.get('total')).toMatchObject({
      pending: 1875,
      attributions: 96,
      averageDelayMonths: 41,
      givenPressure: 19.5,
      givenPressureByTypology: { T1: 'source', T3: 16 },
      longWaitShare: 29,
    });
  });

  it('Paris est lu sur la ligne du département 75, pas sur sa ligne communale ni ses arrondissements', () => {
    expect(r2024.rows.get('75056')!.get('total')).toEqual({
      line: 5,
      attributionsColumn: 7,
      pending: 265_400,
      pendingTransfers: 'source',
      attributions: 10_240,
      attributionTransfers: 'source',
      averageDelayMonths: 59.2,
      delayStatistic: 'mediane',
      givenPressure: 25.9,
      givenPressureByTypology: { T1: 38.5, T3: 22.1 },
      longWaitShare: 34.7,
    });
    // No duplicate-row error, no merge of the arrondissements (a median cannot be added).
    expect(r2024.diagnostics).toEqual([]);
  });

  it('hors de Paris, la ligne du département 75 ne compte pour aucune commune', async () => {
    const p = join(dir, 'socle-93.xlsx');
    await writeDrihlWorkbook(p, 2024);
    const r = await read(p, 2024, ['93051']);
    expect(errorsOf(r)).toEqual([]);
    expect([...r.rows.keys()]).toEqual(['93051']);
  });

  it('le millésime 2025 a d’autres années dans ses titres : même lecture', async () => {
    const p = join(dir, 'socle_demandes_attributions_2025.xlsx');
    await writeDrihlWorkbook(p, 2025);
    const r = await read(p, 2025);
    expect(errorsOf(r)).toEqual([]);
    expect(r.rows.get('93051')!.get('total')).toEqual(r2024.rows.get('93051')!.get('total'));
    expect(r.rows.get('75056')!.get('total')).toMatchObject({ pending: 265_400, averageDelayMonths: 59.2 });
  });

  it('deux colonnes qui commencent par le même titre daté : une erreur à la ligne des titres, rien n’est lu', async () => {
    const titles = drihlTitles(2024);
    titles[4] = 'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2023';
    const p = join(dir, 'socle-ambigu.xlsx');
    await writeDrihlWorkbook(p, 2024, drihlRows(), titles);
    const r = await read(p, 2024);
    expect(r.rows.size).toBe(0);
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        message:
          'plusieurs colonnes commencent par « Nombre de demandes ciblant le territoire en choix 1 au 31/12/ » : ' +
          '« Nombre de demandes ciblant le territoire en choix 1 au 31/12/2023 » et ' +
          '« Nombre de demandes ciblant le territoire en choix 1 au 31/12/2024 »',
      }),
    ]);
  });

  it('sans colonne des demandes en choix 1, la colonne du total n’est pas prise à sa place', async () => {
    const titles = drihlTitles(2024);
    titles[5] = 'Demandes';
    const p = join(dir, 'socle-sans-choix1.xlsx');
    await writeDrihlWorkbook(p, 2024, drihlRows(), titles);
    const r = await read(p, 2024);
    expect(r.rows.size).toBe(0);
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringMatching(
          /^colonne « Nombre de demandes ciblant le territoire en choix 1 au 31\/12\/\* » introuvable/,
        ),
      }),
    ]);
  });

  it('une part d’ancienneté au-delà de 100 % est une erreur placée', async () => {
    const rows = drihlRows().map((row): DrihlRow => {
      if (row[1] !== '93051') return row;
      const [level, code, name, ...figures] = row;
      return [level, code, name, ...figures.slice(0, -1), 1.4];
    });
    const p = join(dir, 'socle-part.xlsx');
    await writeDrihlWorkbook(p, 2024, rows);
    const r = await read(p, 2024);
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        line: 12,
        column: 12,
        message: '« 1.4 » dans « part_anciennete_5ans » : part hors de 0 à 100 %',
        hint: 'une part entre 0 et 1 est attendue (0,17 pour 17 %)',
      }),
    ]);
    expect(r.rows.has('93051')).toBe(false);
  });
});

describe('statistique du délai', () => {
  it('le tableau du projet donne un délai moyen', async () => {
    const p = join(dir, 'demandes.csv');
    writeFileSync(
      p,
      'millesime;code_commune;nom_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois\n' +
        '2022;63430;Thiers;T2;40;10;12;3;7,5\n',
    );
    const r = await readMappedDemand(p, PRESETS['demande-projet'], {
      display: 'demandes.csv',
      communes: ['63430'],
      millesime: 2022,
    });
    expect(errorsOf(r)).toEqual([]);
    expect(r.hiddenBelow).toBeUndefined();
    expect(r.rows.get('63430')!.get('T2')).toMatchObject({ averageDelayMonths: 7.5, delayStatistic: 'moyenne' });
    expect(r.rows.get('63430')!.get('T2')!.givenPressure).toBeUndefined();
  });

  it('une médiane ne s’additionne pas : la commune nouvelle faite de deux lignes n’a pas de délai', async () => {
    const m = resolveMapping(
      undefined,
      {
        commune: { code: 'Code' },
        fields: { demandes: 'Demandes', attributions: 'Attributions', delai_median_mois: 'Délai médian' },
      },
      undefined,
    );
    // 93059 Pierrefitte-sur-Seine joined 93066 Saint-Denis on 1 January 2025.
    const p = join(dir, 'fusion.csv');
    writeFileSync(p, 'Code;Demandes;Attributions;Délai médian\n93066;100;20;30\n93059;50;10;20\n');
    const r = await readMappedDemand(p, m, { display: 'fusion.csv', communes: ['93066'], millesime: 2024 });
    expect(errorsOf(r)).toEqual([]);
    const row = r.rows.get('93066')!.get('total')!;
    expect(row).toMatchObject({ pending: 150, attributions: 30 });
    expect(row.averageDelayMonths).toBeUndefined();
    expect(row.delayStatistic).toBeUndefined();
  });
});
