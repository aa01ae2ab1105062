/** The honest caveats shown with every result, built page and simulator alike (issue 6). */
export const CAVEATS: readonly string[] = [
  'Ce résultat est une estimation. Il aide à comprendre. Il ne donne pas de droit.',
  'Le nombre de points ne suffit pas pour avoir un logement.',
  'Pour chaque logement, la commission du bailleur étudie 3 demandes. Elle choisit librement.',
  'Vos points peuvent changer quand le guichet vérifie vos pièces.',
  'Vos vrais points sont sur le site de votre demande en ligne ou au guichet.',
];
