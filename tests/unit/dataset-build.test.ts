/**
 * The figures of a territory built in-process from its sources (src/lib/dataset buildFigures, buildDataset):
 * a small territory written here (CC Terre de Camargue, 3 communes), every expected figure counted by hand
 * from the rows written in the test.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDataset,
  buildFigures,
  datasetSchemaErrors,
  parseDatasetFile,
  sourceLabel,
  type DatasetFigures,
} from '../../src/lib/dataset/index.ts';
import type { Diagnostic } from '../../src/lib/diagnostics/index.ts';
import type { Territory } from '../../src/lib/territory/index.ts';
import { demandCsv, rplsCsv, source, territoryYaml, writeTerritory } from '../helpers/dataset-territory.ts';
import { writeSdesWorkbook } from '../helpers/sdes-workbook.ts';

const A = '30003',
  B = '30133',
  C = '30276';
const small = { masked: 'small' };
const secondary = { masked: 'secondary' };
const errors = (d: Diagnostic[]) => d.filter((x) => x.severity === 'error');
/** Line of the first `sources:` entry in territoryYaml without extra settings. */
const FIRST = 24;

describe('libellé de chaque source', () => {
  it('dit la sorte de fichier et son millésime', () => {
    expect(sourceLabel('rpls', 2023)).toBe('RPLS au 1er janvier 2023');
    expect(sourceLabel('demande', 2022)).toBe('demandes au 31 décembre 2022 et attributions de l’année 2022');
    expect(sourceLabel('indicateurs', 2024)).toBe('résultats RPLS 2024 du SDES : mobilité, vacance et loyers');
    expect(sourceLabel('positionnement', 2021)).toBe(
      'points des demandes au 31 décembre 2021 et des ménages logés en 2021',
    );
  });
});

