/**
 * « Où en serait votre demande ? » in Chromium: three households per demo territory, few points, middle and
 * high, each for another size of home. The points and the position are worked out by hand in the comments,
 * from the grid (data/territories/<territoire>/cotation.yaml) and the positioning bands
 * (sources/positionnement-2023.csv), never with the project's code. The visitor's clock is fixed on
 * 15 December 2024: the months waited are counted up to December 2024.
 * Bands that statistical secrecy hides (threshold 5, at most one band for 2 × 5 households, see
 * docs/donnees.md §15) are said where they change the answer. Each result page has no axe violation, makes
 * no request once loaded and none off the site.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeBuilder, WCAG_TAGS } from '../helpers/axe.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { collectErrors, newContext } from '../helpers/browser.ts';

/** French number spacing (narrow no-break space) read as a plain space. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

/** What a household does on one step of the simulator. */
type Step = (page: Page) => Promise<void>;

interface Household {
  name: string;
  /** One action per step, in the order of the simulator's steps. */
  steps: Step[];
  total: string;
  size: 'T1' | 'T2' | 'T3' | 'T4' | 'T5+';
  position: string[];
  /** Another size chosen afterwards, and what the box then says. */
  then?: { size: 'T1' | 'T2' | 'T3' | 'T4' | 'T5+'; position: string[] };
}

const LANDMARKS = 'Ce sont des repères, pas une promesse : les demandes changent chaque jour.';
const REFUSAL = 'Si vous refusez un logement, vous pouvez perdre des points.';

const check = (label: string) => (page: Page) => page.getByLabel(label).check();
const fill = (label: string, value: string) => (page: Page) => page.getByLabel(label).fill(value);
const all =
  (...actions: Step[]): Step =>
  async (page) => {
    for (const a of actions) await a(page);
  };
const month = (name: string, year: string) =>
  all(
    (page) =>
      page
        .getByLabel('Mois')
        .selectOption(name)
        .then(() => undefined),
    fill('Année', year),
  );
const nothing: Step = () => Promise.resolve();

const adult = (age: number, partner?: number, children = 0) =>
  all(
    fill('Quel âge avez-vous ?', String(age)),
    partner === undefined
      ? nothing
      : all(
          check('Vous faites la demande avec votre conjoint ou votre conjointe.'),
          fill('Quel âge a votre conjoint ou votre conjointe ?', String(partner)),
        ),
    fill('Combien d’enfants vivent avec vous ?', String(children)),
  );
const home = (housing: string, rooms?: number, surface?: number) =>
  all(
    check(housing),
    rooms === undefined ? nothing : fill('Combien de pièces a votre logement ?', String(rooms)),
    surface === undefined ? nothing : fill('Quelle est la surface de votre logement ?', String(surface)),
  );
const refusals = (n: number) => fill('Combien de logements adaptés avez-vous refusés ?', String(n));
const QUARTILE_NO = check('Non, mes revenus dépassent ce montant.');
const QUARTILE_YES = check('Oui, mes revenus sont sous ce montant.');

