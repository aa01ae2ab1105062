/**
 * « Ai-je droit ? » in Chromium, three households per demo territory. Expected answers are written by hand
 * from data/common/plafonds-ressources.yaml (2026, annexe I of the arrêté du 19 décembre 2025) and the rules
 * of the arrêté du 29 juillet 1987: category by article 2, PLS = PLUS × 1,3 rounded to the euro (article 1er).
 * Thiers Dore et Montagne (Puy-de-Dôme) is in « Autres régions »; Grand Paris Grand Est (Seine-Saint-Denis)
 * touches no border of Paris, so it is in « Île-de-France hors Paris et communes limitrophes ».
 * The page makes no request once loaded, no request off the site, and axe finds no violation.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { collectErrors, newContext } from '../helpers/browser.ts';

/** French number spacing (narrow no-break space) read as a plain space. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

interface Case {
  name: string;
  couple: boolean;
  age: number;
  partnerAge?: number;
  dependants: number;
  disability?: boolean;
  income: number;
  commune: string;
  summary: string;
  household: string;
  zone: string;
  /** PLAI, PLUS, PLS sentences. */
  products: [string, string, string];
}

const NO_PLAI_2026 =
  'Pour les logements aux loyers les plus bas (PLAI), ce site n’a pas encore le plafond de 2026. Demandez-le au guichet.';
const OTHER_REGIONS = 'Thiers est dans la zone « Autres régions ».';
const ILE_DE_FRANCE = 'Noisy-le-Grand est dans la zone « Île-de-France hors Paris et communes limitrophes ».';

const thiers: Case[] = [
  {
    name: 'un jeune couple (25 et 28 ans), 36 000 € : catégorie 3, PLUS 37 584 €',
    couple: true,
    age: 25,
    partnerAge: 28,
    dependants: 0,
    income: 36000,
    commune: 'Thiers',
    summary: 'Oui, vous pouvez demander un logement social.',
    household:
      'Vous êtes un jeune couple : vos deux âges font 55 ans ou moins. La loi vous compte comme un foyer de 3 personnes. Pour la loi, c’est la catégorie 3.',
    zone: OTHER_REGIONS,
    products: [
      NO_PLAI_2026,
      'Oui pour les logements sociaux ordinaires (PLUS). Le plafond est 37 584 euros par an.',
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 48 859 euros par an.',
    ],
  },
  {
    name: 'un parent seul avec deux enfants, 50 000 € : catégorie 4, au-dessus du PLUS (45 374 €), sous le PLS (58 986 €)',
    couple: false,
    age: 38,
    dependants: 2,
    income: 50000,
    commune: 'Thiers',
    summary: 'Oui, vous pouvez demander un logement social.',
    household:
      'Votre foyer compte 3 personnes. Vous vivez seul avec des personnes à charge : la loi compte une personne de plus. Pour la loi, c’est la catégorie 4.',
    zone: OTHER_REGIONS,
    products: [
      NO_PLAI_2026,
      'Non pour les logements sociaux ordinaires (PLUS) : vos revenus sont au-dessus. Le plafond est 45 374 euros par an.',
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 58 986 euros par an.',
    ],
  },
  {
    name: 'une personne seule avec la carte « invalidité », 32 000 € : catégorie 2, PLUS 31 254 €, PLS 40 630 €',
    couple: false,
    age: 52,
    dependants: 0,
    disability: true,
    income: 32000,
    commune: 'Thiers',
    summary: 'Oui, vous pouvez demander un logement social.',
    household:
      'Votre foyer compte 1 personne. Une personne a une carte mobilité inclusion « invalidité » : la loi compte une personne de plus. Pour la loi, c’est la catégorie 2.',
    zone: OTHER_REGIONS,
    products: [
      NO_PLAI_2026,
      'Non pour les logements sociaux ordinaires (PLUS) : vos revenus sont au-dessus. Le plafond est 31 254 euros par an.',
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 40 630 euros par an.',
    ],
  },
];

