/**
 * Pictograms drawn as vectors, one idea each (RLS 3.2), the same picture for the same idea everywhere
 * (RLS 3.4). Paths use the SVG syntax on a 24 × 24 grid, stroked, so that the PDF (PDFKit reads SVG
 * paths), the HTML print version and the web pages (inline SVG) draw exactly the same picture.
 */

/** A pictogram: its stroke path and the one idea it carries, used as alternative text. */
export interface Pictogram {
  /** SVG path data on a 24 × 24 grid, drawn with a round stroke and no fill. */
  path: string;
  /** The idea, in FALC, used as the PDF Figure's alternative text. */
  idea: string;
}

/** Every pictogram of the leaflets and of the site. */
export const PICTOGRAMS = {
  house: {
    path: 'M3 11.5 L12 4 L21 11.5 M5.5 9.5 V20 H18.5 V9.5 M10 20 V14.5 H14 V20',
    idea: 'Une maison : le logement social.',
  },
  person: {
    path: 'M12 4 A3.5 3.5 0 1 1 11.99 4 Z M5 20.5 C5 15.5 8 13.5 12 13.5 C16 13.5 19 15.5 19 20.5 Z',
    idea: 'Une personne : qui peut demander.',
  },
  people: {
    path: 'M8.5 5 A2.8 2.8 0 1 1 8.49 5 Z M2.5 19.5 C2.5 15 5 13 8.5 13 C12 13 14.5 15 14.5 19.5 M16 6 A2.5 2.5 0 1 1 15.99 6 Z M15.5 12.6 C19 12.6 21.5 14.5 21.5 18.5',
    idea: 'Des personnes : les demandes en attente.',
  },
  key: {
    path: 'M8 9 A4 4 0 1 1 7.99 9 Z M11.5 13 H21 M18 13 V16.5 M21 13 V15.5',
    idea: 'Une clé : un logement donné.',
  },
  clock: {
    path: 'M12 3.5 A8.5 8.5 0 1 1 11.99 3.5 Z M12 7.5 V12 L15.5 14',
    idea: 'Une horloge : le temps d’attente.',
  },
  document: {
    path: 'M6 3 H14 L19 8 V21 H6 Z M14 3 V8 H19 M9 12 H16 M9 15 H16 M9 18 H13',
    idea: 'Une feuille : les documents à donner.',
  },
  desk: {
    path: 'M12 21 C8 16.5 5.5 13 5.5 9.5 A6.5 6.5 0 0 1 18.5 9.5 C18.5 13 16 16.5 12 21 Z M12 7.5 A2 2 0 1 1 11.99 7.5 Z',
    idea: 'Un point sur une carte : un guichet où aller.',
  },
  computer: {
    path: 'M3.5 5 H20.5 V16 H3.5 Z M9 20 H15 M12 16 V20',
    idea: 'Un écran : faire la demande sur internet.',
  },
  steps: {
    path: 'M4 18 H9 V13 H14 V8 H20 M17 5 L20 8 L17 11',
    idea: 'Des marches : les étapes après la demande.',
  },
  calendar: {
    path: 'M4 6 H20 V20 H4 Z M4 10 H20 M8 3.5 V7.5 M16 3.5 V7.5 M8 14 H10 M14 14 H16 M8 17 H10',
    idea: 'Un calendrier : renouveler chaque année.',
  },
  building: {
    path: 'M5 21 V4 H15 V21 M15 9 H19 V21 M3 21 H21 M8 7.5 H9.5 M11 7.5 H12.5 M8 11 H9.5 M11 11 H12.5 M8 14.5 H9.5 M11 14.5 H12.5 M9 21 V18 H11 V21',
    idea: 'Un immeuble : les logements de la commune.',
  },
  info: {
    path: 'M12 3.5 A8.5 8.5 0 1 1 11.99 3.5 Z M12 11 V16.5 M12 7.5 V8',
    idea: 'Un i : une information sur les chiffres.',
  },
  scale: {
    path: 'M12 4 V20 M7 20 H17 M4 8 H20 M4 8 L2 13 H6 Z M20 8 L18 13 H22 Z',
    idea: 'Une balance : les points de la cotation.',
  },
  signpost: {
    path: 'M12 3 V21 M9 21 H15 M12 5 H18.5 L21 7.5 L18.5 10 H12 M12 12 H5.5 L3 14.5 L5.5 17 H12',
    idea: 'Un panneau : savoir où aller.',
  },
  printer: {
    path: 'M7 9 V3.5 H17 V9 M7 17.5 H3.5 V9 H20.5 V17.5 H17 M7 14 H17 V20.5 H7 Z',
    idea: 'Une imprimante : les documents à imprimer.',
  },
  search: {
    path: 'M10.5 4 A6.5 6.5 0 1 1 10.49 4 Z M15.3 15.3 L20.5 20.5',
    idea: 'Une loupe : chercher un mot.',
  },
} as const satisfies Record<string, Pictogram>;

/** Name of a pictogram. */
export type PictogramName = keyof typeof PICTOGRAMS;
