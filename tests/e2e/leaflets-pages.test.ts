/**
 * The leaflet pages in Chromium: the list and the print versions pass axe-core, and printing a commune's
 * print version from the site.browser gives 2 A4 pages, like its PDF.
 */
import { describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import { getDocumentProxy } from 'unpdf';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { newContext } from '../helpers/browser.ts';

const site = useSiteInBrowser('thiers-dore-montagne');

describe('pages des plaquettes', () => {
  test('la liste et les versions à imprimer passent axe', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of [
      '/plaquettes/',
      '/plaquettes/guide-demandeur/',
      '/plaquettes/grille-cotation/',
      '/plaquettes/commune-thiers/',
      '/plaquettes/commune-arconsat/',
    ]) {
      const response = await page.goto(site.url + path);
      if (response?.status() !== 200) failures.push(`${path} : statut ${response?.status()}`);
      const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
      for (const v of axe.violations)
        failures.push(
          `${path} : ${v.id} ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  test('la version à imprimer d’une commune tient sur 2 pages A4', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/plaquettes/commune-thiers/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(2);
    await context.close();
  });
});
