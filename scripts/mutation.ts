/**
 * `npm run test:mutation`: Stryker on the domain modules of src/lib, then the score per module and its goal
 * (scripts/mutation-score.ts). Exit code 1 when the overall score is below 80 % (Stryker's `thresholds.break`)
 * or a module is below its goal.
 *
 * Two test sets, so two Stryker runs, one after the other:
 *   - src/lib/sources (the file reader) with its own set: tests/mutation/stryker.sources.config.mjs and
 *     tests/mutation/vitest.sources.config.ts. Every other module reads its files through it, so with the
 *     shared set each mutant of the reader was reached by about 374 unit tests of every module (2.5 min a
 *     mutant, more than 20 hours announced on two cores); its own set is the tests whose job is the reading;
 *   - every other module with the shared set: stryker.config.mjs and tests/mutation/vitest.config.ts.
 * The patterns given are split between the two runs: those under src/lib/sources/ go to the first (a pattern
 * naming the reader must begin with `src/lib/sources/`), the others to the second, which never mutates the
 * reader. Each run starts from a copy of the committed incremental file; their JSON reports are combined into
 * reports/mutation/mutation.json, which the scores read (HTML: mutation.html, mutation-sources.html).
 *
 * Incremental by default: only the mutants of code or tests changed since tests/mutation/stryker-incremental.json
 * are run again; the others keep their result. That file is kept in the repository: commit it after a run.
 * Options:
 *   --full    runs every mutant again (Stryker's --force), to refresh the score written in the README;
 *   --ci      reads the committed incremental file but writes into reports/, so the working tree stays unchanged
 *             (.ci/run; also when CI=true), with two Stryker workers (the CI machine does nothing else);
 *   anything else is given to Stryker, e.g. `--mutate 'src/lib/rpls/**\/*.ts'`. Stryker works on copies in
 *   reports/ (its own file would keep only the files of that run), and a finished run is merged into the
 *   committed file (scripts/mutation-merge.ts): modules can be run one at a time.
 * In CI (--ci), only the modules present in the committed file are mutated: a module enters CI once it has
 * had a whole run, committed by a developer, so CI never starts hours of new mutants.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import shared from '../stryker.config.mjs';
import sourcesConfig from '../tests/mutation/stryker.sources.config.mjs';
import { mergeInto, mergeReports } from './mutation-merge.ts';
import { splitPatterns, takeMutate } from './mutation-patterns.ts';
import { moduleOf, reportScores, scoresByModule, type MutationReport } from './mutation-score.ts';

const COMMITTED = 'tests/mutation/stryker-incremental.json';
const REPORT = 'reports/mutation/mutation.json';
const HTML = 'reports/mutation/mutation.html';

/** One Stryker run: its configuration, the patterns it mutates, its incremental file and reports. */
interface Run {
  name: string;
  config: string;
  mutate: string[];
  incremental: string;
  report: string;
  html: string;
}

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
      const html = module === 'sources' ? 'reports/mutation/mutation-sources.html' : HTML;
      console.log(
        `Module ${module} : ${score.toFixed(1)} %, en recul sur ${old.toFixed(1)} % (${before}). Tuez les nouveaux survivants par des tests (rapport : ${html}), puis npm run test:mutation -- --mutate 'src/lib/${module}/**/*.ts' et committez le fichier.`,
      );
      code = 1;
    }
  }
  return code;
}

const args = process.argv.slice(2);
const full = args.includes('--full');
const ci = args.includes('--ci') || process.env.CI === 'true';
const { patterns: given, rest } = takeMutate(args.filter((a) => a !== '--full' && a !== '--ci'));
const strykerArgs = [...rest];
if (full) strykerArgs.push('--force');
// In CI the machine does nothing else: both cores (the configurations keep 1, for a machine shared with work).
if (ci && !rest.some((a) => a === '--concurrency' || a.startsWith('--concurrency=')))
  strykerArgs.push('--concurrency', '2');

