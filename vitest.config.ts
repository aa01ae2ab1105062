import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests never write the figures cache into the repository's .cache, but into the system temporary folder.
const env = { ILS_CACHE_DIR: join(tmpdir(), 'ils-test-cache') };

// Three projects so that `npm test` (unit + integration) never needs a browser,
// and `npm run test:e2e` runs only the Chromium tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', env } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          env,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          env,
          // Each territory is built once for the whole run, whichever test files read it.
          globalSetup: ['tests/helpers/shared-builds.ts'],
          // The axe pass walks every page of the sitemap (about 130 pages for both territories).
          testTimeout: 900_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
