/** The built cotation pages: the published grid lists every criterion with its notes, without JavaScript. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { realGrids } from '../unit/cotation-grid-files.ts';

describe.each(realGrids)('pages de cotation de $slug', ({ slug, grid }) => {
  const dir = buildSite(slug);
  const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  test('la grille publiée montre chaque critère, sa source, et chaque point à vérifier', () => {
    const html = decode(readPage(dir, '/cotation/grille/'));
    for (const c of grid.criteria) {
      expect(html).toContain(`id="critere-${c.id}"`);
      expect(html).toContain(c.reference);
      if (c.a_verifier) expect(html).toContain(c.a_verifier);
    }
    expect(html).toContain(grid.reference);
  });

  test('la page du simulateur montre un exemple calculé sans JavaScript et embarque la grille', () => {
    const html = decode(readPage(dir, '/cotation/'));
    expect(html).toContain('Un exemple calculé');
    expect(html).toContain('id="cotation-grid"');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    const showcase = grid.examples.find((e) => e.showcase)!;
    expect(html).toContain(showcase.name);
  });

  test('le simulateur pèse au plus 20 Ko de JavaScript compressé, et seulement sur sa page', () => {
    const html = readPage(dir, '/cotation/');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, src))).length, 0);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
    expect(readPage(dir, '/cotation/grille/')).not.toMatch(/<script[^>]+src=/);
  });
});
