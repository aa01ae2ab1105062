/**
 * Cotation: the territory's grid (schema, checks, loader), the tree and its evaluation into a trace,
 * and the one explanation module (DESIGN.md §8). The browser island imports browser.ts, which has no
 * node:, zod or yaml dependency; everything else imports this entry point.
 */
export {
  STEPS,
  gridSchema,
  type Step,
  type Grid,
  type Question,
  type Criterion,
  type GridExample,
  type Answers,
  type Condition,
  type Variant,
  type Justificatif,
} from './schema.ts';
export {
  buildTree,
  scoreNode,
  type GridTree,
  type ScoreNode,
  type CriterionNode,
  type GroupNode,
  type CoefficientNode,
  type Band,
} from './tree.ts';
export { traceGrid, round1, type Trace, type CriterionTrace, type ScoreTrace, type LineStatus } from './evaluate.ts';
export {
  evaluate,
  explain,
  pointsText,
  pointsWord,
  maxPoints,
  exclusiveNotes,
  incomeLimitText,
  criterionLabel,
  questionLabel,
  documentsOf,
  monthText,
  unitOf,
  type CotationResult,
  type ExplanationLine,
  type MissingAnswer,
  type ProofDocuments,
} from './explain.ts';
export { resultHtml, missingHtml } from './result-html.ts';
export {
  DERIVED_FACTS,
  computeFacts,
  minimumSurface,
  monthsBetween,
  type Facts,
  type FactValue,
  type EvaluationContext,
  type DerivedFact,
} from './facts.ts';
export { evaluateCondition, type ConditionResult, type LeafTrace } from './conditions.ts';
export { NATURE_LABELS, VALIDATION_LABELS, STEP_TITLES, CAVEATS, MONTHS } from './words.ts';
export { waitingData, type WaitingData, type WaitingText, type WaitingSource } from './waiting.ts';
export {
  positioningView,
  positionLines,
  demandsAhead,
  housedHalf,
  halfPointsText,
  POSITION_WORDS,
  type PositioningView,
  type PositionBand,
} from './positioning.ts';
export { exampleContext, exampleResults, type ExampleResult } from './examples.ts';
export { checkGrid } from './check.ts';
export { parseGrid, type ParsedGrid } from './parse.ts';
export { loadCotationGrid, GRID_FILE } from './load.ts';
