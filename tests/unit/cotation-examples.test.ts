// One generic test: every example of every territory's grid gives its expected total (DESIGN.md §8).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/cotation/index.ts';
import { gridFiles } from './cotation-grid-files.ts';

describe.each(gridFiles)('grille $slug', ({ grid, diagnostics }) => {
  it('is valid', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(grid?.examples.length).toBeGreaterThan(0);
  });
  it.each(grid?.examples ?? [])('example « $name »', (example) => {
    const r = evaluate(grid!, example.answers);
    expect(r.total).toBe(example.total);
    expect(r.lines.filter((l) => l.status === 'missing')).toEqual([]);
  });
});

it('there are two real grids', () => {
  expect(gridFiles.map((g) => g.slug).sort()).toEqual(['grand-paris-grand-est', 'thiers-dore-montagne']);
});
