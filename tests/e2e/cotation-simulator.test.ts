/**
 * The simulator in Chromium: a scripted household gets the same lines as the grid's worked example, the
 * page makes no request after it has loaded, axe finds no violation at any step; a blank surface, an
 * empty step and a single applicant each get the expected message and score; without JavaScript the
 * page still holds the worked example.
 */
import { describe, expect, test } from 'vitest';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { collectErrors, newContext } from '../helpers/browser.ts';
import { exampleResults, pointsWord } from '../../src/lib/cotation/index.ts';
import { realGrids } from '../unit/cotation-grid-files.ts';

const site = useSiteInBrowser('thiers-dore-montagne');
const grid = realGrids.find((g) => g.slug === 'thiers-dore-montagne')!.grid;
// The visitor's clock, fixed on the grid's examples month so that the waiting time matches the examples.
const today = new Date(`${grid.examplesMonth!}-15T12:00:00+01:00`);

async function axe(page: Page, step: string): Promise<string[]> {
  const r = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  return r.violations.map(
    (v) =>
      `${step} : ${v.id} ${v.help} — ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** A fresh page on /cotation/ with the clock fixed. */
async function open(width = 1280): Promise<{ context: BrowserContext; page: Page; offsite: string[] }> {
  const { context, offsite } = await newContext(site.browser, { width });
  const page = await context.newPage();
  await page.clock.setFixedTime(today);
  await page.goto(`${site.url}/cotation/`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('#simulateur').isVisible()).toBe(true);
  return { context, page, offsite };
}

const next = (page: Page) => page.locator('.sim-step:not([hidden]) button[type="submit"]').click();
const stepShown = (page: Page) => page.locator('.sim-step:not([hidden])').getAttribute('data-step');
const message = (page: Page) => page.locator('.sim-step:not([hidden]) [data-step-message]');
const demandDate = async (page: Page, month: string, year: string) => {
  await page.getByLabel('Mois').selectOption(month);
  await page.getByLabel('Année').fill(year);
};

describe('simulateur de cotation de Thiers Dore et Montagne', () => {
  test('le foyer de l’exemple obtient les lignes de l’exemple calculé, sans requête réseau ni violation axe', async () => {
    const { context, page, offsite } = await open(375);
    const errors = collectErrors(page);
    const afterLoad: string[] = [];
    page.on('request', (r) => afterLoad.push(r.url()));
    const violations: string[] = [];
    const go = async (name: string) => {
      violations.push(...(await axe(page, name)));
      await next(page);
    };

    expect(await page.locator('form button[type="submit"]').count()).toBeGreaterThan(0);
    await page.getByLabel('Quel âge avez-vous ?').fill('28');
    await page.getByLabel('Combien d’enfants vivent avec vous ?').fill('2');
    await expect.poll(() => page.getByLabel('Quel âge a votre conjoint ou votre conjointe ?').isVisible()).toBe(false);
    await go('foyer');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Votre logement');
    await page.getByLabel('Je vis chez mes parents ou chez mes enfants.').check();
    await expect.poll(() => page.getByLabel('Combien de pièces a votre logement ?').isVisible()).toBe(false);
    await go('logement');
    await page.getByLabel('Je suis salarié d’une entreprise privée.').check();
    await page.getByLabel('Oui, mes revenus sont sous ce montant.').check();
    await go('situation');
    // Said before the choice: only one reason counts.
    expect(await page.locator('[data-question="reasons"]').innerText()).toContain(
      'Mais une seule compte : celle qui donne le plus de points.',
    );
    await page.getByLabel('Je veux me rapprocher de ma famille.').check();
    await go('motifs');
    await demandDate(page, 'juin', '2023');
    await go('anciennete');
    await page.getByLabel('Combien de logements adaptés avez-vous refusés ?').fill('0');
    // Enter in the last field submits the form, as with any form.
    await page.getByLabel('Combien de logements adaptés avez-vous refusés ?').press('Enter');

    const result = page.locator('#resultat');
    await expect.poll(() => result.isVisible()).toBe(true);
    violations.push(...(await axe(page, 'résultat')));
    const showcase = exampleResults(grid).find((e) => e.example.showcase)!.result;
    expect(await result.locator('[data-total]').getAttribute('data-total')).toBe(String(showcase.total));
    const rows = await result
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => c.textContent)));
    expect(rows).toEqual(
      showcase.lines.filter((l) => l.points !== 0 || l.matched).map((l) => [l.label, pointsWord(l.points), l.because]),
    );
    const text = await result.innerText();
    expect(text).toContain('Les pièces à apporter');
    expect(text).toContain('Attestation d’hébergement ou de domiciliation');
    expect(text).toContain('la commission du bailleur étudie 3 demandes');
    expect(text).not.toContain('Les réponses qui manquent');
    // Where the demand would stand, read by hand in sources/positionnement-2023.csv (bands of 40 points):
    // 87,4 points is in the T3 band « 80 et plus » (26 demands); housed T3: 15 + 33 = 48 ≥ half of 76.
    expect(showcase.total).toBe(87.4);
    const position = result.locator('[data-position]');
    await expect
      .poll(() => position.innerText())
      .toContain('Fin 2023, pour un T3 dans tout le territoire, au plus 26 demandes ont plus de points que vous.');
    expect(await position.innerText()).toContain('Il y avait 200 demandes de T3 en attente.');
    expect(await position.innerText()).toContain(
      'En 2023, la moitié des ménages qui ont eu un T3 avaient au moins 40 points.',
    );
    await page.getByLabel('Commune').selectOption({ label: 'Thiers' });
    await page.getByLabel('Taille du logement').selectOption('T2');
    await expect
      .poll(() => result.locator('[data-waiting="text"]').innerText())
      .toMatch(/^À Thiers, des ménages ont eu un T2 en \d{4}\. Ils avaient attendu /);
    // T2: the band « 80 et plus » holds 27 demands; the 24 households housed are hidden by secrecy.
    await expect.poll(() => position.innerText()).toContain('au plus 27 demandes ont plus de points que vous.');
    expect(await position.innerText()).toContain(
      'Les points des ménages qui ont eu un T2 en 2023 sont cachés. Cela protège les personnes.',
    );
    if (process.env.COTATION_SHOTS) {
      const top = await result.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      for (let i = 0; i < 6; i++)
        await page.screenshot({
          path: `${process.env.COTATION_SHOTS}/resultat-375-${i}.png`,
          fullPage: true,
          clip: { x: 0, y: top + i * 700, width: 375, height: 700 },
        });
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(afterLoad).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('surface laissée vide : l’étape le dit avec les points en jeu, le résultat aussi, sans baisser en silence', async () => {
    const { context, page } = await open(375);
    await page.getByLabel('Quel âge avez-vous ?').fill('50');
    await page.getByLabel('Combien d’enfants vivent avec vous ?').fill('0');
    await next(page);
    await page.getByLabel('Je suis locataire d’un logement privé.').check();
    await page.getByLabel('Combien de pièces a votre logement ?').fill('1');
    await next(page);
    expect(await stepShown(page)).toBe('logement');
    const said = await message(page).innerText();
    expect(said).toContain('Vous n’avez pas répondu à ces questions');
    expect(said).toContain(
      '« Quelle est la surface de votre logement ? » Cette réponse peut vous donner jusqu’à 15 points.',
    );
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-step-message'))).toBe(true);
    expect(await message(page).getAttribute('aria-live')).toBe('polite');
    if (process.env.COTATION_SHOTS)
      await page
        .locator('[data-step="logement"]')
        .screenshot({ path: `${process.env.COTATION_SHOTS}/etape-surface-375.png` });
    await next(page);
    expect(await stepShown(page)).toBe('situation');
    await page.getByLabel('Autre situation, par exemple sans emploi.').check();
    await page.getByLabel('Non, mes revenus dépassent ce montant.').check();
    await next(page);
    await page.getByLabel('Mon loyer est trop cher pour moi.').check();
    await next(page);
    await demandDate(page, 'juin', '2024');
    await next(page);
    await page.getByLabel('Combien de logements adaptés avez-vous refusés ?').fill('0');
    await next(page);
    const result = page.locator('#resultat');
    await expect.poll(() => result.isVisible()).toBe(true);
    // The grid's own example of this household: 15 + 15 + 2,4, and the surface still to give.
    expect(await result.locator('[data-total]').getAttribute('data-total')).toBe('32.4');
    const missing = await result.locator('.missing-answers').innerText();
    expect(missing).toContain(
      '« Quelle est la surface de votre logement ? » Cette réponse peut vous donner jusqu’à 15 points.',
    );
    if (process.env.COTATION_SHOTS)
      await result
        .locator('.cotation-result')
        .screenshot({ path: `${process.env.COTATION_SHOTS}/resultat-surface-375.png` });
    await context.close();
  });

  test('une étape vide ne passe pas sans message, et le résultat liste chaque réponse manquante une fois', async () => {
    const { context, page } = await open();
    await next(page);
    expect(await stepShown(page)).toBe('foyer');
    expect(await message(page).innerText()).toContain('Vous n’avez rien répondu sur cette étape.');
    expect(await message(page).innerText()).toContain('« Quel âge avez-vous ? »');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-step-message'))).toBe(true);
    await next(page);
    // Every other empty step says so too; a second click goes on.
    for (const step of ['logement', 'situation', 'motifs', 'anciennete', 'refus']) {
      expect(await stepShown(page)).toBe(step);
      await next(page);
      expect(await message(page).innerText()).toContain('Vous n’avez rien répondu sur cette étape.');
      await next(page);
    }
    const result = page.locator('#resultat');
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await result.locator('[data-total]').getAttribute('data-total')).toBe('0');
    const items = await result.locator('.missing-answers li strong').allInnerTexts();
    expect(items.length).toBeGreaterThan(3);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toContain('« Où habitez-vous aujourd’hui ? »');
    await context.close();
  });

  test('une personne seule ne voit ni critère ni pièce du conjoint', async () => {
    const { context, page } = await open();
    await page.getByLabel('Quel âge avez-vous ?').fill('25');
    await page.getByLabel('Combien d’enfants vivent avec vous ?').fill('0');
    await next(page);
    await page.getByLabel('Je suis hébergé chez des amis ou d’autres personnes.').check();
    await next(page);
    // The question follows the household: no partner, no « vous ou votre conjoint ».
    expect(await page.getByLabel('Vous avez été au chômage plus de 1 an.').count()).toBe(1);
    expect(await page.locator('.sim-step:not([hidden])').innerText()).not.toContain('conjoint');
    await page.getByLabel('Je suis salarié d’une entreprise privée.').check();
    await page.getByLabel('Non, mes revenus dépassent ce montant.').check();
    await next(page);
    await next(page);
    await next(page);
    await demandDate(page, 'décembre', '2024');
    await next(page);
    await page.getByLabel('Combien de logements adaptés avez-vous refusés ?').fill('0');
    await next(page);
    const result = page.locator('#resultat');
    await expect.poll(() => result.isVisible()).toBe(true);
    // 25 hébergée chez des tiers + 10 salariée + 10 moins de 30 ans.
    expect(await result.locator('[data-total]').getAttribute('data-total')).toBe('45');
    expect(await result.locator('tr[data-line="jeunes"] th').innerText()).toBe('Vous avez moins de 30 ans');
    const counted = await result.locator('tbody').innerText();
    const documents = await result.locator('h3:has-text("Les pièces à apporter") + ul').innerText();
    expect(counted).not.toContain('conjoint');
    expect(documents).toContain('Carte d’identité ou passeport');
    expect(documents).not.toContain('conjoint');
    await context.close();
  });

  test('un nombre impossible est signalé en français et bloque l’étape', async () => {
    const { context, page } = await open();
    await page.getByLabel('Quel âge avez-vous ?').fill('7');
    await next(page);
    await expect
      .poll(() => page.locator('#erreur-applicant_age').innerText())
      .toContain('Écrivez un nombre entier entre 16 et 120');
    expect(await page.locator('[data-step="logement"]').isVisible()).toBe(false);
    await context.close();
  });

  test('sans JavaScript, la page garde un exemple calculé, replié, et le lien vers la grille', async () => {
    const { context } = await newContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/cotation/`);
    expect(await page.locator('#simulateur').isVisible()).toBe(false);
    const example = page.locator('details.worked-example');
    expect(await example.getAttribute('open')).toBeNull();
    await example.locator('> summary').click();
    expect(await example.innerText()).toContain('87,4 points');
    expect(await page.getByRole('link', { name: 'Voir la grille complète des points' }).count()).toBe(1);
    await context.close();
  });
});
