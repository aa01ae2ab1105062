/**
 * Entry point of the cotation module for the simulator island: the engine, the explanation and the one
 * result renderer, without zod, yaml or node: (those stay behind index.ts).
 */
export {
  evaluate,
  explain,
  exclusiveNotes,
  monthText,
  pointsWord,
  type CotationResult,
  type ExplanationLine,
  type MissingAnswer,
} from './explain.ts';
export { traceGrid, round1 } from './evaluate.ts';
export { evaluateCondition } from './conditions.ts';
export { resultHtml, missingHtml } from './result-html.ts';
export { escapeHtml } from '../format/index.ts';
export { MONTHS } from './words.ts';
// The waiting-time sentence of the island uses the site's number format.
export { formatInteger } from '../format/index.ts';
export type { EvaluationContext } from './facts.ts';
export type { WaitingData, WaitingText } from './waiting.ts';
export { positionLines, type PositioningView } from './positioning.ts';
export type { Answers, Condition, Grid, Question } from './schema.ts';
