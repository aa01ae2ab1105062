/**
 * "Où aller ?" clicked through as plain links, without JavaScript: each situation of seed 000 §IV
 * (schéma d'orientation) ends on the right kind of place.
 */
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { newContext } from '../helpers/browser.ts';

const PATHS: { situation: string; answers: string[]; orientation: string; shows?: string }[] = [
  { situation: 'sans logement → le 115', answers: ['non'], orientation: 'siao', shows: '#guichet-siao-115' },
  {
    situation: 'locataire HLM → un bailleur',
    answers: ['oui', 'oui'],
    orientation: 'bailleur',
    shows: '#guichet-ophis-thiers-val-de-dore',
  },
  {
    situation: 'salarié du privé → Action Logement',
    answers: ['oui', 'non', 'oui'],
    orientation: 'action-logement',
    shows: '#guichet-action-logement-clermont',
  },
  { situation: 'autonome → en ligne', answers: ['oui', 'non', 'non', 'oui'], orientation: 'portail' },
  {
    situation: 'famille avec enfants → Département',
    answers: ['oui', 'non', 'non', 'non', 'oui', 'enfants'],
    orientation: 'departement',
  },
  { situation: 'personne seule → CCAS', answers: ['oui', 'non', 'non', 'non', 'oui', 'seul'], orientation: 'ccas' },
  {
    situation: 'aide pour la demande seulement → guichet d’enregistrement',
    answers: ['oui', 'non', 'non', 'non', 'non'],
    orientation: 'guichet',
    shows: '#guichet-tdm-service-logement',
  },
];

const site = useSiteInBrowser('thiers-dore-montagne');

describe('« Où aller ? » sans JavaScript, Thiers Dore et Montagne', () => {
  for (const p of PATHS) {
    test(p.situation, async () => {
      const { context } = await newContext(site.browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}/ou-aller/`);
      for (const [i, answer] of p.answers.entries()) {
        // The first step also names the helper, on the same line, so that the question stays high on a phone.
        expect(await page.locator('.step-number').innerText()).toBe(`${i === 0 ? 'Où aller ? ' : ''}Question ${i + 1}`);
        await page.locator(`[data-answer="${answer}"]`).click();
      }
      expect(await page.locator('[data-orientation]').getAttribute('data-orientation')).toBe(p.orientation);
      if (p.shows) expect(await page.locator(p.shows).isVisible()).toBe(true);
      if (p.orientation === 'portail')
        expect(await page.getByRole('link', { name: 'Ma demande 63' }).isVisible()).toBe(true);
      await context.close();
    });
  }
});
