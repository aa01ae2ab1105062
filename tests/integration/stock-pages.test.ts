/**
 * Stock and waiting-time pages: for 3 communes of each territory, every figure on the commune
 * page, in the CSV and in the JSON equals the dataset the site was built from; masked cells are masked
 * in the HTML, the tables, the chart data and the CSV, never written 0. The figures come from the test
 * fixture (tests/fixtures/stock/fake-figures.ts) so that masked cells are certain; when the real demo
 * dataset has figures, the same checks also run on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  TYPOLOGIES,
  isMasked,
  type Cell,
  type TerritoryDataset,
} from '../../src/lib/dataset/index.ts';
import { prepareDataset } from '../../scripts/prepare.ts';
import {
  BUILDING_KIND_LABELS,
  ENERGY_LABELS_TEXT,
  PERIOD_LABELS,
  TYPOLOGY_LABELS,
} from '../../src/lib/wording/index.ts';
import { expectedCount, expectedPressure, expectedStatus, expectedWait } from '../helpers/expected-words.ts';
import { cellAt, chartSpecs, parseCsv, table, text } from './stock-html.ts';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');

/** Builds a territory in a child process (Astro keeps module state, one build per process). */
function build(territory: string, fake: boolean): { dir: string; dataset: TerritoryDataset } {
  const base = mkdtempSync(join(tmpdir(), 'stock-pages-'));
  const dir = join(base, 'site');
  execFileSync(node, ['tests/fixtures/stock/build-site.ts', territory, dir, ...(fake ? ['--fake'] : [])], {
    cwd: root,
    stdio: 'pipe',
  });
  return {
    dir,
    dataset: JSON.parse(readFileSync(join(base, `${territory}-dataset.json`), 'utf8')) as TerritoryDataset,
  };
}

/** What a reader sees for a count, written independently of the wording module, spaces normalised like `text()`. */
const shown = (cell: Cell, t: number) => text(expectedCount(cell, t));
const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

/** 3 communes: the largest, the smallest, and one in the middle (different secrecy situations). */
function pickCommunes(d: TerritoryDataset) {
  const sorted = [...d.communes].sort((a, b) => b.population - a.population);
  return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!, sorted[sorted.length - 1]!];
}

