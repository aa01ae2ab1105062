/** The desk pages of a built site, read back as HTML (Grand Paris Grand Est: 19 desks, seed 002 annexe 3). */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

const slug = 'grand-paris-grand-est';
const { territory } = loadTerritory(slug, { territoriesDir: TERRITORIES });
const desks = territory!.desks;

describe(`pages des guichets de ${slug}`, () => {
  const dir = buildSite(slug);
  const guichets = readPage(dir, '/guichets/');

  test('la page /guichets/ liste chaque guichet une fois', () => {
    for (const d of desks) expect(guichets.match(new RegExp(`id="guichet-${d.id}"`, 'g')), d.id).toHaveLength(1);
  });

  test('horaires en français, jamais la syntaxe brute ; sinon « Nous ne connaissons pas ses horaires »', () => {
    expect(guichets).toContain('Le samedi : de 9 h à 12 h.');
    expect(guichets).toContain('Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h à 17 h.');
    expect(guichets).not.toContain('Mo-Fr');
    expect(guichets).toContain('Nous ne connaissons pas ses horaires.');
  });

  test('un lien tel: pour le 115', () => expect(guichets).toContain('href="tel:115"'));

  test('une page statique par filtre, qui ne garde que les guichets du filtre', () => {
    const niveau3 = readPage(dir, '/guichets/niveau-3/');
    expect(niveau3.match(/id="guichet-/g)).toHaveLength(desks.filter((d) => d.levels.includes(3)).length);
    // A member commune's filter link goes to its own page, which lists its desks.
    expect(guichets).toContain('href="/communes/rosny-sous-bois/#guichets"');
    expect(existsSync(join(dir, 'guichets', 'commune-93064'))).toBe(false);
    expect(existsSync(join(dir, 'guichets', 'public-tous'))).toBe(false);
  });

  test('la page de Villemomble montre son guichet et les guichets d’enregistrement les plus proches', () => {
    const page = readPage(dir, '/communes/villemomble/');
    expect(page).toContain('id="guichet-oph-villemomble"');
    expect(page).toContain('Les guichets les plus proches pour déposer une demande');
    expect(page.match(/class="distance"[^>]*>À \d+ km/g)?.length).toBe(3);
  });

  test('« Où aller ? » : chaque réponse mène à une page qui existe, et chaque page de résultat est atteinte', () => {
    const seen = new Set<string>();
    const queue = ['/ou-aller/'];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      expect(existsSync(join(dir, path, 'index.html')), path).toBe(true);
      for (const m of readPage(dir, path).matchAll(/class="answer[^"]*" href="([^"]+)"/g)) queue.push(m[1]!);
    }
    const results = readdirSync(join(dir, 'ou-aller', 'resultat'));
    for (const r of results) expect(seen.has(`/ou-aller/resultat/${r}/`), r).toBe(true);
    expect(results.length).toBe(territory!.deskExtras.orientation!.outcomes.length);
  });

  test('le code de la carte n’est chargé sur aucune autre page que /guichets/', () => {
    const mapScript = (html: string) => /DeskMap[^"]*\.js|leaflet/i.test(html);
    expect(mapScript(guichets)).toBe(true);
    for (const p of ['/', '/communes/villemomble/', '/guichets/niveau-2/', '/ou-aller/resultat/guichet/'])
      expect(mapScript(readPage(dir, p)), p).toBe(false);
    expect(guichets).not.toMatch(/<link[^>]+leaflet/);
  });

  test('le menu principal mène aux guichets et à « Où aller ? »', () => {
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain('href="/guichets/"');
    expect(home).toContain('href="/ou-aller/"');
  });
});
