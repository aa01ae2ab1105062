/**
 * The grid's examples, explained: the grid page, the grid PDF, the worked example and the tests all
 * read them from here, so they show the same lines.
 */
import { evaluate, type CotationResult } from './explain.ts';
import type { EvaluationContext } from './facts.ts';
import type { Grid, GridExample } from './schema.ts';

/** The context of the examples: the grid's fixed month, never the clock, so two builds are identical. */
export const exampleContext = (grid: Grid): EvaluationContext => ({ today: grid.examplesMonth });

/** An example and its explained result. */
export interface ExampleResult {
  example: GridExample;
  result: CotationResult;
}

/** Every example of the grid with its explained result. */
export function exampleResults(grid: Grid): ExampleResult[] {
  return grid.examples.map((example) => ({ example, result: evaluate(grid, example.answers, exampleContext(grid)) }));
}