let patterns: string[];
if (given) patterns = given;
else if (ci && !full) {
  // CI checks the files that have had a full run, recorded in the committed file: a module enters CI once
  // a developer has run it (npm run test:mutation) and committed the file, never for hours in CI.
  const modules = existsSync(COMMITTED) ? modulesIn(COMMITTED) : [];
  if (modules.length === 0) {
    console.log(`Tests de mutation : ${COMMITTED} absent ou vide, rien à revérifier.`);
    process.exit(0);
  }
  console.log(`Tests de mutation (incrémental) sur : ${modules.join(', ')}.`);
  // The files of the committed file, not whole modules: a module run file by file (src/lib/sources, whose
  // csv.ts has not had its run yet) brings only its files already run; a new file enters CI the same way.
  const report = JSON.parse(readFileSync(COMMITTED, 'utf8')) as { files: Record<string, unknown> };
  patterns = [...Object.keys(report.files).filter((f) => f.startsWith('src/lib/')), '!src/lib/**/*.d.ts'];
} else
  patterns = [...(shared.mutate ?? []), ...(sourcesConfig.mutate ?? [])].filter((p): p is string => p !== undefined);

const split = splitPatterns(patterns);
// The reader's run first: Stryker writes its HTML report to mutation.html, moved aside before the shared run.
const runs: Run[] = [];
if (split.sources.length)
  runs.push({
    name: 'sources',
    config: 'tests/mutation/stryker.sources.config.mjs',
    mutate: split.sources,
    incremental: 'reports/mutation/incremental-sources.json',
    report: 'reports/mutation/mutation-sources.json',
    html: 'reports/mutation/mutation-sources.html',
  });
if (split.others.length)
  runs.push({
    name: 'shared',
    config: 'stryker.config.mjs',
    mutate: split.others,
    incremental: 'reports/mutation/incremental.json',
    report: 'reports/mutation/mutation-shared.json',
    html: HTML,
  });

mkdirSync('reports/mutation', { recursive: true });
// A report left by an earlier run must not be read as this run's.
for (const f of [REPORT, ...runs.map((r) => r.report)]) rmSync(f, { force: true });
const started = performance.now();
let code = 0;
const done: Run[] = [];
for (const run of runs) {
  if (existsSync(COMMITTED)) copyFileSync(COMMITTED, run.incremental);
  else rmSync(run.incremental, { force: true });
  if (runs.length > 1) console.log(`\nTests de mutation, jeu « ${run.name} » : ${run.mutate.join(', ')}`);
  const stryker = spawnSync(
    'stryker',
    ['run', run.config, ...strykerArgs, '--mutate', run.mutate.join(','), '--incrementalFile', run.incremental],
    { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } },
  );
  if (stryker.error) throw stryker.error;
  code = Math.max(code, stryker.status ?? 1);
  if (!existsSync(REPORT)) continue;
  renameSync(REPORT, run.report);
  if (run.html !== HTML && existsSync(HTML)) renameSync(HTML, run.html);
  done.push(run);
}
const seconds = Math.round((performance.now() - started) / 1000);

// Every run finished: their reports together are this run's report.
const completed = done.length === runs.length && runs.length > 0;
if (completed) {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Parameters<typeof mergeReports>[0];
  const combined = done.slice(1).reduce((all, run) => mergeReports(all, read(run.report)), read(done[0]!.report));
  writeFileSync(REPORT, JSON.stringify(combined));
  const belowGoal = reportScores();
  if (ci) {
    // While modules are below their goals, CI holds the line: no module may lose score against the committed
    // file (new code whose mutants survive, a test weakened). The goals themselves fail npm run test:mutation.
    code = noRegression(COMMITTED, REPORT);
    if (belowGoal) console.log('Objectifs pas encore atteints : le CI vérifie seulement qu’aucun module ne recule.');
  } else code = Math.max(code, belowGoal);
}
if (!ci) {
  // A whole run of some modules: its results replace theirs in the committed file, the others stay.
  // Each run's file holds a copy of every module's results: the shared run first, then the reader's own files.
  for (const run of [...done].reverse())
    mergeInto(COMMITTED, run.incremental, run.name === 'sources' ? 'src/lib/sources/' : undefined);
  if (done.length) console.log(`Résultats de ces modules reportés dans ${COMMITTED} : à committer.`);
}
console.log(`Durée des tests de mutation : ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
process.exitCode = code;
