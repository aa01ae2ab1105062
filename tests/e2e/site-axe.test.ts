/**
 * Generic browser harness: every URL of the sitemap of each real territory loads with no console error
 * and passes axe-core (WCAG 2.1 A and AA) with zero violations. Written once, so every page any feature
 * adds is covered automatically.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { buildSite, sitemapPaths } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { collectErrors, launchBrowser, newContext } from '../helpers/browser.ts';

const TERRITORIES = ['thiers-dore-montagne', 'grand-paris-grand-est'];
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe.each(TERRITORIES)('%s : toutes les pages du plan du site', (slug) => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  let paths: string[] = [];
  beforeAll(async () => {
    const dir = buildSite(slug);
    paths = sitemapPaths(dir);
    server = await serveDir(dir);
  });
  afterAll(async () => { await server?.close(); });

  test('le plan du site liste des pages', () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(paths).toContain('/');
  });

  test('chaque page se charge sans erreur et sans violation axe', async () => {
    const { context } = await newContext(browser);
    const failures: string[] = [];
    // One tab for every page, as a visitor browsing the site: faster than a new tab per page.
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const path of [...paths, '/page-qui-n-existe-pas/']) {
      errors.length = 0;
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      if (!path.includes('n-existe-pas') && response?.status() !== 200) failures.push(`${path} : statut ${response?.status()}`);
      // Scroll to the end so that islands loaded on visibility (charts, map) are checked too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Islands load on visibility; wait for them, but a page that keeps a request open is not a failure here.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of axe.violations)
        failures.push(`${path} : ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      const realErrors = errors.filter((e) => !(path.includes('n-existe-pas') && /404/.test(e)));
      for (const e of realErrors) failures.push(`${path} : erreur console ${e}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 900_000); // axe takes 2 to 3 s per page on a 2-core machine; the sitemap now has 40 to 60 pages per territory.
});

describe('navigation au clavier', () => {
  test('le lien d’évitement mène au contenu principal', async () => {
    const dir = buildSite('thiers-dore-montagne');
    const server = await serveDir(dir);
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/communes/thiers/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    // The next Tab stop is inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
    await context.close();
    await server.close();
  });
});
