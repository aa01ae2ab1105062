// @ts-check
/**
 * Mutation testing (npm run test:mutation, README « Les tests »): Stryker changes the domain code of src/lib
 * one small change (a mutant) at a time and expects at least one unit or integration test to fail.
 * Per-module goals (90 % for the modules that compute published figures and points) are checked by
 * scripts/mutation-score.ts, which reads the JSON report; Stryker itself only knows one overall threshold.
 * src/lib/sources (the file reader) is not in this list: it has its own test set and Stryker configuration
 * (tests/mutation/stryker.sources.config.mjs, tests/mutation/vitest.sources.config.ts say why), run by
 * scripts/mutation.ts in a second run; this file mutates the other modules with the shared test set.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  // Each mutant runs only the tests that reached it during the first run.
  coverageAnalysis: 'perTest',
  // Two cores shared with the rest of the machine.
  concurrency: 1,
  mutate: [
    'src/lib/cotation/**/*.ts',
    'src/lib/desks/**/*.ts',
    'src/lib/rpls/**/*.ts',
    'src/lib/mapping/**/*.ts',
    'src/lib/indicators/**/*.ts',
    'src/lib/wording/**/*.ts',
    'src/lib/dataset/**/*.ts',
    '!src/lib/**/*.d.ts',
  ],
  // Mutants of module-level code (constant tables, regular expressions built once) would need every
  // related test file reloaded for each of them: too slow on two cores. They are reported as ignored;
  // the test of the tests (npm run test:sentinels) changes the main constants by hand instead.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, reportMutants: true, reportTests: false, reportScoreTable: true },
  // A site build running meanwhile (the browser tests) writes and deletes its work folder: copied into the
  // sandbox halfway, a file gone before its copy stops Stryker. The unit tests never read it.
  ignorePatterns: ['/.build-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 20,
};
