/**
 * The leaflet pages in Chromium: the list and the print versions pass axe-core, and printing a commune's
 * print version from the browser gives 2 A4 pages, like its PDF.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDir(buildSite('thiers-dore-montagne'));
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('pages des plaquettes', () => {
  test('la liste et les versions à imprimer passent axe', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of ['/plaquettes/', '/plaquettes/guide-demandeur/', '/plaquettes/grille-cotation/', '/plaquettes/commune-thiers/', '/plaquettes/commune-arconsat/']) {
      const response = await page.goto(server.url + path);
      if (response?.status() !== 200) failures.push(`${path} : statut ${response?.status()}`);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of axe.violations) failures.push(`${path} : ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  test('la version à imprimer d’une commune tient sur 2 pages A4', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/plaquettes/commune-thiers/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(2);
    await context.close();
  });
});
