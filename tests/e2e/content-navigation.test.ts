/**
 * From the home page, a reader reaches in at most 2 clicks: how to apply, the documents, the desks,
 * the waiting times, the simulator and the leaflets. Glossary words are keyboard links described by
 * their definition. The search page without JavaScript offers the site map.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let dir: string;

beforeAll(async () => {
  dir = buildSite('thiers-dore-montagne');
  server = await serveDir(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Internal links of a page, as paths. */
async function linksOf(path: string): Promise<string[]> {
  const { context } = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  const hrefs =
    response?.status() === 200
      ? await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      : [];
  await context.close();
  return [...new Set(hrefs.filter((h) => h.startsWith(server.url)).map((h) => new URL(h).pathname))];
}

describe('atteindre les pages utiles en 2 clics au plus', () => {
  let reachable: Map<string, number>;
  beforeAll(async () => {
    reachable = new Map([['/', 0]]);
    const first = await linksOf('/');
    for (const p of first) if (!reachable.has(p)) reachable.set(p, 1);
    for (const p of first) for (const q of await linksOf(p)) if (!reachable.has(q)) reachable.set(q, 2);
  });

  test.each(['/demander/', '/pieces-justificatives/', '/comprendre/', '/recherche/'])(
    '%s est à 1 clic de l’accueil',
    (path) => {
      expect(reachable.get(path)).toBe(1);
    },
  );
  test.each(['/guichets/', '/delais/', '/cotation/', '/glossaire/', '/renouveler/', '/apres-la-demande/'])(
    '%s est à 2 clics au plus',
    (path) => {
      expect(reachable.get(path)).toBeLessThanOrEqual(2);
    },
  );
  test('les plaquettes sont à 2 clics au plus', () => {
    expect(reachable.get('/plaquettes/')).toBeLessThanOrEqual(2);
  });
});

describe('navigation avec la souris et le clavier', () => {
  test('le menu « Faire une demande » ouvre la page de la demande', async () => {
    const { context } = await newContext(browser, { width: 375 });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // On a phone the menu is behind its button.
    await page.locator('.site-header summary', { hasText: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Faire une demande' })
      .click();
    await page.waitForURL(/\/demander\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Faire une demande de logement social');
    await context.close();
  });

  test('un mot du glossaire est un lien au clavier, décrit par sa définition', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/apres-la-demande/`);
    const link = page.locator('main a.terme', { hasText: 'CALEOL' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/glossaire/#caleol');
    const description = await link.evaluate(
      (a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(description).toContain('commission');
    // The word is in a folded step: the reader opens it by its title, then reaches the link.
    const step = page.locator('main details').filter({ has: page.locator('a.terme', { hasText: 'CALEOL' }) });
    expect(await link.isVisible()).toBe(false);
    await step.locator('summary').click();
    expect(await link.isVisible()).toBe(true);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossaire\/#caleol$/);
    expect(await page.locator('#caleol dt').textContent()).toBe('CALEOL');
    await context.close();
  });

  test('chaque phrase commence sur une nouvelle ligne à l’écran', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/renouveler/`);
    const firstParagraph = await page.locator('main article p').nth(1).innerHTML();
    expect(firstParagraph).toContain('<br>');
    await context.close();
  });

  test('sans JavaScript, une lettre du glossaire ouvre sa partie repliée', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false, width: 375 });
    const page = await context.newPage();
    await page.goto(`${server.url}/glossaire/`);
    const entry = page.locator('#caleol dt');
    expect(await entry.isVisible()).toBe(false);
    await page
      .getByRole('navigation', { name: 'Lettres du glossaire' })
      .getByRole('link', { name: 'C', exact: true })
      .click();
    expect(await entry.isVisible()).toBe(true);
    await context.close();
  });

  test('sans JavaScript, la page de recherche propose le plan du site', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/recherche/`);
    expect(await page.locator('#recherche').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'plan du site' }).first().click();
    await page.waitForURL(/\/plan-du-site\/$/);
    await context.close();
  });
});

describe('le texte suit le FALC sans prétendre à une relecture', () => {
  test('aucune page ne montre le logo européen tant qu’aucune relecture n’est notée', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/demander/`);
    expect(await page.locator('img[alt*="facile à lire"]').count()).toBe(0);
    expect(await page.locator('.falc-status').textContent()).toContain(
      'suit les règles du facile à lire et à comprendre',
    );
    await context.close();
  });
});