const grandParis: Case[] = [
  {
    name: 'un foyer de sept personnes, 80 000 € : catégorie 6 et 1 personne, PLUS 77 171 + 8 598 = 85 769 €',
    couple: true,
    age: 40,
    partnerAge: 42,
    dependants: 5,
    income: 80000,
    commune: 'Noisy-le-Grand',
    summary: 'Oui, vous pouvez demander un logement social.',
    household: 'Votre foyer compte 7 personnes. Pour la loi, c’est la catégorie 6 avec 1 personne en plus.',
    zone: ILE_DE_FRANCE,
    products: [
      NO_PLAI_2026,
      'Oui pour les logements sociaux ordinaires (PLUS). Le plafond est 85 769 euros par an.',
      // 77 171 × 1,3 = 100 322,3 → 100 322 ; 8 598 × 1,3 = 11 177,4 → 11 177.
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 111 499 euros par an.',
    ],
  },
  {
    name: 'un jeune couple (26 et 27 ans), 50 000 € : catégorie 3, au-dessus du PLUS (48 362 €), sous le PLS (62 871 €)',
    couple: true,
    age: 26,
    partnerAge: 27,
    dependants: 0,
    income: 50000,
    commune: 'Noisy-le-Grand',
    summary: 'Oui, vous pouvez demander un logement social.',
    household:
      'Vous êtes un jeune couple : vos deux âges font 55 ans ou moins. La loi vous compte comme un foyer de 3 personnes. Pour la loi, c’est la catégorie 3.',
    zone: ILE_DE_FRANCE,
    products: [
      NO_PLAI_2026,
      'Non pour les logements sociaux ordinaires (PLUS) : vos revenus sont au-dessus. Le plafond est 48 362 euros par an.',
      'Oui pour les logements aux loyers un peu plus hauts (PLS). Le plafond est 62 871 euros par an.',
    ],
  },
  {
    name: 'une personne seule, 40 000 € : au-dessus de tous les plafonds (PLUS 26 920 €, PLS 34 996 €)',
    couple: false,
    age: 45,
    dependants: 0,
    income: 40000,
    commune: 'Noisy-le-Grand',
    summary: 'Vos revenus sont au-dessus des plafonds. Lisez la règle pour une baisse de revenus.',
    household: 'Votre foyer compte 1 personne. Pour la loi, c’est la catégorie 1.',
    zone: ILE_DE_FRANCE,
    products: [
      NO_PLAI_2026,
      'Non pour les logements sociaux ordinaires (PLUS) : vos revenus sont au-dessus. Le plafond est 26 920 euros par an.',
      'Non pour les logements aux loyers un peu plus hauts (PLS) : vos revenus sont au-dessus. Le plafond est 34 996 euros par an.',
    ],
  },
];

async function answer(page: Page, c: Case): Promise<void> {
  await page.getByLabel(c.couple ? 'Oui : marié, pacsé ou en concubinage.' : 'Non, je vis seul.').check();
  await page.getByLabel('Votre âge').fill(String(c.age));
  if (c.partnerAge !== undefined)
    await page.getByLabel('L’âge de la personne avec qui vous vivez en couple').fill(String(c.partnerAge));
  await page.getByLabel('Combien de personnes à charge vont vivre avec vous ?').fill(String(c.dependants));
  await page.getByLabel('Combien d’autres personnes vont vivre avec vous ?').fill('0');
  await page
    .getByLabel('Une personne du foyer a la carte mobilité inclusion « invalidité ».')
    .setChecked(Boolean(c.disability));
  await page.getByLabel(/Les revenus de tout le foyer en 20\d\d, en euros/).fill(String(c.income));
  await page.getByLabel('La commune où vous voulez habiter').selectOption({ label: c.commune });
  await page.getByRole('button', { name: 'Voir la réponse' }).click();
}

const text = async (page: Page, key: string) => plain(await page.locator(`[data-answer="${key}"]`).innerText());

function flow(slug: string, cases: Case[], tableCell: string): void {
  describe(`« Ai-je droit ? » à ${slug}`, () => {
    const site = useSiteInBrowser(slug);

    test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { context, offsite } = await newContext(site.browser, { width: 375 });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${site.url}/ai-je-droit/`, { waitUntil: 'networkidle' });
      const afterLoad: string[] = [];
      page.on('request', (r) => afterLoad.push(r.url()));
      await answer(page, c);
      await expect.poll(() => page.locator('#droit-resultat').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('droit-titre');
      expect(await text(page, 'summary')).toBe(c.summary);
      expect(await text(page, 'household')).toBe(c.household);
      expect(await text(page, 'zone')).toBe(c.zone);
      const products = await page.locator('[data-answer="products"] li').allInnerTexts();
      expect(products.map(plain)).toEqual(c.products);
      expect(await text(page, 'source')).toBe(
        'Plafonds de l’année 2026. Source : Arrêté du 19 décembre 2025 modifiant l’arrêté du 29 juillet 1987 relatif aux plafonds de ressources, publié au Journal officiel le 24 décembre 2025.',
      );
      const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
      expect(afterLoad).toEqual([]);
      expect(offsite).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    test('sans JavaScript : les tableaux des plafonds, l’année et la source', async () => {
      const { context } = await newContext(site.browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}/ai-je-droit/`);
      expect(await page.locator('#droit').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Les plafonds de 2026' }).isVisible()).toBe(true);
      const body = plain(await page.locator('main').innerText());
      expect(body).toContain('Source : Arrêté du 19 décembre 2025');
      expect(body).toContain('Ils valent du 1er janvier 2026 au 31 décembre 2026.');
      // Each zone's table is folded under its name: the reader opens it, without JavaScript.
      const table = page.locator('table').first();
      expect(await table.isVisible()).toBe(false);
      await page.locator('main details.zone > summary').first().click();
      expect(await table.isVisible()).toBe(true);
      const firstRow = await page.locator('table tbody tr').first().locator('td').allInnerTexts();
      expect(firstRow.map(plain)).toEqual(['Pas encore sur ce site', tableCell, expect.any(String)]);
      // axe needs JavaScript: the page without it is checked with the whole site in site-axe.test.ts.
      await context.close();
    });
  });
}

flow('thiers-dore-montagne', thiers, '23 403 euros');
flow('grand-paris-grand-est', grandParis, '26 920 euros');
