/**
 * Answer-first commune pages in Chromium: at 375 px the Thiers and Arconsat pages stay under 4 000 px
 * with their details closed, "L'essentiel" fits one phone screen, and every figure that the page
 * published before (stock, demands, attributions, waits, for every millésime) is still in the HTML.
 * Figures are written here from the dataset with Intl, not with the site's own formatter.
 */
import type { Browser } from 'playwright-core';
import { expectedWait } from '../helpers/expected-words.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, DemandFigures, StockFigures, TerritoryDataset } from '../../src/lib/dataset/index.ts';
import { prepareDataset } from '../../scripts/prepare.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { TERRITORIES } from '../helpers/paths.ts';
import { serveDir } from '../helpers/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let dataset: TerritoryDataset;

beforeAll(async () => {
  // The site of the other browser tests; its dataset made again by the build's own first step, from the same files.
  const prepared = await prepareDataset('thiers-dore-montagne', TERRITORIES);
  if (!prepared.dataset) throw new Error(prepared.diagnostics.map((d) => d.message).join('\n'));
  dataset = prepared.dataset;
  server = await serveDir(buildSite('thiers-dore-montagne'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');
const integer = (n: number) => spaces(new Intl.NumberFormat('fr-FR').format(n));
/** Words a hidden count may take: the honest "moins de N" for a small count, else "caché". */
function expectCell(body: string, cell: Cell, what: string): void {
  if (typeof cell === 'number')
    expect(body, what).toMatch(new RegExp(`(^|[^0-9])${integer(cell).replace(' ', '\\s')}([^0-9]|$)`));
  else expect(body, what).toContain(cell.masked === 'small' ? `moins de ${dataset.secrecy.threshold}` : 'caché');
}
/** The wait in years and months, from the months of the dataset rounded to the nearest month. */

describe.each(['thiers', 'arconsat'])('page de commune « %s », la réponse d’abord', (slug) => {
  const commune = () => dataset.communes.find((c) => c.slug === slug)!;

  it('tient en 4 000 px à 375 px, détails fermés, et l’essentiel tient dans un écran', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${server.url}/communes/${slug}/`);
    expect(await page.locator('details[open]').count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(4000);
    const box = await page.locator('section.essentials').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(812);
    const essentials = spaces(await page.locator('section.essentials').innerText());
    expect(essentials).toContain('L’essentiel');
    expect(essentials).toMatch(/Appelez le [0-9 ]+/);
    expect(await page.locator('section.essentials a[href="/cotation/"]').count()).toBe(1);
    expect(await page.locator(`section.essentials a[href="/plaquettes/commune-${slug}.pdf"]`).count()).toBe(1);
    await page.close();
  });

  it('garde dans le HTML chaque chiffre publié avant', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/communes/${slug}/`);
    const body = spaces(await page.locator('main').evaluate((m) => m.textContent ?? ''));
    const c = commune();
    const stock: StockFigures = dataset.stock[String(dataset.millesimes.stock.at(-1))]!.communes[c.code]!;
    const cells: [string, Cell][] = [
      ['total', stock.total],
      ...Object.entries(stock.byTypology),
      ...Object.entries(stock.byBuildingKind),
      ...Object.entries(stock.byPeriod),
      ...Object.entries(stock.byFinancing),
      ...Object.entries(stock.byEnergyLabel),
      ['qpv', stock.qpv.inside],
      ['hors qpv', stock.qpv.outside],
    ];
    if (stock.total !== 0) for (const [what, cell] of cells) expectCell(body, cell, `logements ${what}`);
    for (const year of dataset.millesimes.demand) {
      const row = dataset.demand[String(year)]!.communes[c.code]!;
      expectCell(body, row.total.pending, `${year} demandes`);
      expectCell(body, row.total.attributions, `${year} attributions`);
      if (typeof row.total.averageDelayMonths === 'number')
        expect(body, `${year} attente`).toContain(expectedWait(row.total, dataset.secrecy.threshold));
    }
    const last = dataset.demand[String(dataset.millesimes.demand.at(-1))]!.communes[c.code]!;
    for (const [typ, f] of Object.entries(last) as [string, DemandFigures][]) {
      expectCell(body, f.pending, `${typ} demandes`);
      expectCell(body, f.attributions, `${typ} attributions`);
      expect(body, `${typ} attente`).toContain(expectedWait(f, dataset.secrecy.threshold));
      if (typeof f.pending === 'number' && typeof f.attributions === 'number' && f.attributions > 0)
        expect(body, `${typ} pression`).toContain(`${Math.max(1, Math.round(f.pending / f.attributions))} demande`);
    }
    await page.close();
  });

  it('ouvre les détails visés par un lien et les imprime tous', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${server.url}/communes/${slug}/#demandes`);
    await expect
      .poll(() => page.locator('details[data-details="demandes"]').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details[data-details="logements"] table').first().isVisible()).toBe(true);
    await page.close();
  });
});
