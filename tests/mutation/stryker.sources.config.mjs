// @ts-check
/**
 * Stryker for src/lib/sources only, with its own test set (tests/mutation/vitest.sources.config.ts says why).
 * scripts/mutation.ts runs it for the patterns under src/lib/sources/ (in CI, once the module is in the
 * committed incremental file), and the other modules with stryker.config.mjs; both runs start from the
 * committed incremental file and their reports are combined before the scores.
 */
import shared from '../../stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...shared,
  vitest: { configFile: 'tests/mutation/vitest.sources.config.ts', related: true },
  mutate: ['src/lib/sources/**/*.ts', '!src/lib/**/*.d.ts'],
};