// Thiers Dore et Montagne: bands of 40 points (0–39, 40–79, 80 and more), 6 steps, the last one the refusals.
// Demands waiting at the end of 2023 / households housed in 2023, from positionnement-2023.csv:
//   T1: 54, 30, 13 / 2, 5, 4   T4: 61, 33, 14 / 10, 23, 19   T5+: 19, 10, 4 / 1, 3, 2
const thiers: Household[] = [
  {
    // Locataire du privé 15 + loyer trop cher 15 + 6 mois (juin à décembre 2024) × 0,4 = 2,4 → 32,4 points.
    // 1 personne pour 2 pièces et 40 m² : pas de suroccupation (plus de 3 personnes, ou moins de 8 m²).
    // T1 : 32,4 est dans la tranche 0–39 → au moins 30 + 13 = 43, au plus 43 + 54 = 97 demandes devant.
    // Ménages logés en T1 : 2 + 5 + 4 = 11, moins de 2 × 2 × 5 : une seule tranche, rien à dire.
    name: 'une femme seule de 50 ans, locataire du privé au loyer trop cher : 32,4 points, un T1',
    steps: [
      adult(50),
      home('Je suis locataire d’un logement privé.', 2, 40),
      all(check('Autre situation, par exemple sans emploi.'), QUARTILE_NO),
      check('Mon loyer est trop cher pour moi.'),
      month('juin', '2024'),
      refusals(0),
    ],
    total: '32.4',
    size: 'T1',
    position: [
      'Fin 2023, pour un T1 dans tout le territoire, entre 43 et 97 demandes ont plus de points que vous.',
      'Il y avait 97 demandes de T1 en attente.',
      // 11 households in one band; the demand table says « non publié », not « moins de 5 »: hidden.
      'Les points des ménages qui ont eu un T1 en 2023 sont cachés. Cela protège les personnes.',
      LANDMARKS,
      REFUSAL,
    ],
  },
  {
    // Locataire Hlm 15 + suroccupation avec mineur 25 (5 personnes pour 2 pièces : plus que 2 + 1 ; le motif
    // « trop petit », 10, est du même groupe et ne compte pas) + fonctionnaire 10 + 30 mois (juin 2022 à
    // décembre 2024) × 0,4 = 12 − 1 refus × 2 = 60 points.
    // T4 : 60 est dans la tranche 40–79 → au moins 14, au plus 14 + 33 = 47 demandes devant ; 61 + 33 + 14 = 108.
    // Ménages logés en T4 : 10 + 23 + 19 = 52 ; la moitié, 26, est atteinte dans 40–79 (10 + 23 = 33).
    name: 'un couple avec 3 enfants dans un Hlm de 2 pièces, 1 refus : 60 points, un T4',
    steps: [
      adult(40, 38, 3),
      home('Je suis locataire d’un logement social.', 2, 45),
      all(check('Je suis fonctionnaire.'), QUARTILE_NO),
      check('Mon logement est trop petit.'),
      month('juin', '2022'),
      refusals(1),
    ],
    total: '60',
    size: 'T4',
    position: [
      'Fin 2023, pour un T4 dans tout le territoire, entre 14 et 47 demandes ont plus de points que vous.',
      'Il y avait 108 demandes de T4 en attente.',
      'En 2023, la moitié des ménages qui ont eu un T4 avaient au moins 40 points.',
      LANDMARKS,
      REFUSAL,
    ],
  },
  {
    // Hébergés chez des tiers 25 + DALO 50 + chômage de plus de 1 an 20 = 95 ; premier quartile : 95 × 0,3 =
    // 28,5 de plus → 123,5 points. Demande de décembre 2024 : 0 mois.
    // T5+ : 123,5 est dans la tranche « 80 et plus », 4 demandes, cachée (moins de 5) : rien à dire ;
    // ménages logés 1 + 3 + 2 = 6 : une seule tranche, et « non publié » dans le tableau des demandes : caché. En T4, la tranche « 80 et plus » a 14 demandes.
    name: 'un couple avec 4 enfants hébergé, prioritaire DALO, revenus les plus bas : 123,5 points, un T5+ puis un T4',
    steps: [
      adult(35, 33, 4),
      home('Je suis hébergé chez des amis ou d’autres personnes.'),
      all(
        check('Vous êtes reconnu prioritaire DALO.'),
        check('Vous ou votre conjoint avez été au chômage plus de 1 an.'),
        check('Autre situation, par exemple sans emploi.'),
        QUARTILE_YES,
      ),
      nothing,
      month('décembre', '2024'),
      refusals(0),
    ],
    total: '123.5',
    size: 'T5+',
    position: [
      'Pour un T5+, un chiffre est caché. Nous ne pouvons pas dire combien de demandes ont plus de points que vous.',
      'Les points des ménages qui ont eu un T5+ en 2023 sont cachés. Cela protège les personnes.',
      LANDMARKS,
      REFUSAL,
    ],
    then: {
      size: 'T4',
      position: [
        'Fin 2023, pour un T4 dans tout le territoire, au plus 14 demandes ont plus de points que vous.',
        'Il y avait 108 demandes de T4 en attente.',
        'En 2023, la moitié des ménages qui ont eu un T4 avaient au moins 40 points.',
        LANDMARKS,
        REFUSAL,
      ],
    },
  },
];