describe('un territoire de deux millésimes de logements et de demandes', () => {
  let territory: Territory;
  beforeAll(async () => {
    territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('demande', 'demandes-2023.csv', 2023, ['origin: SNE']),
        ...source('rpls', 'rpls-2023.csv', 2023),
        ...source('rpls', 'rpls-2022.csv', 2022),
        ...source('demande', 'demandes-2022.csv', 2022),
      ]),
      'sources/rpls-2023.csv': rplsCsv([
        { code: A, rooms: 1, kind: 'I', surface: '30,0', year: '1970', financing: '10', dpe: 'A', qpv: '1' },
        { code: A, rooms: 2, surface: '50,0', year: '1990', financing: '13', dpe: 'B' },
        { code: A, rooms: 2, surface: '60,0', year: '2010', financing: '14', dpe: '' },
        { code: B, rooms: 3, kind: 'E', surface: '70,0', year: '2008', financing: '16', dpe: 'G', qpv: '1' },
        { code: B, rooms: 6, surface: '100,0', year: '', financing: '52', dpe: 'Z' },
      ]),
      'sources/rpls-2022.csv': rplsCsv([{ code: A, rooms: 1 }]),
      'sources/demandes-2023.csv': demandCsv(2023, [
        [A, 'T1', 20, 2, 6, 1, '4'],
        [A, 'T2', 30, 3, 10, 1, '6'],
        [A, 'T3', 10, 0, 0, 0, ''],
        [B, 'T1', 8, 0, 5, 0, '3'],
        [B, 'T2', 12, 1, 5, 0, '8'],
        [C, 'T1', 6, 0, 2, 0, '12'],
      ]),
      'sources/demandes-2022.csv': demandCsv(2022, [
        [A, 'T1', 16, 0, 8, 0, '5'],
        [A, 'T2', 24, 0, 12, 0, '7'],
        [B, 'T1', 10, 0, 5, 0, '2'],
        [B, 'T2', 10, 0, 5, 0, '9'],
      ]),
    });
  });
  /**
   * Built again in each test, not once in beforeAll: Stryker only counts the code a test runs itself as
   * covered by it, and would not run these assertions against the mutants of the build.
   */
  const main = async (): Promise<{ figures: DatasetFigures; diagnostics: Diagnostic[]; progress: string[] }> => {
    const progress: string[] = [];
    const r = await buildFigures(territory, {
      displayRoot: join(territory.dir, '..'),
      onProgress: (file) => progress.push(file),
    });
    return { figures: r.figures!, diagnostics: r.diagnostics, progress };
  };

  it('construit sans message, millésimes rangés du plus ancien au plus récent', async () => {
    const { figures, diagnostics } = await main();
    expect(diagnostics).toEqual([]);
    expect(figures.millesimes).toEqual({ stock: [2022, 2023], demand: [2022, 2023] });
    expect(figures.secrecy.threshold).toBe(5);
    expect(figures.secrecy.maskStockCounts).toBe(false);
    expect(figures.turnover).toBeUndefined();
    expect(figures.positioning).toBeUndefined();
    expect(figures.delayStatistics).toBeUndefined();
  });

  it('liste les sources dans l’ordre de territory.yaml, avec leur libellé et leur origine', async () => {
    const { figures } = await main();
    expect(figures.sources).toEqual([
      {
        kind: 'demande',
        millesime: 2023,
        file: 'demandes-2023.csv',
        label: 'demandes au 31 décembre 2023 et attributions de l’année 2023',
        origin: 'SNE',
      },
      { kind: 'rpls', millesime: 2023, file: 'rpls-2023.csv', label: 'RPLS au 1er janvier 2023' },
      { kind: 'rpls', millesime: 2022, file: 'rpls-2022.csv', label: 'RPLS au 1er janvier 2022' },
      {
        kind: 'demande',
        millesime: 2022,
        file: 'demandes-2022.csv',
        label: 'demandes au 31 décembre 2022 et attributions de l’année 2022',
      },
    ]);
  });

  it('publie les logements de chaque commune tels quels, par taille, sorte, époque, financement, DPE et QPV', async () => {
    const { figures } = await main();
    const s = figures.stock['2023']!;
    expect(s.communes[A]).toEqual({
      total: 3,
      byTypology: { T1: 1, T2: 2, T3: 0, T4: 0, 'T5+': 0 },
      byBuildingKind: { collectif: 2, individuel: 1, etudiant: 0 },
      byPeriod: { 'avant-1979': 1, '1979-2007': 1, 'depuis-2008': 1, inconnue: 0 },
      byFinancing: { PLAI: 1, PLUS: 1, PLS: 1, PLI: 0, anciens: 0, autre: 0 },
      byEnergyLabel: { A: 1, B: 1, C: 0, D: 0, E: 0, F: 0, G: 0, inconnu: 1 },
      qpv: { inside: 1, outside: 2 },
      averageSurface: { T1: 30, T2: 55, T3: null, T4: null, 'T5+': null },
    });
    expect(s.communes[B]!.byTypology).toEqual({ T1: 0, T2: 0, T3: 1, T4: 0, 'T5+': 1 });
    expect(s.communes[C]!.total).toBe(0);
    expect(s.territory).toEqual({
      total: 5,
      byTypology: { T1: 1, T2: 2, T3: 1, T4: 0, 'T5+': 1 },
      byBuildingKind: { collectif: 3, individuel: 1, etudiant: 1 },
      byPeriod: { 'avant-1979': 1, '1979-2007': 1, 'depuis-2008': 2, inconnue: 1 },
      byFinancing: { PLAI: 1, PLUS: 1, PLS: 1, PLI: 1, anciens: 1, autre: 0 },
      byEnergyLabel: { A: 1, B: 1, C: 0, D: 0, E: 0, F: 0, G: 1, inconnu: 2 },
      qpv: { inside: 2, outside: 3 },
      averageSurface: { T1: 30, T2: 55, T3: 70, T4: null, 'T5+': 100 },
    });
    expect(figures.stock['2022']!.territory.total).toBe(1);
    expect(figures.stock['2022']!.communes[A]!.byTypology.T1).toBe(1);
  });

  it('publie les demandes, les attributions, le délai, l’attente et la tension comptés à la main', async () => {
    const { figures } = await main();
    const a = figures.demand['2023']!.communes[A]!;
    // 20 demandes, 6 attributions : 20 × 12 ÷ 6 = 40 mois, 20 ÷ 6 = 3,3 ; en 2022, 16 et 8.
    expect(a.T1).toEqual({
      pending: 20,
      attributions: 6,
      averageDelayMonths: 4,
      waitingMonths: 40,
      pressure: 3.3,
      pendingChange: 4,
      attributionsChange: -2,
    });
    // 60 demandes, 16 attributions : 45 mois, 3,75 → 3,8 ; délai (6 × 4 + 10 × 6) ÷ 16 = 5,25 → 5,3.
    expect(a.total).toEqual({
      pending: 60,
      attributions: 16,
      averageDelayMonths: 5.3,
      waitingMonths: 45,
      pressure: 3.8,
      pendingChange: 20,
      attributionsChange: -4,
    });
    // A size without attributions: no delay, no wait, no pressure.
    expect(a.T3).toEqual({
      pending: 10,
      attributions: 0,
      averageDelayMonths: null,
      waitingMonths: null,
      pressure: null,
      pendingChange: 10,
      attributionsChange: 0,
    });
    const y2022 = figures.demand['2022']!;
    expect(y2022.communes[A]!.T1.pendingChange).toBeNull();
    // (8 × 5 + 12 × 7 + 5 × 2 + 5 × 9) ÷ 30 = 179 ÷ 30 = 5,97 → 6.
    expect(y2022.territory.total).toMatchObject({
      pending: 60,
      pendingTransfers: 0,
      attributions: 30,
      attributionTransfers: 0,
      averageDelayMonths: 6,
      waitingMonths: 24,
      pressure: 2,
    });
    expect(y2022.communes[C]!.total.pending).toBe(0);
  });

  it('cache les petits nombres et ceux qui permettraient de les retrouver, et dit le délai caché en tranche', async () => {
    const { figures } = await main();
    const y = figures.demand['2023']!;
    // Saint-Laurent : 2 attributions en T1, toutes tailles 2.
    expect(y.communes[C]!.T1.attributions).toEqual(small);
    expect(y.communes[C]!.T1.averageDelayMonths).toEqual(small);
    expect(y.communes[C]!.T1.pending).toBe(6);
    expect(y.communes[C]!.total.attributions).toEqual(small);
    // Le T1 du territoire (6 + 5 + 2 = 13) retrouverait les 2 : le plus petit autre T1 (Le Grau-du-Roi, 5) est caché.
    expect(y.communes[B]!.T1.attributions).toEqual(secondary);
    expect(y.communes[B]!.total.attributions).toEqual(secondary);
    expect(y.territory.T1.attributions).toEqual(secondary);
    // 5 ménages logés en 3 mois : « de 3 à 6 mois » ; territoire (6 × 4 + 5 × 3 + 2 × 12) ÷ 13 = 4,8 → de 3 à 6 mois.
    expect(y.communes[B]!.T1.observedDelayBand).toEqual({ min: 3, max: 6 });
    expect(y.territory.T1.observedDelayBand).toEqual({ min: 3, max: 6 });
    expect(y.communes[C]!.T1.observedDelayBand).toBeUndefined();
    expect(y.territory.total.pendingTransfers).toBe(6);
    expect(y.territory.total.attributionTransfers).toEqual(small);
    expect(y.territory.T2).toMatchObject({ pending: 42, attributions: 15, averageDelayMonths: 6.7 });
    // Each year alone and together too few for Saint-Laurent: no pooled delay.
    expect(figures.demandPooled).toEqual({ millesimes: [2022, 2023], communes: {} });
    expect(figures.secrecy.audit).toEqual([
      expect.objectContaining({ kind: 'demande', millesime: 2023, millesimes: [2022, 2023], recomputable: 0 }),
    ]);
    expect(figures.secrecy.audit![0]!.hidden.small).toBe(3);
  });

  it('suit la lecture de chaque fichier, nommé depuis la racine donnée', async () => {
    const { progress } = await main();
    expect(new Set(progress)).toEqual(
      new Set([
        'camargue/sources/demandes-2023.csv',
        'camargue/sources/rpls-2023.csv',
        'camargue/sources/rpls-2022.csv',
        'camargue/sources/demandes-2022.csv',
      ]),
    );
  });

  it('le jeu de données réunit le territoire, ses chiffres et les réponses, et se relit tel quel', async () => {
    const { figures } = await main();
    const d = buildDataset(territory, figures);
    expect(d.slug).toBe('camargue');
    expect(d.officialName).toBe('CC Terre de Camargue');
    expect(d.communes.map((c) => c.code).sort()).toEqual([A, B, C]);
    expect(d.departements).toEqual(['30']);
    expect(d.desks).toEqual([]);
    expect(d.settings.name).toBe('Terre de Camargue');
    expect(d.stock).toBe(figures.stock);
    expect(d.demand).toBe(figures.demand);
    expect(d.yearlyReports).toEqual([]);
    expect(d.cotation.grid).toBeUndefined();
    expect(d.answers?.millesime).toBe(2023);
    expect(d.answers?.communes[A]?.T1).toMatchObject({ kind: 'figure', delay: { months: 4, households: 6 } });
    const text = JSON.stringify(d);
    expect(datasetSchemaErrors(JSON.parse(text))).toEqual([]);
    expect(parseDatasetFile(text, 'camargue.json').demand['2023']!.communes[A]!.T1.pending).toBe(20);
    const broken = JSON.parse(text);
    broken.demand['2023'].communes[A].T1.pending = 'vingt';
    expect(datasetSchemaErrors(broken)[0]).toMatch(/^demand\.2023\.communes\.30003\.T1\.pending : /);
    expect(() => parseDatasetFile('{', 'x.json')).toThrow(/Fichier de données x\.json illisible : JSON attendu/);
    expect(() => parseDatasetFile(JSON.stringify(broken), 'x.json')).toThrow(
      /Fichier de données x\.json non conforme, il faut reconstruire le site avec npm run build :\ndemand\.2023/,
    );
  });

  it('sans chiffres, le jeu de données est vide mais complet', async () => {
    const d = buildDataset(territory);
    expect(d.secrecy).toEqual({ threshold: 5 });
    expect(d.millesimes).toEqual({ stock: [], demand: [] });
    expect(d.stock).toEqual({});
    expect(d.demand).toEqual({});
    expect(d.sources).toEqual([]);
    expect('answers' in d).toBe(false);
  });
});

