/**
 * Stock pages in Chromium: charts render when scrolled into view, each with its table;
 * Chart.js is fetched only then; axe finds no violation; without JavaScript every figure is in the
 * page; print shows the tables; the /delais/ table sorts with JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { axeBuilder } from '../helpers/axe.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPOLOGIES, type TerritoryDataset } from '../../src/lib/dataset/index.ts';
import { expectedCount } from '../helpers/expected-words.ts';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
};

let server: Server;
let browser: Browser;
let base = '';
let dataset: TerritoryDataset;

function serve(dir: string): Promise<Server> {
  return new Promise((ok) => {
    const s = createServer((req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(res);
    });
    s.listen(0, '127.0.0.1', () => ok(s));
  });
}

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'stock-e2e-'));
  const dir = join(tmp, 'site');
  execFileSync(
    join(root, 'node_modules/.bin/node'),
    ['tests/fixtures/stock/build-site.ts', 'thiers-dore-montagne', dir, '--fake'],
    { cwd: root, stdio: 'pipe' },
  );
  dataset = JSON.parse(readFileSync(join(tmp, 'thiers-dore-montagne-dataset.json'), 'utf8')) as TerritoryDataset;
  server = await serve(dir);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const thiers = () => dataset.communes.find((c) => c.slug === 'thiers') ?? dataset.communes[0]!;

/** Opens the closed details of a commune page, as a reader who touches each heading. */
async function openDetails(page: import('playwright-core').Page): Promise<void> {
  // In the page's main part: the header's menu is a <details> too, shown as plain links on a wide screen.
  const closed = page.locator('main details:not([open]) > summary');
  // The set shrinks with each click: always open the first closed one.
  for (let guard = 0; guard < 20 && (await closed.count()) > 0; guard++) await closed.first().click();
}

describe('pages des chiffres dans le navigateur', () => {
  it('dessine chaque graphique quand il arrive à l’écran, avec son tableau, et charge Chart.js seulement alors', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${base}/communes/${thiers().slug}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.some((u) => u.includes('bar-chart'))).toBe(false);
    await openDetails(page);
    const figures = page.locator('figure[data-chart]');
    const count = await figures.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      // chart-ready is set by the chart itself once drawn at a non-zero size: no delay to guess.
      await expect.poll(() => figure.evaluate((f) => f.classList.contains('chart-ready'))).toBe(true);
      const box = await figure.locator('canvas').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(await figure.locator('table tbody tr').count()).toBe(TYPOLOGIES.length);
      expect(await figure.locator('.chart-title').textContent()).toBeTruthy();
      expect(await figure.locator('.chart-sentence').textContent()).toBeTruthy();
    }
    expect(requested.some((u) => u.includes('bar-chart'))).toBe(true);
    await page.close();
  });

  it.each([375, 1280])(
    'ne trouve aucune violation axe à %i px sur une page de commune, /logements/, /delais/ et /donnees/',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of [`/communes/${thiers().slug}/`, '/logements/', '/delais/', '/donnees/']) {
        await page.goto(`${base}${path}`);
        await openDetails(page);
        for (const figure of await page.locator('figure[data-chart]').all()) {
          await figure.scrollIntoViewIfNeeded();
          await expect.poll(() => figure.evaluate((f) => f.classList.contains('chart-ready'))).toBe(true);
        }
        // Every axe rule, best practices included (the generic harness checks WCAG A/AA on every page).
        const result = await axeBuilder(page).analyze();
        expect(
          result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
      await context.close();
    },
  );

  it('montre tous les chiffres sans JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const c = thiers();
    await page.goto(`${base}/communes/${c.slug}/`);
    await openDetails(page);
    const body = (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    const t = dataset.secrecy.threshold;
    const stock = dataset.stock[String(dataset.millesimes.stock.at(-1))]!.communes[c.code]!;
    const demand = dataset.demand[String(dataset.millesimes.demand.at(-1))]!.communes[c.code]!;
    for (const typ of TYPOLOGIES) {
      for (const cell of [stock.byTypology[typ], demand[typ].pending, demand[typ].attributions]) {
        expect(body).toContain(expectedCount(cell, t));
      }
    }
    expect(await page.locator('figure[data-chart] table').first().isVisible()).toBe(true);
    expect(await page.locator('figure[data-chart] canvas').first().isVisible()).toBe(false);
    await context.close();
  });

  it('imprime les tableaux et pas les graphiques', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/communes/${thiers().slug}/`);
    await openDetails(page);
    const figure = page.locator('figure[data-chart]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.evaluate((f) => f.classList.contains('chart-ready'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    await page.close();
  });

  it('trie le tableau de /delais/ par temps d’attente pour un T3, les attentes non calculées à la fin', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/delais/`);
    const header = page.locator('table[data-sortable] thead th', { hasText: 'T3' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const keys = await page
      .locator('table[data-sortable] tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[3]!.dataset['value'] ?? ''));
    const numbers = keys.filter((k) => k !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(keys.slice(numbers.length).every((k) => k === '')).toBe(true);
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('Tableau trié');
    await page.close();
  });
});