function checkTerritory(territory: string, fake: boolean) {
  let dir = '';
  let d: TerritoryDataset;
  let t = 5;
  beforeAll(() => {
    ({ dir, dataset: d } = build(territory, fake));
    t = d.secrecy.threshold;
  });
  const lastRpls = () => String(d.millesimes.stock.at(-1));
  const lastDemand = () => String(d.millesimes.demand.at(-1));

  it('montre sur 3 pages de commune les mêmes chiffres de logements que le jeu de données', () => {
    for (const c of pickCommunes(d)) {
      const html = page(dir, `communes/${c.slug}`);
      const s = d.stock[lastRpls()]!.communes[c.code]!;
      if (s.total === 0) {
        // No dwelling: one plain sentence, no empty tables.
        expect(text(html)).toContain(', il n’y a pas de logement social.');
        continue;
      }
      expect(text(html)).toContain(`il y a ${shown(s.total, t)} logement`);
      const sizes = table(html, 'Les logements selon leur taille');
      for (const typ of TYPOLOGIES)
        expect(cellAt(sizes, TYPOLOGY_LABELS[typ].short, 1), `${c.name} ${typ}`).toBe(shown(s.byTypology[typ], t));
      const kinds = table(html, 'Maisons ou appartements');
      for (const k of BUILDING_KINDS)
        expect(cellAt(kinds, BUILDING_KIND_LABELS[k], 1)).toBe(shown(s.byBuildingKind[k], t));
      const ages = table(html, 'L’âge des logements');
      for (const p of CONSTRUCTION_PERIODS) expect(cellAt(ages, PERIOD_LABELS[p], 1)).toBe(shown(s.byPeriod[p], t));
      const energy = table(html, 'L’étiquette énergie');
      for (const l of ENERGY_LABELS)
        expect(cellAt(energy, ENERGY_LABELS_TEXT[l], 1)).toBe(shown(s.byEnergyLabel[l], t));
      const qpv = table(html, 'Dans un quartier prioritaire');
      expect(cellAt(qpv, 'Dans un quartier prioritaire, appelé QPV', 1)).toBe(shown(s.qpv.inside, t));
      expect(cellAt(qpv, 'Hors quartier prioritaire', 1)).toBe(shown(s.qpv.outside, t));
      expect(text(html)).toContain(
        `Source : ${d.sources.find((x) => x.kind === 'rpls' && String(x.millesime) === lastRpls())!.label}`,
      );
    }
  });

  it('montre sur 3 pages de commune les demandes, attributions, délais et l’évolution du jeu de données', () => {
    for (const c of pickCommunes(d)) {
      const html = page(dir, `communes/${c.slug}`);
      const row = d.demand[lastDemand()]!.communes[c.code]!;
      const delays = table(html, 'L’attente selon la taille du logement');
      for (const typ of TYPOLOGIES) {
        const label = TYPOLOGY_LABELS[typ].short;
        expect(cellAt(delays, label, 1), `${c.name} ${typ} demandes`).toBe(shown(row[typ].pending, t));
        expect(cellAt(delays, label, 2)).toBe(shown(row[typ].attributions, t));
        expect(cellAt(delays, label, 3)).toBe(text(expectedWait(row[typ], t)));
        expect(cellAt(delays, label, 4)).toBe(text(expectedPressure(row[typ], t)));
      }
      expect(cellAt(delays, 'Toutes les tailles', 1)).toBe(shown(row.total.pending, t));
      if (d.millesimes.demand.length > 1) {
        const evolution = table(html, 'année par année');
        for (const year of d.millesimes.demand) {
          const y = d.demand[String(year)]!.communes[c.code]!.total;
          expect(cellAt(evolution, String(year), 1)).toBe(shown(y.pending, t));
          expect(cellAt(evolution, String(year), 2)).toBe(shown(y.attributions, t));
        }
      }
      const compare = table(html, 'comparée à tout le territoire');
      const territoryTotal = d.demand[lastDemand()]!.territory.total;
      expect(cellAt(compare, 'Attente des ménages logés, toutes les tailles', 2)).toBe(
        text(expectedWait(territoryTotal, t)),
      );
    }
  });

  it('écrit les nombres cachés avec les mêmes mots dans la page, les graphiques et le CSV, jamais 0', () => {
    const year = lastRpls();
    const found = d.communes
      .flatMap((c) => TYPOLOGIES.map((typ) => ({ c, typ, cell: d.stock[year]!.communes[c.code]!.byTypology[typ] })))
      .find((x) => isMasked(x.cell));
    if (!found) return expect(fake, 'le jeu de test doit contenir un nombre caché').toBe(false);
    const words = expectedCount(found.cell, t);
    expect(words).not.toMatch(/^0$/);
    const html = page(dir, `communes/${found.c.slug}`);
    const sizes = table(html, 'Les logements selon leur taille');
    const rowIndex = sizes.rows.findIndex((r) => r[0] === TYPOLOGY_LABELS[found.typ].short);
    expect(sizes.rows[rowIndex]![1]).toBe(text(words));
    expect(sizes.rawRows[rowIndex]![1]).toContain('masked');
    const spec = chartSpecs(html).find((s) => s.series[0]?.label === 'Logements')!;
    const i = TYPOLOGIES.indexOf(found.typ);
    expect(spec.series[0]!.values[i]).toBeNull();
    expect(spec.series[0]!.texts[i]).toBe(words);
    expect(text(html)).toContain('Pourquoi certains nombres ne sont pas écrits ?');
    const csv = parseCsv(readFileSync(join(dir, 'donnees/logements.csv'), 'utf8'));
    const line = csv.find((r) => r['millesime'] === year && r['code_commune'] === found.c.code)!;
    // In the CSV a hidden count leaves its numeric column empty; its status column says why.
    expect(line[`logements_${found.typ.replace('+', '_plus')}`]).toBe('');
    expect(line[`logements_${found.typ.replace('+', '_plus')}_statut`]).toBe(expectedStatus(found.cell));
  });

  it('publie en CSV et en JSON exactement les chiffres du jeu de données', () => {
    const csvText = readFileSync(join(dir, 'donnees/logements.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFFmillesime;code_commune;commune;')).toBe(true);
    const asCsv = (cell: Cell) => (isMasked(cell) ? '' : String(cell));
    const stock = parseCsv(csvText);
    for (const year of d.millesimes.stock) {
      for (const c of d.communes) {
        const line = stock.find((r) => r['millesime'] === String(year) && r['code_commune'] === c.code)!;
        const s = d.stock[String(year)]!.communes[c.code]!;
        expect(line['commune']).toBe(c.name);
        expect(line['logements']).toBe(asCsv(s.total));
        for (const typ of TYPOLOGIES)
          expect(line[`logements_${typ.replace('+', '_plus')}`]).toBe(asCsv(s.byTypology[typ]));
        expect(line['qpv']).toBe(asCsv(s.qpv.inside));
      }
    }
    const demand = parseCsv(readFileSync(join(dir, 'donnees/demandes.csv'), 'utf8'));
    for (const year of d.millesimes.demand) {
      for (const c of pickCommunes(d)) {
        for (const typ of [...TYPOLOGIES, 'total' as const]) {
          const line = demand.find(
            (r) =>
              r['millesime'] === String(year) &&
              r['code_commune'] === c.code &&
              r['typologie'] === (typ === 'total' ? 'toutes' : typ),
          )!;
          const f = d.demand[String(year)]!.communes[c.code]![typ];
          expect(line['demandes_en_attente']).toBe(asCsv(f.pending));
          expect(line['attributions']).toBe(asCsv(f.attributions));
          if (typeof f.waitingMonths === 'number')
            expect(line['delai_theorique_mois']).toBe(String(f.waitingMonths).replace('.', ','));
        }
      }
    }
    const json = JSON.parse(readFileSync(join(dir, 'donnees/donnees.json'), 'utf8'));
    for (const c of pickCommunes(d)) {
      const year = d.millesimes.stock.at(-1)!;
      const s = d.stock[String(year)]!.communes[c.code]!;
      const line = json.logements.find(
        (r: Record<string, unknown>) => r['millesime'] === year && r['code_commune'] === c.code,
      );
      expect(line['logements']).toBe(isMasked(s.total) ? null : s.total);
      expect(line['logements_statut']).toBe(isMasked(s.total) ? expectedStatus(s.total) : null);
    }
    expect(json.demandes.length).toBe(demand.length);
    expect(json.licence.name).toContain('Licence Ouverte');
  });

  it('donne sur /delais/ l’attente et la pression de chaque commune et de chaque taille', () => {
    const html = page(dir, 'delais');
    const delays = table(html, 'Le temps d’attente par commune et par taille');
    const demand = d.demand[lastDemand()]!;
    expect(delays.rows.length).toBe(1 + Object.keys(demand.communes).length + 1);
    for (const c of pickCommunes(d)) {
      const row = delays.rows.find((r) => r[0] === c.name)!;
      [...TYPOLOGIES, 'total' as const].forEach((typ, i) => {
        const f = demand.communes[c.code]![typ];
        const wait = expectedWait(f, t);
        const cell = row[i + 1]!.replace(' parmi les moins longues', '');
        // A commune's own delay is its answer; without one, the cell says why (checked in answers-consistency).
        if (/^(environ|entre|moins de|plus de)/.test(wait))
          expect(cell, `${c.name} ${typ}`).toMatch(new RegExp(`^${text(wait)}`));
        const pressure = expectedPressure(f, t);
        if (pressure.includes('pour 1')) expect(cell, `${c.name} ${typ}`).toContain(text(pressure));
      });
    }
    const territoryWait = expectedWait(demand.territory.total, t);
    if (/^(environ|entre|moins de|plus de)/.test(territoryWait))
      expect(cellAt(delays, 'Tout le territoire', 6)).toContain(text(territoryWait));
    expect(html).toContain('Les attentes les moins longues');
  });

  it('tient une page de commune sans son îlot de graphiques sous 60 Ko compressés', () => {
    const c = pickCommunes(d)[0]!;
    const html = page(dir, `communes/${c.slug}`);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => readFileSync(join(dir, m[1]!), 'utf8'))
      .join('');
    expect(gzipSync(html + css).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('ne charge Chart.js que sur les pages à graphiques, par un import différé', () => {
    const html = page(dir, `communes/${pickCommunes(d)[0]!.slug}`);
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(html).not.toMatch(/modulepreload[^>]+bar-chart/);
    const loaders = scripts.map((s) => readFileSync(join(dir, s), 'utf8'));
    expect(loaders.some((l) => /import\(["'`][^"'`]*bar-chart/.test(l))).toBe(true);
    for (const l of loaders) expect(l.length).toBeLessThan(5000);
    expect(page(dir, 'mentions-legales')).not.toContain('bar-chart');
    expect(page(dir, 'donnees')).not.toMatch(/<script type="module"/);
  });
}

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
  'pages des chiffres, %s (jeu de test)',
  (territory) => {
    checkTerritory(territory, true);
  },
);

// The real demo data of the data issue: same checks, only once its files exist.
const realHasFigures = async (slug: string) => (await prepareDataset(slug)).dataset?.millesimes.stock.length ?? 0;
describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
  'pages des chiffres, %s (données de démonstration)',
  async (territory) => {
    const hasFigures =
      existsSync(join(root, 'data/territories', territory, 'sources')) && (await realHasFigures(territory)) > 0;
    if (!hasFigures) {
      it.skip('les fichiers de démonstration ne sont pas encore là');
      return;
    }
    checkTerritory(territory, false);
  },
);
