/**
 * Publishing in a real build: /admin/ exists only when the territory enables it (page, generated config.yml,
 * the CMS script copied from node_modules, nothing in the sitemap); the default territory publishes its
 * yearly report as a page and a PDF built from the demo yearly file and the dataset's cells.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite, listFiles, readPage, sitemapPaths } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/paths.ts';
import { readPdf } from '../fixtures/leaflets/read-pdf.ts';

describe('interface d’édition /admin/', () => {
  test('activée : la page, la configuration générée et le script de Sveltia CMS, hors du plan du site', () => {
    const dist = buildSite('admin-chamonix', { fixture: true });
    const files = listFiles(dist).filter((f) => f.startsWith('admin/'));
    expect(files).toEqual(expect.arrayContaining(['admin/config.yml', 'admin/index.html', 'admin/sveltia-cms.js']));
    expect(
      files
        .filter((f) => !['admin/config.yml', 'admin/index.html', 'admin/sveltia-cms.js'].includes(f))
        .every((f) => /^admin\/chunks\/[\w-]+\.js$/.test(f)),
    ).toBe(true);
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
    // No CDN: the script is the installed package's own file.
    expect(html).not.toMatch(/src="https?:/);
    const require = createRequire(join(ROOT, 'package.json'));
    const bundle = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');
    expect(readFileSync(join(dist, 'admin/sveltia-cms.js')).equals(readFileSync(bundle))).toBe(true);
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