const POSITIONING_HEADER = 'millesime;code_commune;typologie;points_min;points_max;demandes_en_attente;attributions';
/** A positioning table of the territory: [size, min, max, pending, attributions]. */
const positioningCsv = (millesime: number, rows: [string, number, number | '', number, number | string][]) =>
  [POSITIONING_HEADER, ...rows.map((r) => [millesime, 'territoire', ...r].join(';'))].join('\n') + '\n';

describe('fichiers introuvables ou mal listés', () => {
  it('dit chaque erreur à sa ligne de territory.yaml, et ne publie rien', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('rpls', 'rpls.csv', 2023),
        ...source('rpls', 'autre.csv', 2023),
        ...source('demande', '../../ailleurs.csv', 2022),
        ...source('demande', 'dossier', 2021),
        ...source('demande', 'absent.csv', 2020),
      ]),
      'sources/rpls.csv': rplsCsv([{ code: A, rooms: 1 }]),
      'sources/dossier/x': 'x',
    });
    const r = await buildFigures(territory, { displayRoot: join(territory.dir, '..') });
    expect(r.figures).toBeUndefined();
    const yaml = 'camargue/territory.yaml';
    expect(r.diagnostics).toEqual([
      {
        file: yaml,
        line: FIRST + 5,
        column: 16,
        severity: 'error',
        message: 'le millésime 2023 des fichiers « rpls » est listé deux fois',
        hint: 'gardez une seule ligne par millésime et par sorte de fichier',
      },
      {
        file: yaml,
        line: FIRST + 7,
        column: 11,
        severity: 'error',
        message: 'le fichier « ../../ailleurs.csv » est hors du dossier du territoire',
        hint: 'placez une copie du fichier dans le dossier sources/ du territoire et écrivez son nom seul',
      },
      {
        file: yaml,
        line: FIRST + 10,
        column: 11,
        severity: 'error',
        message: '« dossier » n’est pas un fichier : c’est un dossier, ou un fichier spécial',
        hint: 'écrivez le nom du fichier de données lui-même, rangé dans le dossier sources/ du territoire',
      },
      {
        file: yaml,
        line: FIRST + 13,
        column: 11,
        severity: 'error',
        message: 'le fichier du millésime 2020 est introuvable : camargue/sources/absent.csv',
        hint: 'ajoutez le fichier dans le dossier sources/ du territoire, ou retirez ce millésime de territory.yaml',
      },
    ]);
  });

  it('refuse un lien vers un fichier hors du territoire, posé après la lecture des réglages', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('rpls', 'lien.csv', 2023)),
      'sources/x': '',
    });
    const outside = join(territory.dir, '..', 'dehors.csv');
    writeFileSync(outside, rplsCsv([{ code: A, rooms: 1 }]));
    symlinkSync(outside, join(territory.dir, 'sources', 'lien.csv'));
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: FIRST + 1,
        message: `le fichier « lien.csv » est un lien vers un fichier hors du dossier du territoire : ${outside}`,
      }),
    ]);
  });

  it('montre la feuille absente d’un classeur à la ligne qui la nomme', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('indicateurs', 'sdes.xlsx', 2023),
        ...source('indicateurs', 'sdes.xlsx', 2022, ['preset: sdes-communes']),
        ...source('indicateurs', 'sdes.xlsx', 2021, ['sheet: AILLEURS']),
        ...source('indicateurs', 'sdes.xlsx', 2020, ['mapping:', '  sheet: LA']),
      ]),
      'sources/x': '',
    });
    await writeSdesWorkbook(join(territory.dir, 'sources/sdes.xlsx'), [[A, 'A', 10, 9, 2, 1, 5, 8]], 2023, 'AUTRE');
    const r = await buildFigures(territory, { displayRoot: join(territory.dir, '..') });
    const where = (line: number, column: number, sheet: string) => ({
      file: 'camargue/territory.yaml',
      line,
      column,
      severity: 'error',
      message: `la feuille « ${sheet} » n’existe pas dans le classeur camargue/sources/sdes.xlsx`,
      hint: 'feuilles présentes : INFORMATIONS, EPCI, AUTRE ; corrigez « sheet » dans territory.yaml',
    });
    expect(r.diagnostics).toEqual([
      where(FIRST + 1, 11, 'COMMUNE'),
      where(FIRST + 6, 13, 'COMMUNE'),
      where(FIRST + 10, 12, 'AILLEURS'),
      where(FIRST + 15, 14, 'LA'),
    ]);
  });
});

