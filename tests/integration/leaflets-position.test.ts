/**
 * The guide and the grid leaflet of both demo territories, read back from their PDF: the ceilings of the
 * year for the territory's zone, how to read one's position among the other demands, the caveats, and the
 * positioning figures of each size (issue 22 part 6). Expected figures are written by hand from
 * data/common/plafonds-ressources.yaml (2026) and sources/positionnement-2023.csv (see the comments).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareDataset } from '../../scripts/prepare.ts';
import { leafletModels, renderLeafletPdf, type LeafletModel } from '../../src/lib/leaflets/index.ts';
import type { TerritoryDataset } from '../../src/lib/dataset/index.ts';
import { readPdf, type ReadPdf } from '../fixtures/leaflets/read-pdf.ts';

/** Text without any space: a web address may be cut at the end of a line. */
const squash = (t: string) => t.replace(/\s+/g, '');

interface Read {
  model: LeafletModel;
  pdf: ReadPdf;
  text: string;
}

async function leaflets(slug: string): Promise<{ dataset: TerritoryDataset; guide: Read; grid: Read }> {
  const prepared = await prepareDataset(slug);
  if (!prepared.dataset) throw new Error(`${slug} : jeu de données invalide`);
  const dataset = prepared.dataset;
  const read = async (id: string): Promise<Read> => {
    const model = leafletModels(dataset).find((m) => m.id === id)!;
    const pdf = await readPdf(new Uint8Array((await renderLeafletPdf(model)).bytes));
    return { model, pdf, text: pdf.pageTexts.join(' ') };
  };
  return { dataset, guide: await read('guide-demandeur'), grid: await read('grille-cotation') };
}

/** The page of the guide that holds one's position. */
const positionPage = (guide: Read) => guide.pdf.pageTexts.find((t) => t.includes('Où en serait votre demande ?'))!;

// The words every territory with a grid prints, whatever its figures.
const COMMISSION = 'Pour chaque logement, la commission du bailleur étudie 3 demandes. Elle choisit librement.';
const CHECKED = 'Vos points peuvent changer quand le guichet vérifie vos pièces.';
const REFUSAL = 'Si vous refusez un logement, vous pouvez perdre des points.';
const LANDMARKS = 'Ce sont des repères, pas une promesse : les demandes changent chaque jour.';
const AHEAD = '« Demandes devant vous ». Ce sont les demandes de la même taille avec plus de points.';

