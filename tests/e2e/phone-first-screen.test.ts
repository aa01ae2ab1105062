/**
 * Phone first, at 375 × 800 on both demo territories: on every page the title starts within the first
 * 200 px; the pages of the site plan and of the sitemap stay under 4 000 px with their details closed (the
 * open-data dictionary and the print versions of the leaflets excepted); on the home page, a commune,
 * /delais/, /cotation/ and /guichets/ the answer or the first question shows without scrolling.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, sitemapPaths } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';

const WIDTH = 375;
const SCREEN = 800;
/** The title's top edge, at most. */
const TITLE_TOP = 200;
/** A page's height with its details closed, at most. */
const PAGE_HEIGHT = 4_000;

/** Pages allowed to be longer: the open-data dictionary is a reference table by design (issue 26). */
const LONGER: Record<string, string> = {
  '/donnees/': 'le dictionnaire des données ouvertes',
};
/** The print versions of the leaflets show their A4 sheets as they are printed: not pages to read on a phone. */
const PRINT_VERSION = /^\/plaquettes\/[^/]+\/$/;

/** Where the answer or the first question is, per page checked for the first screen. */
const FIRST_SCREEN: [path: string, selector: string][] = [
  ['/', 'main .notice'],
  ['/delais/', 'main [data-answer="total"]'],
  ['/cotation/', '#simulateur .sim-step:not([hidden]) .question'],
  ['/guichets/', '#filtre-commune'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Top of the page's title and height of the page, in CSS pixels, at the top of a fresh load. */
async function measure(page: Page, url: string): Promise<{ titleTop: number; height: number }> {
  await page.goto(url);
  return page.evaluate(() => ({
    titleTop: document.querySelector('h1')?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY,
    height: document.documentElement.scrollHeight,
  }));
}

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])('%s à 375 × 800', (slug) => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  let dir: string;
  beforeAll(async () => {
    dir = buildSite(slug);
    server = await serveDir(dir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('le titre de chaque page commence dans les 200 premiers pixels', async () => {
    const { context } = await newContext(browser, { width: WIDTH, height: SCREEN });
    const page = await context.newPage();
    const late: string[] = [];
    for (const path of sitemapPaths(dir)) {
      const { titleTop } = await measure(page, `${server.url}${path}`);
      if (titleTop > TITLE_TOP) late.push(`${path} : titre à ${Math.round(titleTop)} px`);
    }
    expect(late).toEqual([]);
    await context.close();
  });

  test('chaque page du plan du site, et du sitemap, tient en 4 000 px, sauf celles de la liste', async () => {
    const { context } = await newContext(browser, { width: WIDTH, height: SCREEN });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan-du-site/`);
    const planned = await page.$$eval('main a[href^="/"]', (as) => [
      ...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ]);
    // The plan lists the site's main pages, not only a few.
    expect(planned.length).toBeGreaterThan(15);
    // The other public pages too (communes, answers of « Où aller ? », yearly report), print versions aside.
    const others = sitemapPaths(dir).filter((p) => !PRINT_VERSION.test(p));
    const tooLong: string[] = [];
    for (const path of new Set(['/', ...planned.filter((p) => p.endsWith('/')), ...others])) {
      const { height } = await measure(page, `${server.url}${path}`);
      if (height > PAGE_HEIGHT && !(path in LONGER)) tooLong.push(`${path} : ${height} px`);
    }
    expect(tooLong).toEqual([]);
    await context.close();
  });

  test.each(FIRST_SCREEN)('%s : la réponse ou la première question se voit sans défiler', async (path, selector) => {
    const { context } = await newContext(browser, { width: WIDTH, height: SCREEN });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const box = await page.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect(box!.y).toBeLessThan(SCREEN - 40);
    await context.close();
  });

  test('une page de commune : « L’essentiel » se voit sans défiler', async () => {
    const { context } = await newContext(browser, { width: WIDTH, height: SCREEN });
    const page = await context.newPage();
    await page.goto(`${server.url}/communes/`);
    const first = await page.locator('main a[href^="/communes/"]').first().getAttribute('href');
    await page.goto(`${server.url}${first}`);
    const box = await page.locator('main .essentials').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(SCREEN - 40);
    await context.close();
  });
});