describe('les indicateurs du SDES : mobilité, vacance, loyer', () => {
  it('arrondit chaque taux au dixième, le loyer au centime, et pondère le territoire par les logements', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('indicateurs', 'sdes-2023.xlsx', 2023),
        ...source('indicateurs', 'sdes-2022.xlsx', 2022),
      ]),
      'sources/x': '',
    });
    await writeSdesWorkbook(
      join(territory.dir, 'sources/sdes-2023.xlsx'),
      [
        [A, 'A', 100, 9.44, 2.06, 1.04, 5.557, 8.1],
        [B, 'B', 300, 10, 4, 2, 6, 12],
        [C, 'C', 100, 5, 1, 0, 4, 6],
      ],
      2023,
    );
    // 2022: Saint-Laurent is missing, Le Grau-du-Roi's long vacancy hidden by the SDES.
    await writeSdesWorkbook(
      join(territory.dir, 'sources/sdes-2022.xlsx'),
      [
        [A, 'A', 100, 9.44, 2.06, 1.04, 5.557, 8.1],
        [B, 'B', 300, 10, 4, 's', 6, 12],
      ],
      2022,
    );
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    const f = r.figures!;
    expect(f.millesimes).toEqual({ stock: [], demand: [], turnover: [2022, 2023] });
    expect(f.secrecy.audit).toEqual([]);
    expect(f.demandPooled).toBeUndefined();
    const t2023 = f.turnover!['2023']!;
    const noHistory = { vacancyRate: null, longVacancyRate: null, rentPerM2: null };
    expect(t2023.communes[A]).toEqual({
      mobilityRate: 9.4,
      vacancyRate: 2.1,
      longVacancyRate: 1,
      rentPerM2: 5.56,
      history: [{ year: 2022, mobilityRate: 8.1, ...noHistory }],
    });
    // (100 × 9,44 + 300 × 10 + 100 × 5) ÷ 500 = 8,888 ; vacance 1 506 ÷ 500 ; loyer 2 755,7 ÷ 500 = 5,51.
    expect(t2023.territory).toEqual({
      mobilityRate: 8.9,
      vacancyRate: 3,
      longVacancyRate: 1.4,
      rentPerM2: 5.51,
      history: [{ year: 2022, mobilityRate: 10, ...noHistory }],
    });
    const t2022 = f.turnover!['2022']!;
    expect(Object.keys(t2022.communes)).toEqual([A, B]);
    expect(t2022.communes[B]!.longVacancyRate).toEqual({ masked: 'source' });
    // A commune missing: no territory figure made of part of it.
    expect(t2022.territory).toBeNull();
  });
});

