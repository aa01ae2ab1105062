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
 *   anything else is given to Stryker, e.g. `--mutate 'src/lib/rpls/**\/*.ts'`. With --mutate, Stryker works on
 *   a copy in reports/ (its own file would keep only the files of that run), and a finished run is merged into
 *   the committed file (scripts/mutation-merge.ts): modules can be run one at a time.
 * In CI (--ci), only the modules present in the committed file are mutated: a module enters CI once it has
 * had a whole run, committed by a developer, so CI never starts hours of new mutants.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { mergeInto } from './mutation-merge.ts';
import { moduleOf, reportScores, scoresByModule, type MutationReport } from './mutation-score.ts';

const COMMITTED = 'tests/mutation/stryker-incremental.json';
const SCRATCH = 'reports/mutation/incremental.json';

/** Modules of src/lib that have results in an incremental file. */
function modulesIn(file: string): string[] {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { files?: Record<string, unknown> };
  return [...new Set(Object.keys(report.files ?? {}).map(moduleOf))].sort();
}

/** 1 when a module scores more than 1 point lower after the run than in the committed file. */
function noRegression(before: string, after: string): number {
  const read = (f: string) =>
    new Map(scoresByModule(JSON.parse(readFileSync(f, 'utf8')) as MutationReport).map((r) => [r.module, r.score]));
  const was = read(before);
  let code = 0;
  for (const [module, score] of read(after)) {
    const old = was.get(module);
    if (old !== undefined && score !== undefined && score < old - 1) {
      console.log(
        `Module ${module} : ${score.toFixed(1)} %, en recul sur ${old.toFixed(1)} % (${before}). Tuez les nouveaux survivants par des tests (rapport : reports/mutation/mutation.html), puis npm run test:mutation -- --mutate 'src/lib/${module}/**/*.ts' et committez le fichier.`,
      );
      code = 1;
    }
  }
  return code;
}

const args = process.argv.slice(2);
const full = args.includes('--full');
const ci = args.includes('--ci') || process.env.CI === 'true';
const strykerArgs = args.filter((a) => a !== '--full' && a !== '--ci');
if (full) strykerArgs.push('--force');

const mutateGiven = strykerArgs.some((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
if (ci || mutateGiven) {
  mkdirSync('reports/mutation', { recursive: true });
  if (existsSync(COMMITTED)) copyFileSync(COMMITTED, SCRATCH);
  strykerArgs.push('--incrementalFile', SCRATCH);
}
if (ci && !mutateGiven && !full) {
  // CI checks the modules that have had a full run, recorded in the committed file: a module enters CI once
  // a developer has run it whole (npm run test:mutation) and committed the file, never for hours in CI.
  const modules = existsSync(COMMITTED) ? modulesIn(COMMITTED) : [];
  if (modules.length === 0) {
    console.log(`Tests de mutation : ${COMMITTED} absent ou vide, rien à revérifier.`);
    process.exit(0);
  }
  console.log(`Tests de mutation (incrémental) sur : ${modules.join(', ')}.`);
  strykerArgs.push('--mutate', [...modules.map((m) => `src/lib/${m}/**/*.ts`), '!src/lib/**/*.d.ts'].join(','));
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
const completed = existsSync('reports/mutation/mutation.json');
if (completed) {
  const belowGoal = reportScores();
  if (ci) {
    // While modules are below their goals, CI holds the line: no module may lose score against the committed
    // file (new code whose mutants survive, a test weakened). The goals themselves fail npm run test:mutation.
    code = noRegression(COMMITTED, 'reports/mutation/mutation.json');
    if (belowGoal) console.log('Objectifs pas encore atteints : le CI vérifie seulement qu’aucun module ne recule.');
  } else code = Math.max(code, belowGoal);
}
if (completed && mutateGiven && !ci) {
  // A whole run of some modules: its results replace theirs in the committed file, the others stay.
  mergeInto(COMMITTED, SCRATCH);
  console.log(`Résultats de ces modules reportés dans ${COMMITTED} : à committer.`);
}
console.log(`Durée des tests de mutation : ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
process.exitCode = code;
