/**
 * The FALC pages at phone width (375 px), and the search page after a search (results are only on
 * screen once JavaScript ran), have zero axe violations; so do the long pages once every folded part is
 * opened, as a reader who touches each title (axe only checks what is shown).
 */
import { describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { newContext } from '../helpers/browser.ts';

const PAGES = [
  '/comprendre/',
  '/demander/',
  '/pieces-justificatives/',
  '/apres-la-demande/',
  '/renouveler/',
  '/dalo/',
  '/glossaire/',
  '/se-faire-aider/',
];
const site = useSiteInBrowser('thiers-dore-montagne');

const violations = async (page: Page) =>
  (await axeBuilder(page).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) =>
      `${v.id} : ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );

describe('accessibilité des pages FALC', () => {
  test.each(PAGES)('%s à 375 px : aucune violation axe', async (path) => {
    const { context } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    await page.goto(site.url + path);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('la page de recherche avec des résultats : aucune violation axe', async () => {
    const { context } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    await page.goto(`${site.url}/recherche/?q=renouveler`);
    await page.locator('#recherche-resultats a').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test.each([
    '/apres-la-demande/',
    '/pieces-justificatives/',
    '/glossaire/',
    '/ai-je-droit/',
    '/logements/',
    '/plaquettes/',
    '/guichets/',
    '/accessibilite/',
    '/rapport-annuel/',
  ])('%s à 375 px, parties repliées ouvertes : aucune violation axe', async (path) => {
    const { context } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    await page.goto(site.url + path);
    // The shown ones: the filter links of /guichets/ wait hidden while its form works.
    const closed = page.locator('main details:not([open]) > summary:visible');
    expect(await closed.count()).toBeGreaterThan(0);
    while ((await closed.count()) > 0) await closed.first().click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