describe('les attributions comparées aux logements', () => {
  /** A territory whose demand of `year` gives 10 attributions of T1 in Aigues-Mortes for 2 demands. */
  const build = async (stockYears: number[], year = 2022) => {
    const files: Record<string, string> = {
      'territory.yaml': territoryYaml([
        ...stockYears.flatMap((y) => source('rpls', `rpls-${y}.csv`, y)),
        ...source('demande', 'demandes.csv', year),
      ]),
      'sources/demandes.csv': demandCsv(year, [
        [A, 'T1', 2, 0, 10, 0, '4'],
        [A, 'T2', 's', 0, 9, 0, '4'],
        [A, 'T3', 40, 0, 's', 0, '4'],
        [B, 'T1', 2, 0, 3, 0, '4'],
      ]),
    };
    // Aigues-Mortes has y − 2015 T1 dwellings in the stock of year y (8 in 2023, 7 in 2022…).
    for (const y of stockYears)
      files[`sources/rpls-${y}.csv`] = rplsCsv([
        ...Array.from({ length: y - 2015 }, () => ({ code: A, rooms: 1 })),
        { code: B, rooms: 1 },
      ]);
    return buildFigures(writeTerritory(files), {});
  };
  const message = (dwellings: number, ref: number) =>
    `10 attributions de T1 à ${A}, plus que les ${dwellings} logements T1 du RPLS ${ref} et les 2 demandes réunis`;

  it('avec le RPLS de l’année suivante d’abord (les logements de l’année)', async () => {
    const r = await build([2021, 2022, 2023]);
    // 10 > 8 + 2 is false with 2023: no error; the T2 row hides its demands, the T3 its attributions.
    expect(errors(r.diagnostics)).toEqual([]);
    const r2 = await build([2020, 2022, 2024]);
    expect(errors(r2.diagnostics)).toEqual([
      // Line 2, « 2022;30003;Commune;T1;2;0; » is 26 characters: the attributions start at column 27.
      expect.objectContaining({
        file: expect.stringMatching(/camargue\/sources\/demandes\.csv$/),
        line: 2,
        column: 27,
        message: message(7, 2022),
        severity: 'error',
        hint: 'vérifiez la commune, la typologie et les colonnes de cette ligne',
      }),
    ]);
  });

  it('sinon le plus proche, le plus ancien à égalité', async () => {
    const r = await build([2019, 2021, 2025]);
    expect(errors(r.diagnostics).map((d) => d.message)).toEqual([message(6, 2021)]);
    const r2 = await build([2020, 2024]);
    expect(errors(r2.diagnostics).map((d) => d.message)).toEqual([message(5, 2020)]);
    // Le Grau-du-Roi: 3 attributions, 1 dwelling and 2 demands: no error.
    expect(errors(r2.diagnostics)).toHaveLength(1);
  });

  it('sans RPLS, rien à comparer', async () => {
    const r = await build([]);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.figures!.millesimes.stock).toEqual([]);
  });
});

