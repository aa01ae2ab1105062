/**
 * The household category of the ceilings, as defined by the arrêté du 29 juillet 1987, article 2 (as
 * amended; read on Légifrance, JORFTEXT000000294318, version in force on 1 January 2024):
 *
 * 1. une personne seule ;
 * 2. deux personnes ne comportant aucune personne à charge, à l'exclusion des jeunes ménages, ou une personne
 *    seule en situation de handicap ;
 * 3. trois personnes, ou une personne seule avec une personne à charge, ou un jeune ménage sans personne à
 *    charge, ou deux personnes dont au moins une est en situation de handicap ;
 * 4. quatre personnes, ou une personne seule avec deux personnes à charge, ou trois personnes dont au moins
 *    une est en situation de handicap ;
 * 5. and 6. the same, one more person each; then « par personne supplémentaire ».
 *
 * « Jeune ménage » : a couple without any person à charge whose ages add up to 55 years at most.
 * Each clause is « N persons » or one more than the persons counted: a single parent counts one more, a
 * household with a disabled person counts one more, a young couple counts as three. The category is the
 * highest clause that fits (the clauses are alternatives of the same category, they never add up).
 */
import type { Household } from './words.ts';

/** Largest sum of the two ages of a « jeune ménage » (arrêté du 29 juillet 1987, article 2). */
export const YOUNG_COUPLE_MAX_AGE_SUM = 55;

/** The category, and the persons counted. */
export interface HouseholdCategory {
  persons: number;
  /** 1 to 6, or more: 7 means category 6 and one additional person. */
  category: number;
  /** Which clause of the arrêté gave the category. */
  clause: 'persons' | 'single-parent' | 'young-couple' | 'disability';
}

/** Number of persons who will live in the home. */
export function personsOf(h: Household): number {
  return 1 + (h.couple ? 1 : 0) + h.dependants + h.others;
}

/** True for a « jeune ménage »: a couple, nobody else à charge, the two ages add up to 55 at most. */
export function isYoungCouple(h: Household): boolean {
  if (!h.couple || h.dependants > 0 || h.others > 0) return false;
  if (h.applicantAge === undefined || h.partnerAge === undefined) return false;
  return h.applicantAge + h.partnerAge <= YOUNG_COUPLE_MAX_AGE_SUM;
}

/** The category of the household (the highest clause of article 2 that fits). */
export function householdCategory(h: Household): HouseholdCategory {
  const persons = personsOf(h);
  const clauses: { category: number; clause: HouseholdCategory['clause'] }[] = [
    { category: persons, clause: 'persons' },
  ];
  if (!h.couple && h.dependants > 0) clauses.push({ category: persons + 1, clause: 'single-parent' });
  if (isYoungCouple(h)) clauses.push({ category: 3, clause: 'young-couple' });
  if (h.disability) clauses.push({ category: persons + 1, clause: 'disability' });
  // The first clause wins a tie: « 3 persons » says more simply why than « a young couple ».
  const best = clauses.reduce((a, b) => (b.category > a.category ? b : a));
  return { persons, ...best };
}

/** Why the category is this one, in FALC. */
export function categoryReason(c: HouseholdCategory): string {
  const persons = `${c.persons} ${c.persons > 1 ? 'personnes' : 'personne'}`;
  switch (c.clause) {
    case 'persons':
      return `Votre foyer compte ${persons}.`;
    case 'single-parent':
      return `Votre foyer compte ${persons}. Vous vivez seul avec des personnes à charge : la loi compte une personne de plus.`;
    case 'young-couple':
      return `Vous êtes un jeune couple : vos deux âges font ${YOUNG_COUPLE_MAX_AGE_SUM} ans ou moins. La loi vous compte comme un foyer de 3 personnes.`;
    case 'disability':
      return `Votre foyer compte ${persons}. Une personne a une carte mobilité inclusion « invalidité » : la loi compte une personne de plus.`;
  }
}
