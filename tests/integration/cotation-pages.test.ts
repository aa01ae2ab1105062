/**
 * The built cotation pages: the published grid lists every criterion with its notes, without JavaScript;
 * the grid page, the grid PDF and the simulator page show the same explanation lines for the examples.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { realGrids } from '../unit/cotation-grid-files.ts';
import { exampleResults, pointsWord, type CotationResult } from '../../src/lib/cotation/index.ts';
import { cotationLeaflet } from '../../src/lib/leaflets/index.ts';
import { prepareDataset } from '../../scripts/prepare.ts';

/** The lines a result shows in its table: criterion, points, why. */
const shown = (r: CotationResult) =>
  r.lines.filter((l) => l.points !== 0 || l.matched).map((l) => [l.label, pointsWord(l.points), l.because]);
const decodeText = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The rows of the result tables in a piece of built HTML. */
const rowsOf = (html: string) =>
  [
    ...html.matchAll(
      /<tr data-line="[^"]+"><th scope="row">(.*?)<\/th><td class="num">(.*?)<\/td><td>(.*?)<\/td><\/tr>/g,
    ),
  ].map((m) => [m[1]!, m[2]!, m[3]!].map(decodeText));

describe.each(realGrids)('pages de cotation de $slug', ({ slug, grid }) => {
  const dir = buildSite(slug);
  const decode = (html: string) =>
    html
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  test('la grille publiée montre chaque critère, sa source, et chaque point à vérifier', () => {
    const html = decode(readPage(dir, '/cotation/grille/'));
    for (const c of grid.criteria) {
      expect(html).toContain(`id="critere-${c.id}"`);
      expect(html).toContain(c.reference);
      if (c.toVerify) expect(html).toContain(c.toVerify);
    }
    expect(html).toContain(grid.reference);
    // A reference shared by a category's criteria is written once for the category, not once per criterion
    // (50 times on a phone); a criterion says its source only when it differs from its category's.
    for (const category of new Set(grid.criteria.map((c) => c.category))) {
      const refs = grid.criteria.filter((c) => c.category === category).map((c) => c.reference);
      const common = [...new Set(refs)].sort(
        (x, y) => refs.filter((r) => r === y).length - refs.filter((r) => r === x).length,
      )[0]!;
      expect(html).toContain(`: ${common}.</p>`);
    }
    const criteriaSources = html.match(/<span class="official"[^>]*>Source : /g) ?? [];
    const differing = grid.criteria.filter((c) => !html.includes(`: ${c.reference}.</p>`));
    expect(criteriaSources).toHaveLength(differing.length);
  });

  test('la page du simulateur montre un exemple calculé sans JavaScript et embarque la grille', () => {
    const html = decode(readPage(dir, '/cotation/'));
    expect(html).toContain('Voir un exemple calculé');
    expect(html).toContain('id="cotation-grid"');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    const showcase = grid.examples.find((e) => e.showcase)!;
    expect(html).toContain(showcase.name);
  });

  test('la grille publiée et la page du simulateur montrent les mêmes lignes pour les exemples', () => {
    const expected = exampleResults(grid).map(({ result }) => shown(result));
    expect(expected.flat().length).toBeGreaterThan(5);
    const gridPage = readPage(dir, '/cotation/grille/').split('<details class="grid-example"').slice(1);
    expect(gridPage.map(rowsOf)).toEqual(expected);
    const showcase = grid.examples.findIndex((e) => e.showcase);
    const simulatorPage = readPage(dir, '/cotation/').split('<details class="worked-example"')[1]!;
    expect(rowsOf(simulatorPage)).toEqual(expected[showcase]);
  });

  test('la plaquette de la grille laisse les exemples au site : leurs phrases disent « vous »', async () => {
    const prepared = await prepareDataset(slug);
    const model = cotationLeaflet(prepared.dataset!)!;
    expect(model.sections.map((s) => s.id)).not.toContain('exemple-1');
    const text = JSON.stringify(model.sections);
    expect(text).not.toContain('Vous avez coché');
    for (const { example } of exampleResults(grid)) expect(text).not.toContain(example.name);
  });

  test('un critère qui ne compte pas dit quelle condition manque', () => {
    const html = decode(readPage(dir, '/cotation/grille/'));
    expect(html).toContain('Les critères qui ne comptent pas pour vous, et pourquoi');
    expect(html).toMatch(/Vous n’avez pas coché « [^»]+ »/);
    expect(html).not.toContain('Votre situation ne correspond pas');
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