describe('un tableau des demandes sans ligne du territoire', () => {
  it('est une erreur à la ligne du millésime', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('demande', 'demandes.csv', 2023)),
      'sources/demandes.csv': demandCsv(2022, [[A, 'T1', 20, 0, 5, 0, '4']]),
    });
    const r = await buildFigures(territory);
    expect(errors(r.diagnostics)).toEqual([
      expect.objectContaining({
        line: FIRST + 2,
        column: 16,
        message: `aucune ligne du millésime 2023 pour les communes du territoire dans ${join(territory.dir, 'sources', 'demandes.csv')}`,
        hint: 'vérifiez la colonne du millésime dans le fichier et le millésime indiqué ici',
      }),
    ]);
    expect(r.figures).toBeUndefined();
  });
});

describe('le positionnement : tranches de points', () => {
  const demand2023 = demandCsv(2023, [[A, 'T1', 40, 0, 20, 0, '5']]);
  const demand2022 = demandCsv(2022, [[A, 'T1', 30, 0, 10, 0, '5']]);

  it('publie celui du dernier millésime, ses tranches réunies quand la taille compte peu de ménages', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('demande', 'd-2023.csv', 2023),
        ...source('demande', 'd-2022.csv', 2022),
        ...source('positionnement', 'p-2023.csv', 2023),
        ...source('positionnement', 'p-2022.csv', 2022),
      ]),
      'sources/d-2023.csv': demand2023,
      'sources/d-2022.csv': demand2022,
      'sources/p-2023.csv': positioningCsv(2023, [
        ['T1', 0, 99, 20, 5],
        ['T1', 100, 199, 12, 10],
        ['T1', 200, '', 8, 5],
      ]),
      'sources/p-2022.csv': positioningCsv(2022, [['T1', 0, '', 30, 10]]),
    });
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: FIRST + 11,
        column: 16,
        severity: 'warning',
        message: 'le positionnement 2022 n’est pas publié : seul celui du dernier millésime des demandes (2023) l’est',
      }),
    ]);
    // 40 demands: ⌊40 ÷ 10⌋ = 4 groups or more, the 3 bands kept; 20 households: 2 groups, [0–99] and [100–…].
    expect(r.figures!.positioning).toEqual({
      millesime: 2023,
      sizes: {
        T1: {
          pending: [
            { min: 0, max: 99, count: 20 },
            { min: 100, max: 199, count: 12 },
            { min: 200, max: null, count: 8 },
          ],
          attributions: [
            { min: 0, max: 99, count: 5 },
            { min: 100, max: null, count: 15 },
          ],
        },
      },
    });
    expect(r.figures!.sources.map((s) => s.label)).toContain(
      'points des demandes au 31 décembre 2023 et des ménages logés en 2023',
    );
  });

  it('ne compare pas un total dont une part est cachée', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('demande', 'd-2023.csv', 2023),
        ...source('positionnement', 'p-2023.csv', 2023),
      ]),
      // Demands hidden in the table; a band's households hidden in the positioning.
      'sources/d-2023.csv': demandCsv(2023, [[A, 'T1', 's', 0, 20, 0, '5']]),
      'sources/p-2023.csv': positioningCsv(2023, [
        ['T1', 0, 99, 25, 's'],
        ['T1', 100, '', 12, 15],
      ]),
    });
    const r = await buildFigures(territory);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.figures!.positioning!.sizes.T1!.attributions[0]).toEqual({ min: 0, max: 99, count: { masked: 'source' } });
  });

  it('refuse des tranches qui ne font pas le total des demandes, ou sans tableau des demandes de leur année', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('demande', 'd-2023.csv', 2023),
        ...source('positionnement', 'p-2023.csv', 2023),
        ...source('positionnement', 'p-2021.csv', 2021),
      ]),
      // A size the table gives with no demand is compared (0); a size it does not list is not.
      'sources/d-2023.csv': demandCsv(2023, [
        [A, 'T1', 40, 0, 20, 0, '5'],
        [A, 'T2', 0, 0, 0, 0, ''],
      ]),
      'sources/p-2023.csv': positioningCsv(2023, [
        ['T1', 0, 99, 20, 5],
        ['T1', 100, '', 12, 15],
        ['T2', 0, '', 0, 3],
      ]),
      'sources/p-2021.csv': positioningCsv(2021, [['T1', 0, '', 30, 10]]),
    });
    const r = await buildFigures(territory);
    expect(r.figures).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: FIRST + 4,
        column: 11,
        severity: 'error',
        message: 'T1 : 32 demandes en attente dans les tranches de points, mais 40 dans le tableau des demandes 2023',
        hint: 'les deux fichiers doivent venir du même export : les tranches d’une taille font le total de cette taille',
      }),
      expect.objectContaining({
        line: FIRST + 4,
        message: 'T2 : 3 attributions dans les tranches de points, mais 0 dans le tableau des demandes 2023',
      }),
      expect.objectContaining({
        line: FIRST + 8,
        column: 16,
        severity: 'error',
        message: 'le positionnement 2021 n’a pas de tableau des demandes du même millésime',
      }),
    ]);
  });
});

