// One generic test: every example of every territory's grid gives its expected total, the expected points
// of each criterion and the expected unanswered questions (DESIGN.md §8).
import { describe, expect, it } from 'vitest';
import { exampleResults } from '../../src/lib/cotation/index.ts';
import { gridFiles } from './cotation-grid-files.ts';

describe.each(gridFiles)('grille $slug', ({ grid, diagnostics }) => {
  it('is valid', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(grid?.examples.length).toBeGreaterThan(0);
  });
  it.each(grid ? exampleResults(grid) : [])('example « $example.name »', ({ example, result }) => {
    expect(result.total).toBe(example.total);
    const counted = Object.fromEntries(result.lines.filter((l) => l.points !== 0).map((l) => [l.id, l.points]));
    expect(counted).toEqual(example.points);
    expect(result.missing.map((m) => m.id).sort()).toEqual([...example.missing].sort());
    // Every criterion that does not count says why, never a blank or a generic sentence.
    for (const line of result.lines) {
      expect(line.because.length).toBeGreaterThan(5);
      expect(line.because).not.toContain('Votre situation ne correspond pas');
    }
  });
});

it('there are two real grids', () => {
  expect(gridFiles.map((g) => g.slug).sort()).toEqual(['grand-paris-grand-est', 'thiers-dore-montagne']);
});

it('an example grid shows a blank answer with its points at stake', () => {
  const thiers = gridFiles.find((g) => g.slug === 'thiers-dore-montagne')!.grid!;
  const blank = exampleResults(thiers).find((e) => e.example.missing.includes('surface'))!;
  expect(blank.result.missing).toEqual([
    {
      id: 'surface',
      label: 'Quelle est la surface de votre logement ?',
      criteria: ['Votre logement est trop petit pour le foyer'],
      atStake: 15,
    },
  ]);
});
