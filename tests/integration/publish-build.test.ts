/**
 * Publishing in a real build: /admin/ exists only when the territory enables it (page, generated config.yml,
 * the CMS script copied from node_modules, nothing in the sitemap); the default territory publishes its
 * yearly report as a page and a PDF built from the demo yearly file and the dataset's cells.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite, listFiles, readPage, sitemapPaths } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/paths.ts';
import { readPdf } from '../fixtures/leaflets/read-pdf.ts';

describe('interface d’édition /admin/', () => {
  test('activée : la page, la configuration générée et Sveltia CMS avec ses polices et ses traductions, hors du plan du site', () => {
    const dist = buildSite('admin-chamonix', { fixture: true });
    const files = listFiles(dist).filter((f) => f.startsWith('admin/'));
    expect(files).toEqual(
      expect.arrayContaining([
        'admin/config.yml',
        'admin/index.html',
        'admin/demarrage.js',
        'admin/sveltia-cms.js',
        'admin/position.js',
        'admin/modules/immutable@5.1.9/dist/immutable.es.js',
      ]),
    );
    const cmsDir = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('@sveltia/cms')), '..');
    const version = (JSON.parse(readFileSync(join(cmsDir, 'package.json'), 'utf8')) as { version: string }).version;
    const allowed = [
      /^admin\/(config\.yml|index\.html|demarrage\.js|position\.js|sveltia-cms\.js)$/,
      // Modules the CMS imports on demand, copied from the installed packages (self-contained.ts).
      /^admin\/modules\/(@[\w-]+\/)?[\w.-]+@\d+\.\d+\.\d+\/[\w./-]+\.m?js$/,
      /^admin\/chunks\/[\w-]+\.js$/,
      /^admin\/fonts\/[\w-]+\.(woff2|LICENSE\.txt)$/,
      new RegExp(`^admin/cms@${version.replace(/\./g, '\\.')}/locales/[\\w-]+\\.json$`),
      /^admin\/cms\/package\.json$/,
    ];
    expect(files.filter((f) => !allowed.some((r) => r.test(f)))).toEqual([]);
    const config = parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8')) as {
      backend: { name: string; repo: string };
      collections: { name: string }[];
    };
    expect(config.backend).toMatchObject({ name: 'gitlab', repo: 'habitat/site-logement' });
    expect(config.collections.map((c) => c.name)).toContain('territoire');
    const html = readPage(dist, '/admin/');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('rel="cms-config-url"');
    expect(html).toContain('noindex');
    // No CDN: every script is a file of the site.
    expect(html).not.toMatch(/src="https?:/);
    // The CMS's fonts and its French translation are the package's own files, served by the site.
    const script = readFileSync(join(dist, 'admin/sveltia-cms.js'), 'utf8');
    expect(script).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(script).toContain('fonts/material-symbols-outlined-latin-wght-normal.woff2');
    const iconFont = readdirSync(join(cmsDir, 'npm', 'assets')).find((f) =>
      f.startsWith('material-symbols-outlined-latin-wght-normal-'),
    );
    expect(
      readFileSync(join(dist, 'admin/fonts/material-symbols-outlined-latin-wght-normal.woff2')).equals(
        readFileSync(join(cmsDir, 'npm', 'assets', iconFont ?? 'absent')),
      ),
    ).toBe(true);
    expect(readFileSync(join(dist, `admin/cms@${version}/locales/fr.json`), 'utf8')).toBe(
      readFileSync(join(cmsDir, 'locales', 'fr.json'), 'utf8'),
    );
    expect(JSON.parse(readFileSync(join(dist, 'admin/cms/package.json'), 'utf8'))).toEqual({
      name: '@sveltia/cms',
      version,
    });
    expect(sitemapPaths(dist).filter((p) => p.startsWith('/admin'))).toEqual([]);
  });

  test('désactivée : aucun fichier admin publié', () => {
    const dist = buildSite('mini-chamonix', { fixture: true });
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(listFiles(dist).filter((f) => f.toLowerCase().includes('admin'))).toEqual([]);
  });
});

describe('rapport annuel du territoire par défaut', () => {
  test('la page /rapport-annuel/ suit le plan du seed 001 avec les chiffres du jeu de données', () => {
    const dist = buildSite('thiers-dore-montagne');
    const html = readPage(dist, '/rapport-annuel/');
    for (const heading of [
      'Rapport annuel 2023',
      'Pourquoi ce rapport ?',
      'L’accueil des demandeurs',
      'Les questions les plus posées',
      'Les demandes et les attributions',
      'Les actions du plan',
    ]) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('les chiffres de ce rapport sont des exemples');
    expect(html).toContain('href="/plaquettes/rapport-annuel-2023.pdf"');
    expect(sitemapPaths(dist)).toContain('/rapport-annuel/');
  });

  test('le PDF est écrit, balisé et dit la même chose que la page', async () => {
    const dist = buildSite('thiers-dore-montagne');
    const pdf = await readPdf(readFileSync(join(dist, 'plaquettes/rapport-annuel-2023.pdf')));
    const text = pdf.pageTexts.join(' ');
    expect(pdf.info.Title).toBe('Rapport annuel 2023 du service d’information des demandeurs');
    expect(text).toContain('Les actions du plan');
    expect(text).toContain('En retard');
    expect(text).toMatch(/Fin 2023, [\d  ]+ demandes attendent un logement\./);
    expect(pdf.pageTexts.at(-1)).toMatch(/Page \d+ sur \d+/);
  });
});