describe('le socle de la DRIHL : un délai médian, sans tailles', () => {
  it('dit le délai médian, celui du territoire lu sur sa propre ligne', async () => {
    const hidden = { masked: 'source' };
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('demande', 'socle.xlsx', 2023, ['preset: drihl-socle'])),
      'sources/x': '',
    });
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Ensemble');
    s.addRow(['Socle 2023']);
    s.addRow(['Territoire', '', '', 'Demandes', '', 'Attributions']);
    s.addRow([
      'Niveau géographique',
      'Code',
      'Nom',
      'Nombre total de demandes ciblant le territoire au 31/12/2023',
      'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2023',
      'Nombre d’attributions en 2023',
      'Délai médian d’attribution (en mois)',
    ]);
    s.addRow(['EPCI', '243000650', 'CC Terre de Camargue', 900, 300, 60, 9.5]);
    s.addRow(['Commune', A, 'Aigues-Mortes', 400, 150, 30, 8]);
    s.addRow(['Commune', B, 'Le Grau-du-Roi', 300, 120, 25, 11]);
    s.addRow(['Commune', C, 'Saint-Laurent-d’Aigouze', 100, 30, '-', 14]);
    await wb.xlsx.writeFile(join(territory.dir, 'sources/socle.xlsx'));
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    const f = r.figures!;
    expect(f.delayStatistics).toEqual({ '2023': 'mediane' });
    expect(f.demandPooled).toBeUndefined();
    const y = f.demand['2023']!;
    // 150 demandes, 30 attributions : 150 × 12 ÷ 30 = 60 mois ; 120 × 12 ÷ 25 = 57,6.
    expect(y.communes[A]!.total).toMatchObject({
      pending: 150,
      attributions: 30,
      averageDelayMonths: 8,
      waitingMonths: 60,
    });
    expect(y.communes[B]!.total).toMatchObject({
      pending: 120,
      attributions: 25,
      averageDelayMonths: 11,
      waitingMonths: 57.6,
    });
    expect(y.communes[C]!.total).toMatchObject({ pending: 30, attributions: hidden, averageDelayMonths: hidden });
    // No size is given: each is unknown, not 0.
    expect(y.communes[A]!.T1).toMatchObject({ pending: hidden, attributions: hidden, averageDelayMonths: null });
    expect(y.territory.T1.averageDelayMonths).toEqual(hidden);
    // The territory's median is its own row's, said although the communes' sum is hidden.
    expect(y.territory.total).toMatchObject({ pending: 300, attributions: hidden, averageDelayMonths: 9.5 });
  });
});

