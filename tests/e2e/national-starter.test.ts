/**
 * A starter site written by `npm run national -- decouper` passes the same conformance gates as the real
 * territories: every page of its sitemap with axe-core (WCAG 2.0, 2.1, 2.2, A and AA) and HTML_CodeSniffer,
 * every HTML file with the Nu Html Checker. The national file is a small one written here (always present).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import { readPage, sitemapPaths } from '../helpers/build-site.ts';
import { collectErrors, launchBrowser, newContext } from '../helpers/browser.ts';
import { runHtmlcs, validateHtml } from '../helpers/conformance.ts';
import { NATIONAL_HEADER, dwellingLine } from '../helpers/national-file.ts';
import { runScript } from '../helpers/run-cli.ts';
import { serveDir } from '../helpers/static-server.ts';

const THIERS = '200070712';
const work = mkdtempSync(join(tmpdir(), 'ils-national-e2e-'));
const site = join(work, 'site');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  // 40 dwellings in Thiers and Courpière, of every size, some in a QPV.
  const lines = Array.from({ length: 40 }, (_, i) =>
    dwellingLine(
      {
        depcom: i % 4 === 0 ? '63125' : '63430',
        rooms: String(1 + (i % 5)),
        surface: String(30 + 12 * (i % 5)),
        year: String(1960 + i),
        kind: i % 3 === 0 ? 'I' : 'C',
        finan: ['11', '13', '14'][i % 3]!,
        energy: 'ABCDEFG'[i % 7]!,
        qpv: i % 2 === 0 ? 'QP063001' : '',
      },
      i,
    ),
  );
  const input = join(work, 'rpls-national-2025.csv');
  writeFileSync(input, `${[NATIONAL_HEADER.join(';'), ...lines].join('\n')}\n`);
  const split = runScript('national', ['decouper', input, '--sortie', join(work, 'territoires')]);
  if (split.status !== 0) throw new Error(split.stdout + split.stderr);
  const built = runScript('build', ['--out', site], { TERRITORIES_DIR: join(work, 'territoires'), TERRITORY: THIERS });
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
  browser = await launchBrowser();
  server = await serveDir(site);
}, 600_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('site de départ tiré du fichier national', () => {
  test('le bandeau et les manques sont dits sur les pages', () => {
    const text = (path: string) =>
      readPage(site, path)
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    expect(text('/')).toContain('Site de départ');
    expect(text('/guichets/')).toContain('Demandez à votre mairie');
    expect(readPage(site, '/guichets/')).toContain('href="https://www.demande-logement-social.gouv.fr/"');
    expect(text('/cotation/')).toContain('n’a pas encore publié sa grille de cotation');
    expect(text('/mentions-legales/')).toContain('Ce site est un site de départ');
  });

  test('chaque page passe axe et HTML_CodeSniffer, et le HTML est valide', async () => {
    const paths = sitemapPaths(site);
    expect(paths.length).toBeGreaterThan(5);
    const validation = validateHtml(site);
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const failures: string[] = [];
    for (const path of paths) {
      errors.length = 0;
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      if (response?.status() !== 200) failures.push(`${path} : statut ${response?.status()}`);
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
      for (const v of axe.violations) failures.push(`${path} : ${v.id} ${v.help}`);
      failures.push(...(await runHtmlcs(page, path)).failures);
      for (const e of errors) failures.push(`${path} : erreur console ${e}`);
    }
    await context.close();
    failures.push(...(await validation).failures);
    expect(failures).toEqual([]);
  }, 1_800_000);
});
