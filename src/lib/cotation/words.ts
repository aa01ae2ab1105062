/** French words for the grid's codes and the caveats, shared by the cotation pages, the island and the PDF. */

/** Nature of a criterion, as the published grid says it. */
export const NATURE_LABELS: Record<string, string> = {
  cch: 'Obligatoire, fixé par la loi',
  facultatif: 'Choisi par le territoire',
  local: 'Priorité locale',
};

/** Who validates a criterion. */
export const VALIDATION_LABELS: Record<string, string> = {
  declaratif: 'Votre formulaire, puis le guichet vérifie les pièces',
  guichet: 'Seulement le guichet',
};

/** Titles of the simulator's steps. */
export const STEP_TITLES: Record<string, string> = {
  foyer: 'Votre foyer',
  logement: 'Votre logement',
  situation: 'Votre situation',
  motifs: 'Vos raisons',
  anciennete: 'Votre attente',
  refus: 'Vos refus',
};

/** Month names, January first: the ones of every date in words. */
export { MONTHS } from '../format/index.ts';

/** The honest caveats shown with every result, built page and simulator alike. */
export const CAVEATS: readonly string[] = [
  'Ce résultat est une estimation. Il aide à comprendre. Il ne donne pas de droit.',
  'Le nombre de points ne suffit pas pour avoir un logement.',
  'Pour chaque logement, la commission du bailleur étudie 3 demandes. Elle choisit librement.',
  'Vos points peuvent changer quand le guichet vérifie vos pièces.',
  'Vos vrais points sont sur le site de votre demande en ligne ou au guichet.',
];
