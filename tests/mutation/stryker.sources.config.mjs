// @ts-check
/**
 * Stryker for src/lib/sources only, with its own test set (tests/mutation/vitest.sources.config.ts explains
 * why). scripts/mutation.ts runs it for the patterns under src/lib/sources/ (and in CI, once the module is in
 * the committed incremental file), the other modules with stryker.config.mjs; both runs share the incremental
 * file and their reports are combined before the scores.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import shared from '../../stryker.config.mjs';

export default {
  ...shared,
  vitest: { configFile: 'tests/mutation/vitest.sources.config.ts', related: true },
  mutate: ['src/lib/sources/**/*.ts', '!src/lib/**/*.d.ts'],
};