// Grand Paris Grand Est: bands of 20 points (0–19 … 80–99, 100 and more), 5 steps, no question on refusals
// (so no sentence on them). Demands waiting at the end of 2023 / households housed in 2023:
//   T2: 2 393, 2 073, 1 515, 957, 638, 399 / 34, 73, 113, 135, 112, 96
//   T3: 2 319, 2 009, 1 468, 927, 618, 387 / 57, 124, 190, 229, 190, 162
//   T5+: 373, 324, 236, 149, 100, 62 / 13, 27, 42, 51, 42, 36
// Every band has 5 or more: all are published.
const grandParis: Household[] = [
  {
    // Travaille dans le territoire 20 ; le locataire du privé et le loyer trop cher ne donnent pas de points
    // dans cette grille ; 2 personnes pour 2 pièces et 40 m² : pas de suroccupation ; 0 mois → 20 points.
    // T2 : 20 est dans la tranche 20–39 → au moins 1 515 + 957 + 638 + 399 = 3 509, au plus 3 509 + 2 073 =
    // 5 582 ; en tout 2 393 + 5 582 = 7 975. Logés : 563 ; 34 + 73 + 113 = 220, + 135 = 355 ≥ 281,5 → 60–79.
    name: 'un couple de 30 et 29 ans, locataire du privé, qui travaille dans le territoire : 20 points, un T2',
    steps: [
      adult(30, 29),
      home('Je suis locataire d’un logement privé.', 2, 40),
      all(check('Vous travaillez dans une commune de Grand Paris Grand Est.'), QUARTILE_NO),
      check('Mon loyer est trop cher pour moi.'),
      month('décembre', '2024'),
    ],
    total: '20',
    size: 'T2',
    position: [
      'Fin 2023, pour un T2 dans tout le territoire, entre 3 509 et 5 582 demandes ont plus de points que vous.',
      'Il y avait 7 975 demandes de T2 en attente.',
      'En 2023, la moitié des ménages qui ont eu un T2 avaient au moins 60 points.',
      LANDMARKS,
    ],
  },
  {
    // Habite la commune 50 + ancienneté de 4 ans (décembre 2020 à décembre 2024), palier 3 à 5 ans : 3
    // → 53 points. 3 personnes pour 3 pièces et 60 m² : pas de suroccupation.
    // T3 : 53 est dans la tranche 40–59 → au moins 927 + 618 + 387 = 1 932, au plus 1 932 + 1 468 = 3 400 ;
    // en tout 2 319 + 2 009 + 3 400 = 7 728. Logés : 952 ; 57 + 124 + 190 = 371, + 229 = 600 ≥ 476 → 60–79.
    name: 'un couple avec 1 enfant, en Hlm dans la commune demandée depuis 4 ans : 53 points, un T3',
    steps: [
      adult(40, 38, 1),
      all(
        home('Je suis locataire d’un logement social.', 3, 60),
        check('Vous habitez déjà dans la commune où vous demandez un logement.'),
      ),
      QUARTILE_NO,
      nothing,
      month('décembre', '2020'),
    ],
    total: '53',
    size: 'T3',
    position: [
      'Fin 2023, pour un T3 dans tout le territoire, entre 1 932 et 3 400 demandes ont plus de points que vous.',
      'Il y avait 7 728 demandes de T3 en attente.',
      'En 2023, la moitié des ménages qui ont eu un T3 avaient au moins 60 points.',
      LANDMARKS,
    ],
  },
  {
    // Sans logement 10 + DALO 50 + handicap 30 + ancienneté de 11 ans (décembre 2013 à décembre 2024) :
    // 10 points, puis 1 pour l'année au-delà de 10 = 11 → 101 points.
    // T5+ : 101 est dans la dernière tranche, « 100 et plus » → au plus 62 demandes devant ; en tout
    // 373 + 324 + 236 + 149 + 100 + 62 = 1 244. Logés : 211 ; 13 + 27 + 42 = 82, + 51 = 133 ≥ 105,5 → 60–79.
    name: 'un couple avec 4 enfants sans logement, prioritaire DALO, avec un handicap, depuis 11 ans : 101 points, un T5+',
    steps: [
      all(adult(45, 43, 4), check('Une personne du foyer a un handicap reconnu.')),
      home('Je n’ai pas de logement. Je dors dehors ou dans un abri de fortune.'),
      all(check('Vous êtes reconnu prioritaire DALO.'), QUARTILE_NO),
      nothing,
      month('décembre', '2013'),
    ],
    total: '101',
    size: 'T5+',
    position: [
      'Fin 2023, pour un T5+ dans tout le territoire, au plus 62 demandes ont plus de points que vous.',
      'Il y avait 1 244 demandes de T5+ en attente.',
      'En 2023, la moitié des ménages qui ont eu un T5+ avaient au moins 60 points.',
      LANDMARKS,
    ],
  },
];

