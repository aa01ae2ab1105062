/** Search (Pagefind, no server): "CALEOL", "renouveler" and "pièces" lead to the right pages. */
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
    await page.locator('#recherche-resultats a', { hasText: /./ }).filter({ has: page.locator(`xpath=self::*[@href="${expected}"]`) }).first().click();
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
});