describe('Thiers Dore et Montagne : plafonds et position dans les plaquettes', () => {
  let r: Awaited<ReturnType<typeof leaflets>>;
  beforeAll(async () => {
    r = await leaflets('thiers-dore-montagne');
  }, 300_000);

  test('le guide : les plafonds 2026 de la zone « Autres régions », PLS = PLUS × 1,3', () => {
    // Annexe I de 2026, autres régions : 23 403 … 60 156, + 6 710 ; PLS : 23 403 × 1,3 = 30 423,9 → 30 424,
    // 60 156 × 1,3 = 78 202,8 → 78 203, 6 710 × 1,3 = 8 723. Le PLAI de 2026 n'est pas dans le fichier.
    const page = r.guide.pdf.pageTexts.find((t) => t.includes('Vos revenus : les plafonds de 2026'))!;
    expect(page).toContain('Plafonds par an, zone « Autres régions »');
    expect(page).toContain('Votre foyer Logements sociaux ordinaires (PLUS) Loyers un peu plus hauts (PLS)');
    expect(page).toContain('1 personne 23 403 euros 30 424 euros');
    expect(page).toContain('6 personnes 60 156 euros 78 203 euros');
    expect(page).toContain('Par personne en plus + 6 710 euros + 8 723 euros');
    expect(page).toContain('Loyers les plus bas, PLAI : demandez le plafond au guichet.');
  });

  test('le guide : une page pour lire sa position, avec les repères de chaque taille', () => {
    expect(r.guide.pdf.pages).toBe(r.guide.model.designedPages);
    // 3 pages de texte + plafonds + position + 2 guichets sur une page.
    expect(r.guide.pdf.pages).toBe(6);
    const page = positionPage(r.guide);
    expect(page).toContain('Le simulateur de points du site vous donne 2 repères :');
    expect(page).toContain(AHEAD);
    // T3 logés : 15 + 33 + 28 = 76 ; la moitié, 38, est atteinte dans 40–79 (15 + 33 = 48).
    expect(page).toContain(
      '« La moitié des ménages logés avaient au moins 40 points ». Donc 1 ménage logé sur 2 avait 40 points ou plus.',
    );
    expect(page).toContain('Les repères de 2023, dans tout le territoire :');
    expect(page).toContain('Taille Demandes en attente fin 2023 La moitié des ménages logés en 2023 avaient');
    // En attente : T1 54 + 30 + 13 = 97, T2 118 + 65 + 27 = 210, T3 112 + 62 + 26 = 200, T4 61 + 33 + 14 = 108 ;
    // T5+ : la tranche « 80 et plus » a 4 demandes, cachée ; le total vient du tableau des demandes, qui
    // publie 33 (demandes.csv, territoire, T5+ 2023), comme les pages.
    // Logés : T1 2 + 5 + 4 = 11 et T5+ 1 + 3 + 2 = 6, moins de 2 × 2 × 5 : une seule tranche, rien à dire ;
    // mais le tableau des demandes écrit « non publié » (secret secondaire), pas « moins de 5 » : « caché » ;
    // T2 : 24 ménages en 2 tranches (au plus 1 par 2 × 5), cachées par le secret secondaire (voir le
    // positionnement.csv publié) : « caché », pas « trop peu » ;
    // T4 : 10 + 23 + 19 = 52, la moitié, 26, est atteinte dans 40–79 (10 + 23 = 33).
    expect(page).toContain('T1 97 caché');
    expect(page).toContain('T2 210 caché');
    expect(page).toContain('T3 200 au moins 40 points');
    expect(page).toContain('T4 108 au moins 40 points');
    expect(page).toContain('T5 et plus 33 caché');
    expect(page).not.toContain('trop peu de ménages');
    expect(page).toContain('Quand un nombre est plus petit que 5, nous ne l’écrivons pas.');
    for (const caveat of [COMMISSION, CHECKED, REFUSAL, LANDMARKS]) expect(page).toContain(caveat);
  });

  test('la plaquette de la grille : 4 pages au plus, comment lire sa position, où sont les plafonds', () => {
    expect(r.grid.pdf.pages).toBeLessThanOrEqual(4);
    const text = r.grid.text;
    expect(text).toContain('Où en serait votre demande ?');
    expect(text).toContain(AHEAD);
    expect(text).toContain('« La moitié des ménages logés avaient au moins 40 points ».');
    for (const caveat of [COMMISSION, CHECKED, REFUSAL, LANDMARKS]) expect(text).toContain(caveat);
    expect(squash(text)).toContain(
      squash(
        'Les plafonds de revenus de 2026 sont dans le guide du demandeur. Et sur le site : https://logement.thiers-dore-montagne.fr/ai-je-droit/',
      ),
    );
    // The table of each size stays in the guide; this grid is too long for the table of ceilings within 4
    // pages (laid out with it, it takes 5): the leaflet says where the ceilings are.
    expect(text).not.toContain('T4 108');
    expect(text).not.toContain('Vos revenus : les plafonds');
  });

  test('sans tableau de positionnement, le guide le dit et renvoie au guichet ; sans grille, pas de page', () => {
    const { positioning: _dropped, ...without } = r.dataset;
    const guide = leafletModels(without).find((m) => m.id === 'guide-demandeur')!;
    const section = guide.sections.find((s) => s.id === 'position')!;
    const texts = JSON.stringify(section.blocks);
    expect(texts).toContain('Ce territoire ne publie pas les points des autres demandes.');
    expect(texts).toContain('Pour savoir où en est votre demande, demandez au guichet où vous l’avez déposée.');
    expect(texts).toContain(REFUSAL);
    expect(texts).not.toContain('repères');
    expect(guide.designedPages).toBe(6);

    const noGrid = { ...r.dataset, cotation: { diagnostics: [] } } as TerritoryDataset;
    const plain = leafletModels(noGrid).find((m) => m.id === 'guide-demandeur')!;
    expect(plain.sections.map((s) => s.id)).not.toContain('position');
    expect(plain.designedPages).toBe(5);
  });
});

