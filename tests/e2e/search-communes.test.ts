/**
 * Search finds the commune, on both demo territories: a commune's page comes first for its name and for
 * its first three letters (typed, results while typing), its leaflet after it; for a topic word, content
 * pages come before commune pages and leaflets.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { collectErrors, launchBrowser, newContext } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types the words as a person would and returns the result paths, best first, once results show. */
async function typeAndRead(page: Page, words: string): Promise<string[]> {
  const field = page.getByLabel(/Écrivez un mot/);
  await field.fill('');
  await field.pressSequentially(words, { delay: 40 });
  await page.locator('#recherche-etat', { hasText: new RegExp(`(page|Aucune).*« ${words} »`) }).waitFor();
  return page.$$eval('#recherche-resultats a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const CASES: Record<string, { communes: [query: string, page: string][]; topic: [query: string, page: string] }> = {
  'thiers-dore-montagne': {
    communes: [
      ['Thiers', '/communes/thiers/'],
      ['thi', '/communes/thiers/'],
      ['Courpière', '/communes/courpiere/'],
      ['cou', '/communes/courpiere/'],
      ['olm', '/communes/olmet/'],
      ['Saint-Rémy', '/communes/saint-remy-sur-durolle/'],
      ['chab', '/communes/chabreloche/'],
    ],
    topic: ['renouveler', '/renouveler/'],
  },
  'grand-paris-grand-est': {
    communes: [
      ['Rosny-sous-Bois', '/communes/rosny-sous-bois/'],
      ['ros', '/communes/rosny-sous-bois/'],
      ['Gagny', '/communes/gagny/'],
      ['gag', '/communes/gagny/'],
      ['vau', '/communes/vaujours/'],
      ['Livry', '/communes/livry-gargan/'],
    ],
    topic: ['renouveler', '/renouveler/'],
  },
};

describe.each(Object.entries(CASES))('recherche sur %s', (slug, cases) => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  beforeAll(async () => {
    server = await serveDir(buildSite(slug));
  });
  afterAll(async () => {
    await server?.close();
  });

  test('le nom d’une commune ou ses premières lettres : sa page en premier, sa plaquette après', async () => {
    const { context } = await newContext(browser, { width: 375, height: 800 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/recherche/`);
    for (const [query, expected] of cases.communes) {
      const results = await typeAndRead(page, query);
      expect(results[0], query).toBe(expected);
      const sheet = results.indexOf(expected.replace('/communes/', '/plaquettes/commune-'));
      if (sheet >= 0) expect(sheet, `${query} : la plaquette après la page`).toBeGreaterThan(0);
    }
    // The first result opens the commune's page.
    await page.locator('#recherche-resultats a').first().click();
    await page.waitForURL(new RegExp(`${cases.communes.at(-1)![1]}$`));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('un mot de sujet : les pages de contenu avant les communes et les plaquettes', async () => {
    const { context } = await newContext(browser, { width: 375, height: 800 });
    const page = await context.newPage();
    await page.goto(`${server.url}/recherche/`);
    const [query, expected] = cases.topic;
    const results = await typeAndRead(page, query);
    expect(results.slice(0, 3)).toContain(expected);
    const firstOther = results.findIndex((p) => p.startsWith('/communes/') || /^\/plaquettes\/[^/]+\/$/.test(p));
    const lastContent = results.findLastIndex((p) => !p.startsWith('/communes/') && !p.startsWith('/plaquettes/'));
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastContent);
    await context.close();
  });
});
