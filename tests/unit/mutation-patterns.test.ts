/**
 * npm run test:mutation splits the --mutate patterns between the run of src/lib/sources (its own test set)
 * and the run of the other modules (scripts/mutation-patterns.ts). Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { splitPatterns, takeMutate } from '../../scripts/mutation-patterns.ts';

describe('motifs de --mutate', () => {
  it('lit --mutate, -m et --mutate=, séparés par des virgules, et laisse les autres arguments', () => {
    expect(takeMutate(['--force', '--mutate', 'a,b', '-m', 'c', '--mutate=d,', '--logLevel', 'debug'])).toEqual({
      patterns: ['a', 'b', 'c', 'd'],
      rest: ['--force', '--logLevel', 'debug'],
    });
    expect(takeMutate(['--force'])).toEqual({ patterns: undefined, rest: ['--force'] });
  });

  it('donne à sources ses motifs, aux autres modules les leurs sans sources, les exclusions aux deux', () => {
    expect(
      splitPatterns([
        'src/lib/rpls/**/*.ts',
        'src/lib/sources/**/*.ts',
        '!src/lib/**/*.d.ts',
        'src/lib/sources/csv.ts:1-9',
      ]),
    ).toEqual({
      sources: ['src/lib/sources/**/*.ts', 'src/lib/sources/csv.ts:1-9', '!src/lib/**/*.d.ts'],
      others: ['src/lib/rpls/**/*.ts', '!src/lib/**/*.d.ts', '!src/lib/sources/**'],
    });
    expect(splitPatterns(['src/lib/sources/**/*.ts'])).toEqual({ sources: ['src/lib/sources/**/*.ts'], others: [] });
    expect(splitPatterns(['src/lib/**/*.ts'])).toEqual({
      sources: [],
      others: ['src/lib/**/*.ts', '!src/lib/sources/**'],
    });
  });
});
