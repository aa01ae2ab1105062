/**
 * Generic browser harness: every URL of the sitemap of each real territory loads with no console error,
 * passes axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) and HTML_CodeSniffer (WCAG2AA) with zero errors in the same visit,
 * and links to the accessibility statement; the Nu Html Checker validates every built HTML file. Written
 * once, so every page any feature adds is covered automatically. The measured results are written to the
 * territory's conformance.json, which the accessibility statement reports.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, readPage, sitemapPaths } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { collectErrors, launchBrowser, newContext } from '../helpers/browser.ts';
import {
  addCounts,
  formatCounts,
  HTMLCS_STANDARD,
  packageVersion,
  recordConformance,
  runHtmlcs,
  validateHtml,
  type Counts,
} from '../helpers/conformance.ts';

const TERRITORIES = ['thiers-dore-montagne', 'grand-paris-grand-est'];
const TERRITORIES_DIR = join(import.meta.dirname, '../../data/territories');
/**
 * Pages counted by the last recorded run, read before this run records its own: the site under test was built
 * from these files, so its statement cites them.
 */
interface Measured {
  pages: number;
  engines: { package: string; rules?: string[] }[];
}
const MEASURED_AT_BUILD: Record<string, Measured | undefined> = Object.fromEntries(
  TERRITORIES.map((slug) => {
    const file = join(TERRITORIES_DIR, slug, 'conformance.json');
    return [slug, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Measured) : undefined];
  }),
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Tabs walking the sitemap at once: with 2 cores, a third tab runs while the others wait for the network. */
const TABS = 3;
/** A path that does not exist: the 404 page is checked by axe too. */
const NOT_FOUND = '/page-qui-n-existe-pas/';

/** What the checks of one page found. */
interface PageResult {
  failures: string[];
  axe: number;
  htmlcs: number;
  warnings: Counts;
  notices: Counts;
}

