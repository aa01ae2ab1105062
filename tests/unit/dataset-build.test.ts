/**
 * The figures of a territory built in-process from its sources (src/lib/dataset buildFigures, buildDataset):
 * a small territory written here (CC Terre de Camargue, 3 communes), every expected figure counted by hand
 * from the rows written in the test.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  let figures: DatasetFigures;
  let diagnostics: Diagnostic[];
  const progress: string[] = [];
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
    const r = await buildFigures(territory, {
      displayRoot: join(territory.dir, '..'),
      onProgress: (file) => progress.push(file),
    });
    figures = r.figures!;
    diagnostics = r.diagnostics;
  });

  it('construit sans message, millésimes rangés du plus ancien au plus récent', () => {
    expect(diagnostics).toEqual([]);
    expect(figures.millesimes).toEqual({ stock: [2022, 2023], demand: [2022, 2023] });
    expect(figures.secrecy.threshold).toBe(5);
    expect(figures.secrecy.maskStockCounts).toBe(false);
    expect(figures.turnover).toBeUndefined();
    expect(figures.positioning).toBeUndefined();
    expect(figures.delayStatistics).toBeUndefined();
  });

  it('liste les sources dans l’ordre de territory.yaml, avec leur libellé et leur origine', () => {
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

  it('publie les logements de chaque commune tels quels, par taille, sorte, époque, financement, DPE et QPV', () => {
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

  it('publie les demandes, les attributions, le délai, l’attente et la tension comptés à la main', () => {
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

  it('cache les petits nombres et ceux qui permettraient de les retrouver, et dit le délai caché en tranche', () => {
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
    expect(figures.secrecy.audit[0]!.hidden.small).toBe(3);
  });

  it('suit la lecture de chaque fichier, nommé depuis la racine donnée', () => {
    expect(new Set(progress)).toEqual(
      new Set([
        'camargue/sources/demandes-2023.csv',
        'camargue/sources/rpls-2023.csv',
        'camargue/sources/rpls-2022.csv',
        'camargue/sources/demandes-2022.csv',
      ]),
    );
  });

  it('le jeu de données réunit le territoire, ses chiffres et les réponses, et se relit tel quel', () => {
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

  it('sans chiffres, le jeu de données est vide mais complet', () => {
    const d = buildDataset(territory);
    expect(d.secrecy).toEqual({ threshold: 5 });
    expect(d.millesimes).toEqual({ stock: [], demand: [] });
    expect(d.stock).toEqual({});
    expect(d.demand).toEqual({});
    expect(d.sources).toEqual([]);
    expect('answers' in d).toBe(false);
  });
});
