/**
 * The `--mutate` patterns of npm run test:mutation (scripts/mutation.ts), split between the two Stryker runs:
 * src/lib/sources with its own test set (tests/mutation/stryker.sources.config.mjs), every other module with
 * the shared one (stryker.config.mjs).
 */

/** Folder of the module that has its own test set. */
export const SOURCES = 'src/lib/sources/';

/** The patterns of `--mutate a,b` / `-m a,b` / `--mutate=a,b`, and the other arguments. */
export function takeMutate(args: readonly string[]): { patterns: string[] | undefined; rest: string[] } {
  const rest: string[] = [];
  let patterns: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let value: string | undefined;
    if (a === '--mutate' || a === '-m') value = args[++i] ?? '';
    else if (a.startsWith('--mutate=')) value = a.slice('--mutate='.length);
    else {
      rest.push(a);
      continue;
    }
    patterns = [...(patterns ?? []), ...value.split(',').filter((p) => p !== '')];
  }
  return { patterns, rest };
}

/** The patterns for the reader's own run and for the shared run; exclusions (`!…`) go to both. */
export function splitPatterns(patterns: readonly string[]): { sources: string[]; others: string[] } {
  const negative = patterns.filter((p) => p.startsWith('!'));
  const sources = patterns.filter((p) => p.startsWith(SOURCES));
  const others = patterns.filter((p) => !p.startsWith('!') && !p.startsWith(SOURCES));
  return {
    sources: sources.length ? [...sources, ...negative] : [],
    // The shared test set never mutates the reader, even for a pattern such as src/lib/**/*.ts.
    others: others.length ? [...others, ...negative, `!${SOURCES}**`] : [],
  };
}
