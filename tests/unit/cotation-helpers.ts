/** Small grids written inline for the cotation tests. */
import { gridSchema, type Grid } from '../../src/lib/cotation/index.ts';

/** A valid grid from partial criteria and questions (fills the mandatory fields). */
export function makeGrid(parts: {
  questions: unknown[];
  criteria: Record<string, unknown>[];
  minimumSurface?: unknown;
}): Grid {
  return gridSchema.parse({
    title: 'Grille de test',
    reference: 'test',
    questions: parts.questions,
    minimumSurface: parts.minimumSurface,
    criteria: parts.criteria.map((c) => ({
      label: String(c.id),
      official: String(c.id),
      category: 'Test',
      nature: 'facultatif',
      reference: 'test',
      ...c,
    })),
  });
}
