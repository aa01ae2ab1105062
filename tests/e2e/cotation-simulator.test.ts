/**
 * The simulator in Chromium: a scripted household gets the expected total and explanation, the page makes
 * no request after it has loaded, axe finds no violation at any step, and without JavaScript the page
 * still shows the worked example.
 */
import { describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { collectErrors, newContext } from '../helpers/browser.ts';

const site = useSiteInBrowser('thiers-dore-montagne');

async function axe(page: Page, step: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${step} : ${v.id} ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('simulateur de cotation de Thiers Dore et Montagne', () => {
  test('un foyer type obtient le total attendu, ligne par ligne, sans requête réseau', async () => {
    const { context, offsite } = await newContext(site.browser, { width: 375 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.url}/cotation/`, { waitUntil: 'networkidle' });
    const afterLoad: string[] = [];
    page.on('request', (r) => afterLoad.push(r.url()));
    const violations: string[] = [];
    const next = async (name: string) => {
      violations.push(...(await axe(page, name)));
      await page.getByRole('button', { name: /Étape suivante|Voir mon résultat/ }).click();
    };

    await expect.poll(() => page.locator('#simulateur').isVisible()).toBe(true);
    await page.getByLabel('Quel âge avez-vous ?').fill('28');
    await page.getByLabel('Combien d’enfants vivent avec vous ?').fill('2');
    await expect.poll(() => page.getByLabel('Quel âge a votre conjoint ou votre conjointe ?').isVisible()).toBe(false);
    await next('foyer');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Votre logement');
    await page.getByLabel('Je vis chez mes parents ou chez mes enfants.').check();
    await expect.poll(() => page.getByLabel('Combien de pièces a votre logement ?').isVisible()).toBe(false);
    await next('logement');
    await page.getByLabel('Je suis salarié d’une entreprise privée.').check();
    await page.getByLabel('Vos revenus font partie des plus bas des demandeurs.').check();
    await next('situation');
    await page.getByLabel('Je veux me rapprocher de ma famille.').check();
    await next('motifs');
    await page.getByLabel('Depuis combien de mois attendez-vous un logement ?').fill('18');
    await next('anciennete');
    await page.getByLabel('Combien de logements adaptés avez-vous refusés ?').fill('0');
    await next('refus');

    const result = page.locator('#resultat');
    await expect.poll(() => result.isVisible()).toBe(true);
    violations.push(...(await axe(page, 'résultat')));
    expect(await result.locator('[data-total]').getAttribute('data-total')).toBe('87.4');
    const lines = await result.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-line'), r.querySelector('td')?.textContent]));
    expect(lines).toEqual([
      ['chez-parents-enfants', '25 points'],
      ['premier-quartile', '20,2 points'],
      ['salarie-prive', '10 points'],
      ['anciennete', '7,2 points'],
      ['jeunes', '10 points'],
      ['rapprochement', '15 points'],
    ]);
    const text = await result.innerText();
    expect(text).toContain('Les pièces à apporter');
    expect(text).toContain('Attestation d’hébergement ou de domiciliation');
    expect(text).toContain('la commission du bailleur étudie 3 demandes');
    await page.getByLabel('Commune').selectOption({ label: 'Thiers' });
    await page.getByLabel('Taille du logement').selectOption('T2');
    await expect.poll(() => result.locator('[data-waiting="text"]').innerText()).toMatch(/^À Thiers, pour un T2, /);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(afterLoad).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('un nombre impossible est signalé en français et bloque l’étape', async () => {
    const { context } = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/cotation/`);
    await page.getByLabel('Quel âge avez-vous ?').fill('7');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expect.poll(() => page.locator('#erreur-applicant_age').innerText()).toContain('Écrivez un nombre entier entre 16 et 120');
    expect(await page.locator('[data-step="logement"]').isVisible()).toBe(false);
    await context.close();
  });

  test('sans JavaScript, la page montre un exemple calculé et le lien vers la grille', async () => {
    const { context } = await newContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/cotation/`);
    expect(await page.locator('#simulateur').isVisible()).toBe(false);
    const example = await page.locator('.worked-example').innerText();
    expect(example).toContain('87,4 points');
    expect(await page.getByRole('link', { name: 'Voir la grille complète des points' }).count()).toBe(1);
    await context.close();
  });
});
