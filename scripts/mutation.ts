/**
 * `npm run test:mutation`: Stryker on the domain modules of src/lib (stryker.config.mjs), then the score
 * per module and its goal (scripts/mutation-score.ts). Exit code 1 when the overall score is below 80 %
 * (Stryker's `thresholds.break`) or a module is below its goal.
 *
 * Incremental by default: only the mutants of code or tests changed since tests/mutation/stryker-incremental.json
 * are run again; the others keep their result. That file is kept in the repository: commit it after a run.
 * Options:
 *   --full    runs every mutant again (Stryker's --force), to refresh the score written in the README;
 *   --ci      reads the committed incremental file but writes into reports/, so the working tree stays unchanged
 *             (.ci/run; also when CI=true);
 *   anything else is given to Stryker, e.g. `--mutate 'src/lib/rpls/**\/*.ts'`. With --mutate, the committed
 *   incremental file is not rewritten either (it would keep only the files of that run).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { reportScores } from './mutation-score.ts';

const COMMITTED = 'tests/mutation/stryker-incremental.json';
const SCRATCH = 'reports/mutation/incremental.json';

const args = process.argv.slice(2);
const full = args.includes('--full');
const ci = args.includes('--ci') || process.env.CI === 'true';
const strykerArgs = args.filter((a) => a !== '--full' && a !== '--ci');
if (full) strykerArgs.push('--force');

if (ci || strykerArgs.includes('--mutate') || strykerArgs.some((a) => a.startsWith('--mutate='))) {
  mkdirSync('reports/mutation', { recursive: true });
  if (existsSync(COMMITTED)) copyFileSync(COMMITTED, SCRATCH);
  strykerArgs.push('--incrementalFile', SCRATCH);
}

// A report left by an earlier run must not be read as this run's.
rmSync('reports/mutation/mutation.json', { force: true });
const started = performance.now();
const stryker = spawnSync('stryker', ['run', ...strykerArgs], {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: '0' },
});
const seconds = Math.round((performance.now() - started) / 1000);
if (stryker.error) throw stryker.error;

let code = stryker.status ?? 1;
if (existsSync('reports/mutation/mutation.json')) code = Math.max(code, reportScores());
console.log(`Durée des tests de mutation : ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
process.exitCode = code;
