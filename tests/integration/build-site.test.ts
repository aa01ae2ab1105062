/** Building a small fixture territory and reading the HTML back, as a visitor's browser would get it. */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, listFiles, readPage, sitemapPaths } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

describe('construction d’un petit territoire', () => {
  const dir = buildSite('mini-chamonix', { fixture: true });

  test('une page d’accueil, une page par commune, les pages obligatoires', () => {
    const files = listFiles(dir);
    for (const f of [
      'index.html',
      'mentions-legales/index.html',
      'accessibilite/index.html',
      'donnees-personnelles/index.html',
      '404.html',
    ])
      expect(files).toContain(f);
    const communes = files.filter((f) => /^communes\/[^/]+\/index\.html$/.test(f));
    expect(communes.sort()).toEqual([
      'communes/chamonix-mont-blanc/index.html',
      'communes/les-houches/index.html',
      'communes/servoz/index.html',
      'communes/vallorcine/index.html',
    ]);
  });

  test('les pages sont en français, avec le nom du territoire et la mention démonstration', () => {
    const html = readPage(dir, '/');
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('Vallée de Chamonix');
    expect(html).toContain('Site de démonstration');
    expect(html).toContain('href="#contenu"');
  });

  test('la page d’une commune donne sa population et ses guichets', () => {
    const html = readPage(dir, '/communes/chamonix-mont-blanc/');
    expect(html).toMatch(/Le logement social à Chamonix-Mont-Blanc/);
    expect(html).toContain('Mairie de Chamonix-Mont-Blanc');
    expect(html).toContain('href="tel:0450531113"');
  });

  test('la déclaration d’accessibilité dit honnêtement le niveau de conformité', () => {
    const html = readPage(dir, '/accessibilite/');
    expect(html).toContain('non conforme');
    expect(html).toContain('Défenseur des droits');
  });

  test('le plan du site XML liste toutes les pages HTML', () => {
    const paths = sitemapPaths(dir);
    const pages = listFiles(dir)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(paths.sort()).toEqual(pages.sort());
  });

  test('les pages sans îlot n’envoient aucun JavaScript', () => {
    for (const path of ['/', '/mentions-legales/', '/donnees-personnelles/']) {
      expect(readPage(dir, path)).not.toMatch(/<script\b/);
    }
    // The accessibility statement folds its long last part for phones: its only script is the small inline one
    // that opens a fold for a link to it and before printing; no file is loaded, and the folded text is in the page.
    const statement = readPage(dir, '/accessibilite/');
    const scripts = statement.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/<script[^>]*\bsrc=/);
    expect(scripts[0]).toContain('beforeprint');
    expect(statement).toContain('Outils pour évaluer l’accessibilité');
  });
});

describe('construction sûre', () => {
  test('deux constructions des mêmes données donnent des fichiers identiques', () => {
    const a = buildSite('mini-chamonix', { fixture: true, fresh: true });
    const b = buildSite('mini-chamonix', { fixture: true, fresh: true });
    const hash = (d: string) =>
      listFiles(d).map(
        (f) =>
          `${f} ${createHash('sha256')
            .update(readFileSync(join(d, f)))
            .digest('hex')}`,
      );
    expect(hash(a)).toEqual(hash(b));
  });

  test('un territoire invalide arrête la construction et laisse le site précédent intact', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ils-keep-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'ancien site');
    const r = runScript('build', ['--out', out], { TERRITORY: 'broken-desks', TERRITORIES_DIR: FIXTURE_TERRITORIES });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('horaires illisibles');
    expect(r.stderr).toContain("n'a pas été modifié");
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('ancien site');
    expect(existsSync(join(out, 'communes'))).toBe(false);
  });
});
