import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

// Vitest as Stryker runs it (npm run test:mutation): the unit project of the main configuration.
// Stryker switches a mutant on inside the test process only, so the integration tests that run the code in a
// child process (the commands, the site builds) can never see a mutant; the few that run it in-process rebuild
// whole territories (7 to 26 s a test, on every mutant they reach) and compare with the dataset built by the
// same code. The browser project is never run (its global setup builds both territories).
// Stryker then runs, for each mutant, only the unit tests that import the mutated file (vitest.related)
// and that reached the mutant during the first run (coverageAnalysis perTest).
// Stryker runs the tests in worker threads, where a test file setting process.env.TZ (desks-open-now) no
// longer changes the time zone: it is set here, for the whole test process.
process.env.TZ = 'Europe/Paris';

// Unit test files left out: they go through the whole pipeline of another module (yearly report, leaflets,
// the real territories) in 2 to 14 s, and compare with figures computed by the same code; a surviving mutant
// would run them again each time.
const SLOW_PIPELINE_TESTS = [
  'tests/unit/report-yearly.test.ts',
  'tests/unit/data-secrecy-real.test.ts',
  'tests/unit/leaflets-falc.test.ts',
  // Adversarial tables solved twice by the exact audit (2 minutes under instrumentation): the secrecy code it
  // reaches is killed by the faster unit tests of secrecy, and this file runs in every npm test.
  'tests/unit/secrecy-previous-publication.test.ts',
  // The independent reader of the published tables (its own linear programme over random territories, 30 s
  // plain, minutes instrumented): run again for every secrecy mutant it reaches, it made Stryker announce
  // about 5 hours for `indicators` on two cores (7 December 2026). It runs in every npm test; the secrecy
  // code it reaches is also checked by the unit tests of the audit (data-secrecy*.test.ts, answers-model).
  'tests/unit/answers-adversarial.test.ts',
  // Random demand and stock tables published through the dataset module (7.6 s plain, run again for nearly
  // every secrecy mutant): with them, the full pass of `indicators` advanced at 6 to 9 mutants a minute on a
  // shared machine (7 December 2026), over 2.5 hours. They run in every npm test; the secrecy code they reach
  // is checked on hand-made tables by data-secrecy.test.ts, data-secrecy-audit.test.ts,
  // data-secrecy-parts.test.ts and data-secrecy-tables.test.ts.
  'tests/unit/data-secrecy-properties.test.ts',
];

// Instrumented code runs slower: the time limit of a test is Stryker's (timeoutMS, timeoutFactor), not Vitest's 5 s.
const projects = (base.test?.projects ?? [])
  .filter((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit')
  .map((project) =>
    typeof project === 'object' && 'test' in project
      ? { ...project, test: { ...project.test, testTimeout: 120_000, exclude: SLOW_PIPELINE_TESTS } }
      : project,
  );

export default defineConfig({ test: { projects } });
