/**
 * Cotation: the territory's grid (schema, checks, loader) and the engine that scores a household with
 * one explanation line per criterion (DESIGN.md §8). The browser island imports engine.ts alone, which
 * has no node:, zod or yaml dependency; everything else imports this entry point.
 */
export { STEPS, gridSchema, type Step, type Grid, type Question, type Criterion, type GridExample, type Answers, type Condition } from './schema.ts';
export { evaluate, round1, type CotationResult, type ExplanationLine, type LineStatus } from './engine.ts';
export { DERIVED_FACTS, computeFacts, minimumSurface, type Facts, type FactValue } from './facts.ts';
export { evaluateCondition } from './conditions.ts';
export { checkGrid } from './check.ts';
export { parseGrid, type ParsedGrid } from './parse.ts';
export { loadCotationGrid, GRID_FILE } from './load.ts';