const shownStep = (page: Page) => page.locator('.sim-step:not([hidden])').getAttribute('data-step');

/** Answers one step and goes on; a step left partly empty says so once, a second click goes on. */
async function step(page: Page, action: Step): Promise<void> {
  await action(page);
  const before = await shownStep(page);
  await page.locator('.sim-step:not([hidden]) button[type="submit"]').click();
  if ((await page.locator('#resultat').isVisible()) || (await shownStep(page)) !== before) return;
  await expect.poll(() => page.locator('.sim-step:not([hidden]) [data-step-message]').isVisible()).toBe(true);
  await page.locator('.sim-step:not([hidden]) button[type="submit"]').click();
}

const positionLines = async (page: Page) =>
  (await page.locator('#resultat [data-position] p').allInnerTexts()).map(plain);

function territory(slug: string, households: Household[]): void {
  describe(`« Où en serait votre demande ? » à ${slug}`, () => {
    const site = useSiteInBrowser(slug);

    test.each(households.map((h) => [h.name, h] as const))('%s', async (_name, h) => {
      const { context, offsite } = await newContext(site.browser, { width: 375 });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.clock.setFixedTime(new Date('2024-12-15T12:00:00+01:00'));
      await page.goto(`${site.url}/cotation/`, { waitUntil: 'networkidle' });
      const afterLoad: string[] = [];
      page.on('request', (r) => afterLoad.push(r.url()));
      await expect.poll(() => page.locator('#simulateur').isVisible()).toBe(true);
      for (const action of h.steps) await step(page, action);
      const result = page.locator('#resultat');
      await expect.poll(() => result.isVisible()).toBe(true);
      expect(await result.locator('[data-total]').getAttribute('data-total')).toBe(h.total);
      await page.getByLabel('Taille du logement').selectOption(h.size);
      await expect.poll(() => positionLines(page)).toEqual(h.position);
      const axe = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
      if (h.then) {
        await page.getByLabel('Taille du logement').selectOption(h.then.size);
        await expect.poll(() => positionLines(page)).toEqual(h.then.position);
      }
      expect(afterLoad).toEqual([]);
      expect(offsite).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

territory('thiers-dore-montagne', thiers);
territory('grand-paris-grand-est', grandParis);
