/**
 * What differs by region in the texts shared by every territory. In Île-de-France the number of a demand is
 * regional: one demand counts for the whole region (seed 002, role of Action Logement: « numéro unique régional
 * de demande de logement social (NUR) »). Elsewhere a demand counts for its département.
 */

/** Départements of Île-de-France: Paris, Seine-et-Marne, Yvelines, Essonne and the 4 around Paris. */
export const ILE_DE_FRANCE_DEPARTEMENTS: readonly string[] = ['75', '77', '78', '91', '92', '93', '94', '95'];

/** True when every member commune of the territory is in Île-de-France. */
export function inIleDeFrance(departements: readonly string[]): boolean {
  return departements.length > 0 && departements.every((d) => ILE_DE_FRANCE_DEPARTEMENTS.includes(d));
}

/** The FALC sentences that say how far one demand reaches, one per line. */
export function demandReachSentences(departements: readonly string[]): string[] {
  return inIleDeFrance(departements)
    ? [
        'En Île-de-France, vous faites une seule demande pour toute la région.',
        'Votre numéro de demande est le même dans toute la région.',
        'Tous les bailleurs sociaux d’Île-de-France voient votre demande.',
      ]
    : [
        'Vous faites une seule demande pour tout votre département.',
        'Tous les bailleurs sociaux du département voient votre demande.',
      ];
}
