/**
 * The editing interface in a real browser, with every outside host blocked. Two sites: the fixture territory
 * built with the CMS's in-browser test backend (ILS_ADMIN_TEST_BACKEND), and the default territory as
 * `npm run build` makes it, whose `admin: { backend: demo }` ships the same backend as a demonstration. In both,
 * the page puts the territory's files where that backend reads them (the browser's private storage), then
 * starts the CMS. The page must load in French (translations, fonts and icons served by the site), make no
 * outside request, print no error or warning, load the generated configuration and list the desks.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES, TERRITORIES } from '../helpers/paths.ts';
import { serveDir } from '../helpers/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { expectSelfContained, openAdmin, savedFile, shows } from '../helpers/admin-cms.ts';

let browser: Browser | undefined;
const servers: Awaited<ReturnType<typeof serveDir>>[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

async function serve(dir: string): Promise<string> {
  const server = await serveDir(dir);
  servers.push(server);
  return server.url;
}

describe('interface d’édition dans le navigateur, sans aucun hôte extérieur', () => {
  test('territoire de test : la configuration générée est chargée, les guichets sont listés', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ils-admin-')), 'dist');
    const r = runScript('build', ['--out', out], {
      TERRITORY: 'admin-chamonix',
      TERRITORIES_DIR: FIXTURE_TERRITORIES,
      ILS_ADMIN_TEST_BACKEND: '1',
    });
    if (r.status !== 0) throw new Error(`construction échouée :\n${r.stderr}\n${r.stdout}`);
    const url = await serve(out);
    const { page, context, errors, offsite } = await openAdmin(browser!, url);
    await page.goto(`${url}/admin/#/collections/territoire/entries/guichets`);
    await shows(page, 'Mairie de Chamonix-Mont-Blanc');
    // Labels come from the generated configuration, in French.
    await shows(page, 'Ajouter guichet');
    await expectSelfContained(page, errors, offsite);
    await page.screenshot({ path: join(tmpdir(), 'ils-admin-guichets.png'), fullPage: true });
    await context.close();
  });

  test('territoire par défaut : la démonstration s’ouvre sans compte, sur les fichiers du territoire', async () => {
    const url = await serve(buildSite('thiers-dore-montagne'));
    const { page, context, errors, offsite } = await openAdmin(browser!, url);
    // The editor may already have opened its first collection, which it then names first in the title
    // (« Collection Le territoire – … »): what matters is the end, which says demonstration and territory.
    expect(await page.title()).toMatch(/(^|– )Démonstration – Interface d’édition – Thiers Dore et Montagne$/);
    await page.goto(`${url}/admin/#/collections/territoire/entries/guichets`);
    await shows(page, 'Service Logement de Thiers Dore et Montagne');
    await expectSelfContained(page, errors, offsite);
    await page.screenshot({ path: join(tmpdir(), 'ils-admin-demo.png'), fullPage: true });
    await context.close();
  });

  test('territoire par défaut : « Où aller ? » s’ouvre, un changement est enregistré et passe la vérification', async () => {
    const url = await serve(buildSite('thiers-dore-montagne'));
    const { page, context, errors, offsite } = await openAdmin(browser!, url);
    await page.goto(`${url}/admin/#/collections/territoire/entries/orientation`);
    // The long form opens (it stayed blank with a preview pane): its first field holds the file's value.
    const source = page.getByRole('textbox', { name: /Source de l’information/ }).first();
    await source.waitFor({ timeout: 60_000 });
    expect(await source.inputValue()).toBe(
      'seed 000 §IV, schéma d’orientation des demandeurs ; seed 003 §5.2.1 pour l’accompagnement social à Thiers Dore et Montagne',
    );
    const changed = 'seed 000 §IV, schéma d’orientation des demandeurs ; seed 003 §5.2.1, relu le 7 décembre 2026';
    await source.fill(changed);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // The test backend saves into the browser's private storage: the file is read back from there.
    const path = ['data', 'territories', 'thiers-dore-montagne', 'orientation.yaml'];
    let saved = '';
    await expect
      .poll(
        async () => {
          saved = await savedFile(page, path.join('/'));
          return saved.includes(changed);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectSelfContained(page, errors, offsite);
    await context.close();
    // The saved file, in a copy of the territory, passes the same check as a publication.
    const copy = mkdtempSync(join(tmpdir(), 'ils-admin-saved-'));
    cpSync(join(TERRITORIES, 'thiers-dore-montagne'), join(copy, 'thiers-dore-montagne'), { recursive: true });
    writeFileSync(join(copy, 'thiers-dore-montagne', 'orientation.yaml'), saved);
    const check = runScript('check', [], { TERRITORY: 'thiers-dore-montagne', TERRITORIES_DIR: copy });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/orientation\.yaml:\d+:\d+ +erreur/);
  });
});

describe('position d’un guichet : la recherche d’adresse de l’interface', () => {
  test('une adresse cherchée au service national (simulé ici) devient la position, avec sa précision et son score', async () => {
    const url = await serve(buildSite('thiers-dore-montagne'));
    const { page, context, errors, offsite } = await openAdmin(browser!, url);
    // The national address service, answered by the test: a house number (exact) and a street (too vague).
    const asked: string[] = [];
    await page.route('https://data.geopf.fr/**', async (route) => {
      asked.push(route.request().url());
      await route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [3.547912, 45.856321] },
              properties: { label: '12 Rue de Barante 63300 Thiers', score: 0.9712, type: 'housenumber' },
            },
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [3.5461, 45.8559] },
              properties: { label: 'Rue de Barante 63300 Thiers', score: 0.71, type: 'street' },
            },
          ],
        }),
      });
    });
    await page.goto(`${url}/admin/#/collections/territoire/entries/guichets`);
    await shows(page, 'Service Logement de Thiers Dore et Montagne');
    // The desks are folded in the list: unfold them, the first one is the intercommunal service.
    await page.getByText('Tout développer').click();
    const search = page.getByLabel('Chercher l’adresse du guichet (numéro, rue, commune)').first();
    await search.fill('12 rue de Barante Thiers');
    await search.press('Enter');
    // The street is listed but cannot be chosen: a desk needs its number.
    await expect
      .poll(() => page.getByRole('button', { name: /Rue de Barante 63300 Thiers : rue/ }).isDisabled())
      .toBe(true);
    await page.getByRole('button', { name: /12 Rue de Barante 63300 Thiers : numéro, sûre à 97 sur 100/ }).click();
    await shows(page, 'Position : 45,85632 ; 3,54791 (l’adresse exacte, sûre à 97 sur 100).');
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).searchParams.get('q')).toBe('12 rue de Barante Thiers');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const path = ['data', 'territories', 'thiers-dore-montagne', 'desks.yaml'];
    let saved = '';
    await expect
      .poll(
        async () => {
          saved = await savedFile(page, path.join('/'));
          return saved.includes('45.85632');
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectSelfContained(page, errors, offsite);
    await context.close();
    const desks = parse(saved) as { id: string; location?: unknown }[];
    expect(desks.find((d) => d.id === 'tdm-service-logement')?.location).toEqual({
      lat: 45.85632,
      lon: 3.54791,
      precision: 'adresse',
      score: 0.97,
    });
    // The saved file passes the same check as a publication.
    const copy = mkdtempSync(join(tmpdir(), 'ils-admin-position-'));
    cpSync(join(TERRITORIES, 'thiers-dore-montagne'), join(copy, 'thiers-dore-montagne'), { recursive: true });
    writeFileSync(join(copy, 'thiers-dore-montagne', 'desks.yaml'), saved);
    const check = runScript('check', [], { TERRITORY: 'thiers-dore-montagne', TERRITORIES_DIR: copy });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/desks\.yaml:\d+:\d+ +erreur/);
  });
});
