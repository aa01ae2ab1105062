/**
 * Figures the demonstration data reproduce, each from a seed document. Everything else in the demo files
 * (the split between communes, years, surfaces, energy labels…) is invented for demonstration and the
 * territories are marked `demo: true`.
 */

/** Thiers Dore et Montagne, seed 003 (PPGID 2023-2029), "Composé de 38 000 habitants…" and the next paragraphs. */
export const THIERS = {
  siren: '200070712',
  /** RPLS millésime the seed figures describe (the PPGID was written in 2023 with the 2022 figures). */
  rplsMillesime: 2022,
  /** "1615 logements locatifs sociaux parmi lesquels 725 sont en quartier prioritaire". */
  dwellings: 1615,
  inQpv: 725,
  /** "logements collectifs (87% du parc)". */
  collectifShare: 0.87,
  /** "de type 3 et type 4 (75% du parc)". */
  t3t4Share: 0.75,
  /** "majoritairement construit avant 1979 (54% du parc)". */
  before1979Share: 0.54,
  /** "construit depuis 2008 … 11% du parc". */
  since2008Share: 0.11,
  /** "La demande de logement représente 625 ménages en 2022 et avec 177 logements sociaux attribués". */
  demandMillesime: 2022,
  pending: 625,
  attributions: 177,
  /** "délai moyen d'attribution … 5.3 mois". */
  averageDelayMonths: 5.3,
  /** The QPV of the territory are in Thiers (demo assumption: all 725 dwellings in QPV are in 63430). */
  qpvCommune: '63430',
};

/**
 * Grand Paris Grand Est, seed 002 (PPGDID 2023), §"L'accueil et l'information du demandeur" and the
 * Portail Grand Public example table for Clichy-sous-Bois.
 */
export const GRAND_PARIS_GRAND_EST = {
  siren: '200058790',
  demandMillesime: 2022,
  /** "23 965 demandes de logement ciblaient l'une des communes du territoire en choix 1" (31/12/2022). */
  pending: 23965,
  /** "8,9 [demandes en cours pour une attribution] à l'échelle de GPGE" → 23 965 ÷ 8,9 ≈ 2 693 attributions. */
  demandsPerAttribution: 8.9,
  /** "dont près de 30% de demandes de mutations". */
  transferShare: 0.3,
  /** "le délai moyen d'attribution d'un logement à Grand Paris Grand Est est de 27 mois". */
  averageDelayMonths: 27,
  /**
   * Clichy-sous-Bois (93014), table of the Portail Grand Public: dwellings at 01/01/2022, pending demands
   * at 31/12/2022, attributions in 2022. T5+ adds the T5 to T9 lines. Some cells of the seed are
   * OCR-garbled: T5 pending ("i"), T6 attributions ("1]"), T8 dwellings (")]"). The T5+ pending and
   * attributions are therefore written as not available (`nd`) — marked to verify on the portal — and the T8
   * dwellings are taken as 0 (to verify).
   */
  clichy: {
    code: '93014',
    dwellings: { T1: 141, T2: 428, T3: 1396, T4: 943, 'T5+': 305 + 39 + 0 + 0 + 0 },
    pending: { T1: 159, T2: 267, T3: 372, T4: 441, 'T5+': 'nd' },
    attributions: { T1: 8, T2: 16, T3: 45, T4: 12, 'T5+': 'nd' },
  },
} as const;
