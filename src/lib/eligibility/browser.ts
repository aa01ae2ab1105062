/**
 * Entry point for the browser island: the pure rules, without zod or Node.
 */
export { eligibility, ceilingOf, rowOf, plsRow, PLS_RAISE } from './ceilings.ts';
export { householdCategory, categoryReason, isYoungCouple, personsOf, YOUNG_COUPLE_MAX_AGE_SUM } from './category.ts';
export { zoneOfCommune } from './zones.ts';
export * from './words.ts';
export type { EligibilityData } from './site.ts';
export {
  eligibilityWords,
  eurosText,
  sourceText,
  sourceLine,
  shortSourceLine,
  type EligibilityWords,
} from './sentences.ts';
export { frenchDay } from '../format/index.ts';
