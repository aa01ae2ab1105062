/**
 * Desks in order of use, over the built site of both territories: the territory's own desks first on
 * /guichets/, on every "Où aller ?" result and on the commune pages; every result gives an address or a
 * phone; no promise of hours the data does not have; the favicon is there.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

/** The page's main content, without header and footer (the footer carries the territory's phone). */
function main(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replaceAll('&#39;', "'");
}

/** Desk ids of the cards of a piece of HTML, in page order. */
function cardIds(html: string): string[] {
  return [...html.matchAll(/data-desk="([^"]+)"/g)].map((m) => m[1]!);
}

for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
  describe(`guichets dans l’ordre d’usage : ${slug}`, () => {
    const { territory } = loadTerritory(slug, { territoriesDir: TERRITORIES });
    const t = territory!;
    const inside = new Set(t.desks.filter((d) => !d.outsideTerritory).map((d) => d.id));
    const dir = buildSite(slug);
    const guichets = main(readPage(dir, '/guichets/'));

    test('le premier guichet de /guichets/ est dans le territoire, ceux du dehors viennent après tous les autres', () => {
      const ids = cardIds(guichets);
      expect(ids.length).toBe(t.desks.length);
      expect(inside.has(ids[0]!)).toBe(true);
      const firstOutside = ids.findIndex((id) => !inside.has(id));
      if (firstOutside >= 0) expect(ids.slice(firstOutside).every((id) => !inside.has(id))).toBe(true);
    });

    test('chaque guichet hors du territoire dit qui il reçoit', () => {
      for (const d of t.desks.filter((x) => x.outsideTerritory)) {
        const card = guichets.slice(guichets.indexOf(`data-desk="${d.id}"`)).split('</article>')[0]!;
        expect(card, d.id).toMatch(/hors du territoire\. Il reçoit (tout le monde|seulement )/);
      }
    });

    test('chaque résultat de « Où aller ? » : le territoire d’abord, et une adresse ou un téléphone', () => {
      const results = readdirSync(join(dir, 'ou-aller', 'resultat'));
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        const html = main(readPage(dir, `/ou-aller/resultat/${r}/`));
        const ids = cardIds(html);
        if (ids.some((id) => inside.has(id))) expect(inside.has(ids[0]!), `${r} : ${ids[0]}`).toBe(true);
        expect(/<dt[^>]*>Adresse<\/dt>|href="tel:/.test(html) || html.includes(t.settings.contact.address!), r).toBe(
          true,
        );
      }
    });

    test('sans logement : appeler le 115 et déposer sa demande dès maintenant', () => {
      const html = main(readPage(dir, '/ou-aller/resultat/sans-logement/'));
      expect(html).toContain('href="tel:115"');
      expect(html).toContain('dès maintenant');
      expect(html).toContain('Déposez aussi votre demande maintenant');
      expect(html).not.toMatch(/plus tard/i);
    });

    test('sans horaires connus : « Appelez avant de venir » avec le numéro, sinon où se renseigner', () => {
      for (const m of guichets.matchAll(/<p class="call-first"[^>]*>(.*?)<\/p>/g))
        expect(m[1]).toMatch(
          /^Appelez avant de venir : <a href="tel:\d+"|^Écrivez à ce guichet avant de venir : <a href="mailto:|^Regardez ses horaires sur son site avant de venir : <a href="https:|^Demandez ses horaires à (l’accueil de la mairie|la mairie de votre commune) avant de venir\./,
        );
      const noHours = t.desks.filter((d) => !d.openingHours);
      expect(guichets.match(/data-call-first/g)?.length ?? 0).toBe(noHours.length);
    });

    test('aucun texte ne promet des horaires que les données n’ont pas', () => {
      const counters = t.desks.filter((d) => d.kind !== 'siao');
      const home = readPage(dir, '/');
      const guichetsCard = home.slice(home.indexOf('href="/guichets/"')).split('</li>')[0]!;
      if (counters.every((d) => !d.openingHours)) expect(guichetsCard).not.toContain('horaires');
      if (counters.some((d) => !d.openingHours)) expect(guichetsCard).not.toMatch(/téléphones et les horaires/);
    });

    test('le filtre « Pour qui » ne montre pas deux fois « Tout le monde »', () => {
      const options = [...readPage(dir, '/guichets/').matchAll(/<option value="[^"]*">([^<]+)<\/option>/g)].map(
        (m) => m[1]!,
      );
      expect(options.filter((o) => /tout le monde/i.test(o)).length).toBeLessThanOrEqual(1);
      expect(new Set(options).size).toBe(options.length);
    });

    test('pages des communes : les guichets les plus proches sont dans le territoire', () => {
      for (const c of t.communes) {
        const html = readPage(dir, `/communes/${c.slug}/`);
        const start = html.indexOf('id="guichets-proches"');
        if (start < 0) continue;
        for (const id of cardIds(html.slice(start, html.indexOf('</section>', start))))
          expect(inside.has(id), `${c.name} : ${id}`).toBe(true);
      }
    });

    test('pictogrammes décoratifs sur les cartes de l’accueil', () => {
      const home = main(readPage(dir, '/'));
      const svgs = [...home.matchAll(/<svg[^>]*data-pictogram[^>]*>/g)].map((m) => m[0]);
      expect(svgs.length).toBeGreaterThanOrEqual(10);
      for (const svg of svgs) expect(svg).toMatch(/aria-hidden="true"[^>]*focusable="false"/);
    });

    test('/favicon.ico existe : une icône au format ICO', () => {
      const file = join(dir, 'favicon.ico');
      expect(existsSync(file)).toBe(true);
      expect([...readFileSync(file).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    });
  });
}
