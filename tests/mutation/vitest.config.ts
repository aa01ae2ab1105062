import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

// Vitest as Stryker runs it (npm run test:mutation): the unit and integration projects of the main
// configuration, never the browser project (its global setup builds both territories). Stryker then runs,
// for each mutant, only the tests that import the mutated file (vitest.related) and that reached the
// mutant during its first run (coverageAnalysis perTest).
const projects = (base.test?.projects ?? []).filter(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name !== 'e2e',
);

export default defineConfig({ test: { projects } });
