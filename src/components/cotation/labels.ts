/** French words for the grid's codes, shared by the cotation pages and the simulator island. */

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
