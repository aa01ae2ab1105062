/**
 * Search (Pagefind, no server): "CALEOL", "renouveler" and "pièces" lead to the right pages; results come
 * while typing from 3 letters; for a topic word, content pages come before commune pages.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { collectErrors, newContext } from '../helpers/browser.ts';

const site = useSiteInBrowser('thiers-dore-montagne');

/** Types a word in the search form and returns the result paths, best first. */
async function search(page: Page, word: string): Promise<string[]> {
  await page.getByLabel(/Écrivez un mot/).fill(word);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.locator('#recherche-etat', { hasText: /page|Aucune/ }).waitFor();
  return page.$$eval('#recherche-resultats a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('recherche dans le site', () => {
  test.each([
    ['CALEOL', '/apres-la-demande/'],
    ['renouveler', '/renouveler/'],
    ['pièces', '/pieces-justificatives/'],
  ])('« %s » mène à %s', async (word, expected) => {
    const { context, offsite } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.url}/recherche/`);
    const results = await search(page, word);
    expect(results.slice(0, 3)).toContain(expected);
    expect(await page.locator('#recherche-etat').textContent()).toMatch(/\d+ pages? pour/);
    await page
      .locator('#recherche-resultats a', { hasText: /./ })
      .filter({ has: page.locator(`xpath=self::*[@href="${expected}"]`) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`${expected}$`));
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('un mot absent le dit en phrase simple, lue par les lecteurs d’écran', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/recherche/`);
    expect(await search(page, 'zzzyyyxxx')).toEqual([]);
    expect(await page.locator('#recherche-etat[role="status"]').textContent()).toContain('Aucune page');
    await context.close();
  });

  test('l’adresse ?q= lance la recherche', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/recherche/?q=CALEOL`);
    await page.locator('#recherche-resultats a').first().waitFor();
    expect(await page.getByLabel(/Écrivez un mot/).inputValue()).toBe('CALEOL');
    await context.close();
  });

  test('les résultats arrivent pendant la frappe, dès 3 lettres, sans appuyer sur Entrée', async () => {
    const { context } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.url}/recherche/`);
    const field = page.getByLabel(/Écrivez un mot/);
    await field.pressSequentially('re', { delay: 50 });
    // Two letters: nothing is searched, the status stays quiet.
    await page.waitForTimeout(800);
    expect(await page.locator('#recherche-resultats li').count()).toBe(0);
    expect(await page.locator('#recherche-etat').textContent()).toBe('');
    await field.pressSequentially('nouveler', { delay: 50 });
    await page.locator('#recherche-etat', { hasText: /pages? pour « renouveler »/ }).waitFor();
    expect(await page.locator('#recherche-etat').getAttribute('aria-live')).toBe('polite');
    const results = await page.$$eval('#recherche-resultats a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results.slice(0, 3)).toContain('/renouveler/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('renouveler');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('« DALO » : la page du DALO d’abord, et les pages de contenu avant les pages des communes', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/recherche/`);
    await page.getByLabel(/Écrivez un mot/).pressSequentially('DALO', { delay: 50 });
    await page.locator('#recherche-etat', { hasText: /pages? pour « DALO »/ }).waitFor();
    const results = await page.$$eval('#recherche-resultats a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results[0]).toBe('/dalo/');
    expect(results).toContain('/delais/');
    const isCommune = (p: string) => /^\/(communes\/[^/]+|plaquettes\/commune-[^/]+)\/$/.test(p);
    const firstCommune = results.findIndex(isCommune);
    if (firstCommune >= 0) expect(results.slice(firstCommune).every(isCommune)).toBe(true);
    await context.close();
  });

  test('le nom d’une commune garde sa page en tête', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/recherche/?q=Arconsat`);
    await page.locator('#recherche-resultats a').first().waitFor();
    const results = await page.$$eval('#recherche-resultats a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results.slice(0, 3)).toContain('/communes/arconsat/');
    await context.close();
  });

  test('/favicon.ico est servi : aucune page ne le demande en vain', async () => {
    const { context } = await newContext(site.browser);
    const response = await context.request.get(`${site.url}/favicon.ico`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    await context.close();
  });
});
