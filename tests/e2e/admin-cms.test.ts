/**
 * The editing interface in a real browser, with every outside host blocked: the fixture territory is built with
 * /admin/ enabled and the CMS's in-browser test backend; its repository files are put in the browser's private
 * storage, where that backend reads them. The page must load in French (translations, fonts and icons served by
 * the site), make no outside request, print no error or warning, load the generated configuration and list the
 * desks.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES, ROOT } from '../helpers/paths.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';

const SLUG = 'admin-chamonix';
const REPO_DIR = `tests/fixtures/territories/${SLUG}`;
let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDir>> | undefined;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ils-admin-')), 'dist');
  const r = runScript('build', ['--out', out], {
    TERRITORY: SLUG,
    TERRITORIES_DIR: FIXTURE_TERRITORIES,
    ILS_ADMIN_TEST_BACKEND: '1',
  });
  if (r.status !== 0) throw new Error(`construction échouée :\n${r.stderr}\n${r.stdout}`);
  server = await serveDir(out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('interface d’édition dans le navigateur', () => {
  test('la page charge la configuration générée et liste les guichets du territoire', async () => {
    const { context, offsite } = await newContext(browser!);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The CMS checks its configuration and says in the console what it ignores or refuses.
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()} : ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} : ${r.url()}`);
    });
    await page.goto(`${server!.url}/admin/`);
    // The test backend reads the "repository" from the origin's private file system (OPFS).
    const files = Object.fromEntries(
      ['territory.yaml', 'desks.yaml'].map((f) => [`${REPO_DIR}/${f}`, readFileSync(join(ROOT, REPO_DIR, f), 'utf8')]),
    );
    await page.evaluate(async (entries) => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const [path, text] of Object.entries(entries)) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, files);
    // French from the first screen: the translation is read from the site, not from a CDN.
    await page.getByRole('button', { name: 'Travailler avec un dépôt de test' }).click({ timeout: 60_000 });
    await page.goto(`${server!.url}/admin/#/collections/territoire/entries/guichets`);
    await expect
      .poll(async () => (await page.locator('body').innerText()).includes('Mairie de Chamonix-Mont-Blanc'), {
        timeout: 60_000,
      })
      .toBe(true);
    const text = await page.locator('body').innerText();
    // Labels come from the generated configuration, in French.
    expect(text).toContain('Guichets');
    expect(text).not.toContain('Impossible de charger la traduction');
    // Icons are drawn by their font, served by the site: loaded, and so not shown as words.
    const iconFont = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Material Symbols')).map((f) => f.status);
    });
    expect(iconFont).toContain('loaded');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'ils-admin-guichets.png'), fullPage: true });
    await context.close();
  });
});