describe('un territoire qui masque aussi les nombres de logements', () => {
  // Threshold 1: nothing is small, the audit runs without a solve (a real masking takes seconds: data-secrecy.test.ts).
  it('passe le stock par le secret et le dit dans le rapport', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('rpls', 'r.csv', 2023), ['maskStockCounts: true', 'secrecyThreshold: 1']),
      'sources/r.csv': rplsCsv([
        { code: A, rooms: 1 },
        { code: A, rooms: 2, surface: '70,0' },
        { code: B, rooms: 2 },
      ]),
    });
    const r = await buildFigures(territory);
    expect(r.diagnostics).toEqual([]);
    const f = r.figures!;
    expect(f.secrecy).toEqual({
      threshold: 1,
      maskStockCounts: true,
      audit: [expect.objectContaining({ kind: 'rpls', millesime: 2023, recomputable: 0 })],
    });
    expect(f.secrecy.audit![0]!.hidden).toEqual({ small: 0, secondary: 0, source: 0 });
    expect(f.stock['2023']!.territory).toMatchObject({
      total: 3,
      byTypology: { T1: 1, T2: 2 },
      averageSurface: { T2: 60 },
    });
  });
});

describe('un petit nombre que le secret ne peut pas protéger', () => {
  // Threshold 2: « moins de 2 » on a hidden count says 1 (0 is published), whatever else is hidden. The
  // audit finds it recomputable: nothing is published, the error points at the demand file's entry.
  const build = (rows: Parameters<typeof demandCsv>[1]) =>
    buildFigures(
      writeTerritory({
        'territory.yaml': territoryYaml(
          [...source('rpls', 'r.csv', 2023), ...source('demande', 'd.csv', 2023)],
          ['secrecyThreshold: 2'],
        ),
        'sources/r.csv': rplsCsv([{ code: A, rooms: 1 }]),
        'sources/d.csv': demandCsv(2023, rows),
      }),
      {},
    );
  const rows: Parameters<typeof demandCsv>[1] = [
    [A, 'T1', 9, 0, 4, 0, '3'],
    [B, 'T1', 9, 0, 5, 0, '4'],
    [C, 'T1', 5, 0, 1, 0, '4'],
  ];

  it('arrête la construction, au singulier pour un seul nombre', async () => {
    const r = await build([...rows, [C, 'T2', 5, 0, 5, 0, '4']]);
    expect(r.figures).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file: expect.stringMatching(/camargue\/territory\.yaml$/),
        // One line more for the threshold: the demand entry starts on line FIRST + 4.
        line: FIRST + 4,
        column: 5,
        severity: 'error',
        message:
          'secret statistique : 1 petit nombre caché du millésime 2023 reste recalculable malgré le secret secondaire',
        hint: 'vérifiez que les totaux du fichier sont bien la somme des lignes',
      },
    ]);
  });

  it('au pluriel pour plusieurs (la taille et le total de Saint-Laurent)', async () => {
    const r = await build(rows);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'secret statistique : 2 petits nombres cachés du millésime 2023 restent recalculables malgré le secret secondaire',
    ]);
  });
});
