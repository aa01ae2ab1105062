/**
 * Sources in other layouts, read into the figures by buildFigures (src/lib/dataset/sources.ts): a demand
 * table described by its own mapping, a workbook sheet named in territory.yaml, the SDES indicators of the
 * territory in long format, a positioning table whose mapping renames two columns. Figures counted by hand.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFigures } from '../../src/lib/dataset/index.ts';
import type { Progress } from '../../src/lib/sources/index.ts';
import { source, territoryYaml, writeTerritory } from '../helpers/dataset-territory.ts';

const A = '30003',
  B = '30133';

describe('un tableau des demandes décrit par sa propre correspondance', () => {
  it('lit ses colonnes, sans colonne d’année : tout est du millésime listé', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(
        source('demande', 'export.csv', 2023, [
          'mapping:',
          '  commune: { code: Code }',
          '  typology: { column: Taille }',
          '  fields:',
          '    demandes: Demandes',
          '    attributions: Attributions',
          '    delai_moyen_mois: Délai',
        ]),
      ),
      'sources/export.csv': ['Code;Taille;Demandes;Attributions;Délai', `${A};T1;20;6;4`, `${B};T2;12;5;8`].join('\n'),
    });
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    const y = r.figures!.demand['2023']!;
    expect(y.communes[A]!.T1).toMatchObject({ pending: 20, attributions: 6, averageDelayMonths: 4, waitingMonths: 40 });
    expect(y.communes[B]!.T2).toMatchObject({ pending: 12, attributions: 5, averageDelayMonths: 8 });
    // Transfers not given: never 0, hidden by the source.
    expect(y.territory.total.pendingTransfers).toEqual({ masked: 'source' });
  });

  it('lit la feuille nommée d’un classeur, et suit la lecture', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('demande', 'demandes.xlsx', 2023, ['sheet: Données'])),
      'sources/x': '',
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Lisez-moi']);
    const s = wb.addWorksheet('Données');
    s.addRow([
      'millesime',
      'code_commune',
      'nom_commune',
      'typologie',
      'demandes',
      'demandes_mutation',
      'attributions',
      'attributions_mutation',
      'delai_moyen_mois',
    ]);
    s.addRow([2023, A, 'Aigues-Mortes', 'T3', 30, 3, 10, 1, 9]);
    await wb.xlsx.writeFile(join(territory.dir, 'sources/demandes.xlsx'));
    const seen: [string, Progress][] = [];
    const r = await buildFigures(territory, { onProgress: (file, p) => seen.push([file, p]) });
    expect(r.diagnostics).toEqual([]);
    expect(r.figures!.demand['2023']!.communes[A]!.T3).toMatchObject({
      pending: 30,
      attributions: 10,
      waitingMonths: 36,
    });
    expect(r.figures!.demand['2023']!.territory.total).toMatchObject({
      // 3 and 1 transfers: fewer than 5.
      pendingTransfers: { masked: 'small' },
      attributionTransfers: { masked: 'small' },
    });
    for (const [file] of seen) expect(file).toBe(join(territory.dir, 'sources/demandes.xlsx'));
  });
});

describe('les indicateurs du SDES par territoire, en format long', () => {
  it('lit les lignes du SIREN du territoire, « Ensemble du parc »', async () => {
    const header = 'TypeZone;Zone;CodeZone;Variable;Indicateur;Valeur;Pourcent;SousEnsemble;Valeur_2022';
    const line = (code: string, variable: string, value: string, before: string, subset = 'Ensemble du parc') =>
      `EPCI;Camargue;${code};${variable};x;${value};;${subset};${before}`;
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(
        source('indicateurs', 'long.csv', 2023, ['preset: sdes-indicateurs-territoires']),
      ),
      'sources/long.csv': [
        header,
        line('243000650', 'taux_mobilite', '9,44', '8,1'),
        line('243000650', 'taux_vacance', '2,06', '2'),
        line('243000650', 'taux_vacance_3mois', '1,04', '1'),
        line('243000650', 'loyer_m2', '5,557', '5,4'),
        line('243000650', 'parc_hlm', '500', '490'),
        line('243000650', 'taux_mobilite', '50', '50', 'Parc récent'),
        line('200070712', 'taux_mobilite', '70', '70'),
      ].join('\n'),
    });
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    expect(r.figures!.turnover!['2023']).toEqual({
      communes: {},
      territory: {
        mobilityRate: 9.4,
        vacancyRate: 2.1,
        longVacancyRate: 1,
        rentPerM2: 5.56,
        history: [{ year: 2022, mobilityRate: 8.1, vacancyRate: 2, longVacancyRate: 1, rentPerM2: 5.4 }],
      },
    });
  });
});

describe('un positionnement du préréglage dont la correspondance change des titres', () => {
  it('lit les colonnes renommées et publie ses tranches', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('demande', 'd.csv', 2023),
        ...source('positionnement', 'p.csv', 2023, [
          'preset: positionnement-projet',
          'mapping:',
          '  fields:',
          '    demandes_en_attente: Demandes',
          '    attributions: Logés',
        ]),
      ]),
      'sources/d.csv':
        'millesime;code_commune;nom_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois\n' +
        `2023;${A};A;T1;40;0;20;0;5\n`,
      'sources/p.csv': [
        'millesime;code_commune;typologie;points_min;points_max;Demandes;Logés',
        '2023;territoire;T1;0;99;25;10',
        '2023;territoire;T1;100;;15;10',
      ].join('\n'),
    });
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    expect(r.figures!.positioning).toEqual({
      millesime: 2023,
      sizes: {
        T1: {
          pending: [
            { min: 0, max: 99, count: 25 },
            { min: 100, max: null, count: 15 },
          ],
          attributions: [
            { min: 0, max: 99, count: 10 },
            { min: 100, max: null, count: 10 },
          ],
        },
      },
    });
  });
});
