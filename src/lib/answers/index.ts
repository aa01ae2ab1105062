/**
 * The wait answers: one typed answer per place × size, computed once from the protected figures (DESIGN.md
 * §7). Their words are in src/lib/wording.
 */
export * from './types.ts';
export { computeAnswers, type AnswerSource } from './compute.ts';
