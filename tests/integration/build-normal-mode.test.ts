/**
 * A build as `npm run build` does it: the territories folder is named from the project root (the default
 * `data/territories` is such a path), not by an absolute path as the other tests do. The pages run from a bundle
 * in a temporary folder; they must still find the territory's conformance.json (the accessibility statement) and
 * its own pages (content/). Then every page of the site plan is read for words meant for developers.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES, ROOT } from '../helpers/paths.ts';

let dir: string;
let out: string;

beforeAll(() => {
  // Inside the project, as data/territories is: the path given to the build is relative to the project root.
  mkdirSync(join(ROOT, '.build-tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.build-tmp', 'normal-mode-'));
  const territory = join(dir, 'territories', 'mini-chamonix');
  cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), territory, { recursive: true });
  writeFileSync(
    join(territory, 'conformance.json'),
    JSON.stringify({
      date: '2026-11-30',
      browser: 'Chromium 150.0.0.0',
      pages: 42,
      engines: [
        { package: 'axe-core', version: '4.13.0', checked: 42, errors: 0, warnings: {}, notices: {} },
        { package: 'html_codesniffer', version: '2.5.1', checked: 42, errors: 0, warnings: {}, notices: {} },
        { package: 'vnu-jar', version: '26.11.1', checked: 43, errors: 0, warnings: {}, notices: {} },
      ],
    }),
  );
  mkdirSync(join(territory, 'content'));
  writeFileSync(
    join(territory, 'content', 'permanences.mdx'),
    [
      '---',
      'title: Les permanences de la vallée',
      'description: Les jours où un agent vous reçoit.',
      'order: 130',
      'lastReview: 2026-11-23',
      '---',
      '',
      '## Où nous trouver',
      '',
      'Un agent vous reçoit chaque mois.',
      'Il vous aide à faire votre demande.',
    ].join('\n'),
  );
  out = join(dir, 'dist');
  const r = runScript('build', ['--out', out], {
    TERRITORY: 'mini-chamonix',
    TERRITORIES_DIR: relative(ROOT, join(dir, 'territories')),
  });
  if (r.status !== 0) throw new Error(r.stderr + r.stdout);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The words a visitor reads: no tag, no script, no style. */
const visibleText = (page: string) =>
  page
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');

describe('construction normale : le territoire est nommé depuis la racine du projet', () => {
  test('la déclaration d’accessibilité cite les résultats mesurés : date, pages, outils', () => {
    const page = visibleText(html('accessibilite'));
    expect(page).toContain('Tests automatiques du 30 novembre 2026, sur 42 pages du plan du site');
    expect(page).toContain('axe-core version 4.13.0 : 42 pages vérifiées, 0 erreur.');
    expect(page).toContain('HTML_CodeSniffer version 2.5.1 : 42 pages vérifiées, 0 erreur.');
    expect(page).toContain('version 26.11.1 : 43 fichiers HTML vérifiés, 0 erreur.');
    expect(page).toContain('Les pages sont ouvertes dans le navigateur Chromium 150.0.0.0');
    expect(page).not.toContain('pas encore été faits');
  });

  test('une page du dossier content du territoire est publiée, dans « Comprendre » et dans le plan du site', () => {
    expect(html('permanences')).toContain('<h1>Les permanences de la vallée</h1>');
    expect(html('permanences')).toContain('Un agent vous reçoit chaque mois.');
    expect(html('comprendre')).toContain('href="/permanences/"');
    expect(html('plan-du-site')).toMatch(/<a href="\/permanences\/">Les permanences de la vallée<\/a>/);
  });

  test('aucune page du plan du site ne montre une commande ou un mot de développeur', () => {
    const paths = [...html('plan-du-site').matchAll(/<a href="(\/[^"#]*)"/g)].map((m) => m[1] ?? '/');
    const pages = [...new Set(['/plan-du-site/', ...paths])].filter((p) => p.endsWith('/'));
    // The plan lists the FALC pages, the communes, the main and the legal pages.
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('/accessibilite/');
    expect(pages).toContain('/permanences/');
    const developerWords = [
      /\bnpm\b/,
      /\bnpx\b/,
      /\bnode scripts\b/,
      /test:e2e/,
      /\w\.(?:yaml|yml|mdx)\b/,
      /conformance\.json/,
      /\bTERRITOR(?:Y|IES_DIR)\b/,
      /\bILS_[A-Z]/,
      /data\/territories/,
      /src\/lib/,
      /\bundefined\b/,
      /\bNaN\b/,
      /\[object Object\]/,
    ];
    const found: string[] = [];
    for (const path of pages) {
      const text = visibleText(readFileSync(join(out, path, 'index.html'), 'utf8'));
      for (const word of developerWords) {
        const m = word.exec(text);
        if (m) found.push(`${path} : « ${text.slice(Math.max(0, m.index - 40), m.index + 40)} »`);
      }
    }
    expect(found).toEqual([]);
  });
});
