/**
 * The desk directory in a real browser (Grand Paris Grand Est, 19 desks): filters with and without
 * JavaScript, the map opened from the keyboard, "ouvert/fermé" under a fixed clock, axe with the map shown.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { serveDir } from '../helpers/static-server.ts';
import { collectErrors, launchBrowser, newContext } from '../helpers/browser.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

const slug = 'grand-paris-grand-est';
const desks = loadTerritory(slug, { territoriesDir: TERRITORIES }).territory!.desks;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  const dir = buildSite(slug);
  server = await serveDir(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visibleDesks = (page: Page) => page.locator('[data-desk-groups] article.desk:visible');

describe('annuaire sans JavaScript', () => {
  test('la page liste chaque guichet ; la carte et le formulaire restent cachés', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/guichets/`);
    expect(await visibleDesks(page).count()).toBe(desks.length);
    expect(await page.locator('[data-desk-map]').isVisible()).toBe(false);
    expect(await page.locator('[data-desk-filter]').isVisible()).toBe(false);
    await context.close();
  });

  test('filtrer par niveau puis par commune avec des liens', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/guichets/`);
    await page.getByText('Voir seulement une partie des guichets').click();
    await page.getByRole('link', { name: 'Accompagnement social', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/guichets/niveau-3/');
    expect(await visibleDesks(page).count()).toBe(desks.filter((d) => d.levels.includes(3)).length);
    await page.getByRole('link', { name: 'Rosny-sous-Bois', exact: true }).click();
    // The commune filter leads to the commune's page: first its own desks, then the nearest ones.
    expect(new URL(page.url()).pathname).toBe('/communes/rosny-sous-bois/');
    const names = await page.locator('[data-desks-here] article.desk h3').allInnerTexts();
    expect(names.sort()).toEqual(['CDC Habitat Social', 'Immobilière 3F', 'Seine-Saint-Denis Habitat']);
    await context.close();
  });
});

describe('annuaire avec JavaScript', () => {
  test('filtrer par niveau et par commune dans la page', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/guichets/`);
    await page.getByLabel('Ce que vous voulez faire').selectOption('3');
    expect(await visibleDesks(page).count()).toBe(desks.filter((d) => d.levels.includes(3)).length);
    await page.getByLabel('Ce que vous voulez faire').selectOption('');
    // The commune is where the person lives: its own 3 desks, then the 3 nearest registration desks.
    await page.getByLabel('Où habitez-vous ?').selectOption({ label: 'Rosny-sous-Bois' });
    expect(await visibleDesks(page).count()).toBe(6);
    await expect.poll(() => page.locator('[data-filter-count]').innerText()).toBe('6 guichets affichés.');
    await page.getByLabel('Ce que vous voulez faire').selectOption('3');
    expect(await visibleDesks(page).count()).toBe(0);
    expect(await page.locator('[data-filter-count]').innerText()).toBe('Aucun guichet ne correspond.');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('le filtre demande où la personne habite : toutes les communes, et les mêmes guichets que sa page', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/guichets/`);
    expect(await page.getByRole('group', { name: 'Filtrer les guichets' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Filtrer', exact: true }).isVisible()).toBe(true);
    // Grand Paris Grand Est has 14 communes, with or without a desk; plus the "all communes" choice.
    expect(await page.locator('#filtre-commune option').count()).toBe(15);
    for (const commune of ['Coubron', 'Rosny-sous-Bois']) {
      await page.goto(`${server.url}/communes/`);
      await page.getByRole('link', { name: commune, exact: true }).first().click();
      const ids = (p: Page, selector: string) =>
        p.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).dataset.desk ?? '').sort());
      const onPage = await ids(page, 'section[aria-labelledby="guichets"] article.desk');
      await page.goto(`${server.url}/guichets/`);
      await page.getByLabel('Où habitez-vous ?').selectOption({ label: commune });
      const filtered = await ids(page, '[data-desk-groups] li:not([hidden]) article.desk');
      expect(filtered.length, commune).toBeGreaterThan(0);
      expect(filtered, commune).toEqual(onPage);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('la carte : un marqueur atteint avec Tab et ouvert avec Entrée montre la fiche de la liste', async () => {
    const { context, offsite } = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/guichets/`);
    await page.getByRole('button', { name: 'Afficher la carte' }).click();
    const markers = page.locator('[data-marker]');
    await expect.poll(() => markers.count()).toBe(desks.filter((d) => d.location).length);
    // Tiles come from the territory's tile server (IGN by default), only after the visitor asked.
    await expect.poll(() => offsite.some((u) => u.includes('data.geopf.fr'))).toBe(true);
    await page.locator('#carte').focus();
    let reached: string | undefined;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.marker);
    }
    expect(reached).toBeDefined();
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toContain('position approximative');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content .desk-popup');
    await popup.waitFor();
    const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
    // The popup shows the whole card, as the list does once its row is opened.
    await page.locator(`#guichet-${reached} summary`).click();
    expect(clean(await popup.innerText())).toBe(clean(await page.locator(`#guichet-${reached}`).innerText()));
    const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('ouvert maintenant, avec une horloge fixe', () => {
  const stateAt = async (iso: string, deskId: string) => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(iso));
    await page.goto(`${server.url}/guichets/`);
    const el = page.locator(`#guichet-${deskId} .open-now`);
    const text = (await el.isVisible()) ? await el.innerText() : '';
    await context.close();
    return text;
  };

  test('Mairie de Coubron, du lundi au vendredi de 8 h 30 à 12 h et de 13 h à 17 h, fermée les jours fériés', async () => {
    expect(await stateAt('2026-01-13T10:00:00+01:00', 'mairie-coubron')).toBe('Ouvert maintenant');
    expect(await stateAt('2026-01-13T12:30:00+01:00', 'mairie-coubron')).toBe('Fermé maintenant');
    expect(await stateAt('2026-01-17T10:00:00+01:00', 'mairie-coubron')).toBe('Fermé maintenant');
    expect(await stateAt('2026-07-14T10:00:00+02:00', 'mairie-coubron')).toBe('Fermé maintenant');
  });

  test('sans horaires connus, rien n’est affiché', async () => {
    expect(await stateAt('2026-01-13T10:00:00+01:00', 'mairie-livry-gargan')).toBe('');
  });
});