/** Visits `path` in `page` and runs every check on it; `errors` collects the page's console errors. */
async function checkPage(page: Page, errors: string[], base: string, path: string): Promise<PageResult> {
  const result: PageResult = { failures: [], axe: 0, htmlcs: 0, warnings: {}, notices: {} };
  errors.length = 0;
  const response = await page.goto(base + path, { waitUntil: 'load' });
  if (path !== NOT_FOUND && response?.status() !== 200) result.failures.push(`${path} : statut ${response?.status()}`);
  // Scroll to the end so that islands loaded on visibility (charts, map) are checked too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Islands load on visibility; wait for them, but a page that keeps a request open is not a failure here.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  for (const v of axe.violations)
    result.failures.push(
      `${path} : ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
    );
  result.axe = axe.violations.length;
  if (path === NOT_FOUND) return result;
  const htmlcs = await runHtmlcs(page, path);
  result.failures.push(...htmlcs.failures);
  result.htmlcs = htmlcs.failures.length;
  result.warnings = htmlcs.warnings;
  result.notices = htmlcs.notices;
  // The State's checker looks for the statement from every page.
  if (!(await page.locator('a[href="/accessibilite/"]').count()))
    result.failures.push(`${path} : pas de lien vers la déclaration d’accessibilité`);
  for (const e of errors) result.failures.push(`${path} : erreur console ${e}`);
  return result;
}

describe.each(TERRITORIES)('%s : toutes les pages du plan du site', (slug) => {
  let server: Awaited<ReturnType<typeof serveDir>>;
  let paths: string[] = [];
  let validation: ReturnType<typeof validateHtml>;
  beforeAll(async () => {
    const dir = buildSite(slug);
    paths = sitemapPaths(dir);
    server = await serveDir(dir);
    // One Java start for the whole folder, running while the browser walks the pages.
    validation = validateHtml(dir);
    validation.catch(() => undefined);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('le plan du site liste des pages', () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(paths).toContain('/');
  });

  test('chaque page se charge sans erreur, sans violation axe ni erreur HTML_CodeSniffer, et mène à la déclaration d’accessibilité ; le HTML est valide', async () => {
    const { context } = await newContext(browser);
    const walked = [...paths, NOT_FOUND];
    const results = new Map<string, PageResult>();
    // A few tabs walk the pages side by side, each as a visitor browsing the site: while one waits for the
    // network, another runs its checks. Each result is kept by page and read back in the sitemap's order.
    const queue = [...walked];
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await context.newPage();
        const errors = collectErrors(page);
        for (let path = queue.shift(); path !== undefined; path = queue.shift())
          results.set(path, await checkPage(page, errors, server.url, path));
        await page.close();
      }),
    );
    await context.close();
    const failures: string[] = [];
    const counts = { axe: 0, htmlcs: 0, warnings: {} as Counts, notices: {} as Counts };
    for (const path of walked) {
      const r = results.get(path)!;
      failures.push(...r.failures);
      counts.axe += r.axe;
      counts.htmlcs += r.htmlcs;
      addCounts(counts.warnings, r.warnings);
      addCounts(counts.notices, r.notices);
    }
    const html = await validation;
    failures.push(...html.failures);
    console.log(
      `${slug} : HTML_CodeSniffer, ${paths.length} pages, avertissements par sorte :\n${formatCounts(counts.warnings)}\nremarques par sorte :\n${formatCounts(counts.notices)}`,
    );
    recordConformance(slug, {
      browser: `Chromium ${browser.version()}`,
      pages: paths.length,
      engines: [
        {
          package: 'axe-core',
          version: packageVersion('axe-core'),
          checked: paths.length,
          rules: WCAG_TAGS,
          errors: counts.axe,
          warnings: {},
          notices: {},
        },
        {
          package: 'html_codesniffer',
          version: packageVersion('html_codesniffer'),
          checked: paths.length,
          rules: [HTMLCS_STANDARD],
          errors: counts.htmlcs,
          warnings: counts.warnings,
          notices: counts.notices,
        },
        {
          package: 'vnu-jar',
          version: packageVersion('vnu-jar'),
          checked: html.files,
          rules: [],
          errors: html.failures.length,
          warnings: {},
          notices: {},
        },
      ],
    });
    expect(failures).toEqual([]);
  }, 1_800_000); // axe and HTML_CodeSniffer take 3 to 4 s per page on a 2-core machine at rest; 40 to 60 pages per territory.
});

describe.each(TERRITORIES)('%s : déclaration d’accessibilité et mentions légales', (slug) => {
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  test('la déclaration suit le modèle de l’État et cite les mesures de cette construction', () => {
    const dir = buildSite(slug);
    const page = text(readPage(dir, '/accessibilite/'));
    for (const section of [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Non-conformités',
      'Dérogations pour charge disproportionnée',
      'Contenus non soumis à l’obligation d’accessibilité',
      'Établissement de cette déclaration d’accessibilité',
      'Technologies utilisées pour la réalisation du site',
      'Environnement de test',
      'Outils pour évaluer l’accessibilité',
      'Pages du site ayant fait l’objet de la vérification de conformité',
      'Retour d’information et contact',
      'Voies de recours',
      'Libre réponse 71120, 75342 Paris CEDEX 07',
    ])
      expect(page).toContain(section);
    expect(page).toContain('Ce site est non conforme avec le RGAA version 4.1');
    for (const [name, pkg] of [
      ['axe-core', 'axe-core'],
      ['HTML_CodeSniffer', 'html_codesniffer'],
      ['Nu Html Checker (validateur du W3C)', 'vnu-jar'],
    ] as const)
      expect(page).toContain(`${name} version ${packageVersion(pkg)}`);
    // The statement cites the last measured run (conformance.json); a site that has grown since is reported, not
    // failed: the next browser run records the new count, and the statement follows at the next build.
    const measured = MEASURED_AT_BUILD[slug]?.pages;
    if (measured === undefined) {
      expect(page).toContain('Les tests automatiques de ce site n’ont pas encore été faits');
    } else {
      expect(page).toContain('Tests automatiques du');
      expect(page).toContain(`sur ${measured} pages du plan du site`);
      // The rule sets come from the measure: a run recorded with the WCAG 2.2 tags says so on the statement.
      const axeRules = MEASURED_AT_BUILD[slug]?.engines.find((e) => e.package === 'axe-core')?.rules ?? [];
      if (axeRules.join() === WCAG_TAGS.join())
        expect(page).toContain(
          `axe-core version ${packageVersion('axe-core')}, règles WCAG 2.0, 2.1 et 2.2 niveaux A et AA :`,
        );
      if (axeRules.length === 0) expect(page).not.toContain(`axe-core version ${packageVersion('axe-core')}, règles`);
      const pages = sitemapPaths(dir).length;
      if (pages !== measured)
        console.warn(
          `${slug} : conformance.json cite ${measured} pages, le site en a ${pages} : enregistrez le conformance.json écrit par ce passage.`,
        );
    }
  });

  test('l’accueil affiche l’état d’accessibilité ; les mentions légales de démonstration disent ce qui manque', () => {
    const dir = buildSite(slug);
    expect(text(readPage(dir, '/'))).toContain('Accessibilité : non conforme');
    const legal = text(readPage(dir, '/mentions-legales/'));
    expect(legal).toContain('Ce site est un site de démonstration. Ces mentions ne sont pas complètes.');
    expect(legal).toContain('l’hébergeur du site : son nom, son adresse et son téléphone');
    expect(legal).not.toContain('sera indiqué');
  });
});

describe('les vérifications trouvent une page cassée', () => {
  test('une <div> dans une <ul>, un formulaire sans bouton d’envoi et deux boutons trop petits : la page et le message sont signalés', async () => {
    const dir = buildSite('thiers-dore-montagne');
    // A broken copy of the home page, in a temporary folder and served only to this test: nothing broken is built.
    const broken = readFileSync(join(dir, 'index.html'), 'utf8')
      .replace(/<ul\b[^>]*>/, (ul) => `${ul}<div>Intrus</div>`)
      .replace(
        '</main>',
        '<form action="/recherche/"><label for="casse-mot">Mot</label><input id="casse-mot" name="q"></form>' +
          // Two buttons of 12 × 12 px side by side: below the 24 × 24 px of WCAG 2.2 (criterion 2.5.8).
          '<p><button type="button" style="width:12px;height:12px;padding:0;border:0;font-size:8px">a</button>' +
          '<button type="button" style="width:12px;height:12px;padding:0;border:0;font-size:8px">b</button></p></main>',
      );
    const tmp = mkdtempSync(join(tmpdir(), 'ils-casse-'));
    mkdirSync(join(tmp, 'casse'));
    writeFileSync(join(tmp, 'casse', 'index.html'), broken);
    const server = await serveDir(dir);
    const { context } = await newContext(browser);
    await context.route(`${server.url}/casse/`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: broken }),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}/casse/`);
    const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
    const failures = [
      ...axe.violations.map((v) => `/casse/ : ${v.id} ${v.help}`),
      ...(await runHtmlcs(page, '/casse/')).failures,
      ...(await validateHtml(tmp)).failures,
    ];
    await context.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
    console.log(`Page cassée exprès, ce que la suite signale :\n${failures.join('\n')}`);
    expect(failures).toContainEqual(
      expect.stringMatching(/^\/casse\/ : ligne \d+, colonne \d+ : Element “div” not allowed as child of element “ul”/),
    );
    expect(failures).toContainEqual(expect.stringMatching(/^\/casse\/ : HTML_CodeSniffer .*H32\.2 : /));
    expect(failures).toContainEqual(expect.stringMatching(/^\/casse\/ : target-size /));
  });
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