describe('Grand Paris Grand Est : plafonds et position dans les plaquettes', () => {
  let r: Awaited<ReturnType<typeof leaflets>>;
  beforeAll(async () => {
    r = await leaflets('grand-paris-grand-est');
  }, 300_000);

  test('le guide : les plafonds 2026 de la zone « Île-de-France hors Paris et communes limitrophes »', () => {
    // Annexe I de 2026 : 26 920 pour 1 personne, + 8 598 ; PLS : 26 920 × 1,3 = 34 996, 8 598 × 1,3 = 11 177,4.
    const page = r.guide.pdf.pageTexts.find((t) => t.includes('Vos revenus : les plafonds de 2026'))!;
    expect(page).toContain('Plafonds par an, zone « Île-de-France hors Paris et communes limitrophes »');
    expect(page).toContain('1 personne 26 920 euros 34 996 euros');
    expect(page).toContain('Par personne en plus + 8 598 euros + 11 177 euros');
  });

  test('le guide : les repères de chaque taille, tous publiés, sans phrase sur les refus', () => {
    expect(r.guide.pdf.pages).toBe(r.guide.model.designedPages);
    const page = positionPage(r.guide);
    // En attente : T1 1 122 + 972 + 711 + 449 + 299 + 187 = 3 740 ; T2 7 975 ; T3 7 728 ;
    // T4 1 271 + 1 102 + 805 + 508 + 339 + 212 = 4 237 ; T5+ 373 + 324 + 236 + 149 + 100 + 62 = 1 244.
    // Logés, la moitié atteinte dans 60–79 pour chaque taille : T1 224 → 13 + 29 + 45 = 87, + 54 = 141 ≥ 112 ;
    // T2 563 → 220, 355 ≥ 281,5 ; T3 952 → 371, 600 ≥ 476 ; T4 662 → 258, 417 ≥ 331 ; T5+ 211 → 82, 133 ≥ 105,5.
    for (const row of [
      'T1 3 740 au moins 60 points',
      'T2 7 975 au moins 60 points',
      'T3 7 728 au moins 60 points',
      'T4 4 237 au moins 60 points',
      'T5 et plus 1 244 au moins 60 points',
    ])
      expect(page).toContain(row);
    expect(page).toContain(
      '« La moitié des ménages logés avaient au moins 60 points ». Donc 1 ménage logé sur 2 avait 60 points ou plus.',
    );
    for (const caveat of [COMMISSION, CHECKED, LANDMARKS]) expect(page).toContain(caveat);
    // The grid asks nothing about refused offers, and no figure is hidden.
    expect(page).not.toContain('perdre des points');
    expect(page).not.toContain('Quand un nombre est plus petit');
  });

  test('la plaquette de la grille : 4 pages au plus, comment lire sa position, le tableau des plafonds', () => {
    expect(r.grid.pdf.pages).toBeLessThanOrEqual(4);
    const text = r.grid.text;
    expect(text).toContain(AHEAD);
    for (const caveat of [COMMISSION, CHECKED, LANDMARKS]) expect(text).toContain(caveat);
    expect(text).not.toContain('perdre des points');
    // The grid is short enough for the table of the guide (annexe I de 2026 ; PLS = PLUS × 1,3, arrondi à l'euro).
    const page = r.grid.pdf.pageTexts.find((t) => t.includes('Vos revenus : les plafonds de 2026'))!;
    expect(page).toContain('Plafonds par an, zone « Île-de-France hors Paris et communes limitrophes »');
    expect(page).toContain('1 personne 26 920 euros 34 996 euros');
    // 40 233 × 1,3 = 52 302,9 ; 77 171 × 1,3 = 100 322,3.
    expect(page).toContain('2 personnes 40 233 euros 52 303 euros');
    expect(page).toContain('6 personnes 77 171 euros 100 322 euros');
    expect(page).toContain('Par personne en plus + 8 598 euros + 11 177 euros');
    // No PLAI amounts for 2026 in the data file: said once, never a figure made up.
    expect(page).toContain('Loyers les plus bas, PLAI : demandez le plafond au guichet.');
    expect(squash(page)).toContain(
      squash('Source : Arrêté du 19 décembre 2025. Votre calcul : https://logement.grandparisgrandest.fr/ai-je-droit/'),
    );
    expect(text).not.toContain('sont dans le guide du demandeur');
  });
});
