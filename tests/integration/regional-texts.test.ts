/**
 * Texts shared by every territory, read in two built sites: one in Île-de-France (mini-brie, Seine-et-Marne and
 * Essonne) and one elsewhere (mini-chamonix, Haute-Savoie). In Île-de-France the number of a demand is
 * regional (seed 002); everywhere, the guide says that citizens of the European Union may apply; a desk card
 * says « Appelez » only when the desk has a number. The expected sentences are written here by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { normalise, readPdf } from '../fixtures/leaflets/read-pdf.ts';

const sites: Record<'idf' | 'ailleurs', string> = { idf: '', ailleurs: '' };

beforeAll(() => {
  sites.idf = buildSite('mini-brie', { fixture: true });
  sites.ailleurs = buildSite('mini-chamonix', { fixture: true });
});

const text = (dir: string, path: string) =>
  normalise(
    readFileSync(join(dir, path, 'index.html'), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&#x27;/g, '’'),
  );

describe('la demande : toute la région en Île-de-France, le département ailleurs', () => {
  test('Île-de-France : une seule demande pour toute la région, avec un numéro régional', () => {
    const page = text(sites.idf, 'demander');
    expect(page).toContain('En Île-de-France, vous faites une seule demande pour toute la région.');
    expect(page).toContain('Votre numéro de demande est le même dans toute la région.');
    expect(page).toContain('Tous les bailleurs sociaux d’Île-de-France voient votre demande.');
    expect(page).not.toContain('département voient votre demande');
    expect(page).not.toContain('pour tout votre département');
  });

  test('ailleurs : une seule demande pour tout le département', () => {
    const page = text(sites.ailleurs, 'demander');
    expect(page).toContain('Vous faites une seule demande pour tout votre département.');
    expect(page).toContain('Tous les bailleurs sociaux du département voient votre demande.');
    expect(page).not.toContain('Île-de-France');
  });
});

describe('le guide à imprimer : qui peut demander', () => {
  test.each(['idf', 'ailleurs'] as const)('%s : les citoyens de l’Union européenne sont cités', async (where) => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(sites[where], 'plaquettes', 'guide-demandeur.pdf'))));
    const guide = normalise(pdf.pageTexts.join(' '));
    expect(guide).toContain('Qui peut demander un logement social ?');
    expect(guide).toContain('vous êtes de nationalité française,');
    expect(guide).toContain('ou vous venez d’un pays de l’Union européenne,');
    expect(guide).toContain('ou vous avez un titre de séjour valable en France.');
  });
});

describe('les fiches des guichets sans horaires connus', () => {
  const callFirst = (dir: string) =>
    [
      ...readFileSync(join(dir, 'guichets', 'index.html'), 'utf8').matchAll(
        /<article[^>]*data-desk="([^"]+)"[\s\S]*?<\/article>/g,
      ),
    ].map((m) => [
      m[1],
      normalise((/<p class="call-first"[^>]*>([\s\S]*?)<\/p>/.exec(m[0])?.[1] ?? '').replace(/<[^>]+>/g, ' ')),
    ]);

  test('« Appelez » avec le numéro quand le guichet en a un, sinon où demander', () => {
    // mini-brie: Brie-Comte-Robert has no number, Servon has one; neither has opening hours.
    expect(callFirst(sites.idf)).toEqual([
      ['mairie-brie-comte-robert', 'Demandez ses horaires à l’accueil de la mairie avant de venir.'],
      ['mairie-servon', 'Appelez avant de venir : 01 60 00 00 01'],
    ]);
  });

  test('dans le guide à imprimer aussi : « Appelez » seulement sous un numéro', async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(sites.idf, 'plaquettes', 'guide-demandeur.pdf'))));
    const guide = normalise(pdf.pageTexts.join(' '));
    expect(guide).toContain('non communiqués. Demandez ses horaires à l’accueil de la mairie avant de venir.');
    expect(guide).toContain('01 60 00 00 01 Horaires : non communiqués. Appelez avant de venir.');
    expect(guide.match(/Appelez avant de venir/g)).toHaveLength(1);
  });

  test('un guichet aux horaires connus n’a pas cette ligne', () => {
    // mini-chamonix: the one desk has its opening hours.
    expect(callFirst(sites.ailleurs)).toEqual([['mairie-chamonix', '']]);
  });
});
