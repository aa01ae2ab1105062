/**
 * Merges the incremental report of a run on some modules (`npm run test:mutation -- --mutate …`) into the
 * committed one (tests/mutation/stryker-incremental.json), so that modules can be run one at a time on two
 * cores. Stryker numbers the tests of each report from 0: tests are matched by file and name, then numbered
 * again, and the mutants' coveredBy and killedBy follow. The files of the run replace the same files of the
 * committed report; the test files of the run (newer sources) replace theirs.
 * `node scripts/mutation-merge.ts <committed.json> <run.json> [--only src/lib/<module>/]` writes the merge into the
 * first file; with --only, only the run's files under that folder are taken (a run made on another branch
 * carries a stale copy of every other module).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

interface TestDefinition {
  id: string;
  name: string;
  location?: unknown;
}
interface TestFile {
  tests: TestDefinition[];
  source?: string;
}
interface Mutant {
  coveredBy?: string[];
  killedBy?: string[];
  [key: string]: unknown;
}
interface Report {
  files: Record<string, { mutants: Mutant[]; [key: string]: unknown }>;
  testFiles?: Record<string, TestFile>;
  [key: string]: unknown;
}

/** The merged report: `run` wins for its files and test files. */
export function mergeReports(
  committed: Report,
  run: Report,
  only?: string,
  onDisk?: (testFile: string) => string | undefined,
): Report {
  if (only !== undefined)
    run = { ...run, files: Object.fromEntries(Object.entries(run.files).filter(([file]) => file.startsWith(only))) };
  const key = (file: string, name: string) => `${file}\u0000${name}`;
  const testFiles: Record<string, TestFile> = {};
  const newId = new Map<string, string>();
  let next = 0;
  const oldKeys = (report: Report) => {
    const byId = new Map<string, string>();
    for (const [file, tf] of Object.entries(report.testFiles ?? {}))
      for (const t of tf.tests) byId.set(t.id, key(file, t.name));
    return byId;
  };
  const committedKeys = oldKeys(committed);
  const runKeys = oldKeys(run);
  // A test file recorded in both: the version that is on disk now (after a git merge, the branch of the run
  // may carry an older copy of a test file changed since in the committed report); else the run's.
  const sources = { ...(committed.testFiles ?? {}) };
  for (const [file, tf] of Object.entries(run.testFiles ?? {})) {
    const old = sources[file];
    const disk = onDisk?.(file);
    if (!old || disk === undefined || tf.source === disk || old.source !== disk) sources[file] = tf;
  }
  for (const [file, tf] of Object.entries(sources)) {
    const tests = tf.tests.map((t) => {
      const id = String(next++);
      newId.set(key(file, t.name), id);
      return { ...t, id };
    });
    testFiles[file] = { ...tf, tests };
  }
  const remap = (ids: string[] | undefined, keys: Map<string, string>) =>
    ids?.flatMap((id) => {
      const k = keys.get(id);
      const mapped = k === undefined ? undefined : newId.get(k);
      return mapped === undefined ? [] : [mapped];
    });
  const files: Report['files'] = {};
  const copy = (report: Report, keys: Map<string, string>, only?: (file: string) => boolean) => {
    for (const [file, result] of Object.entries(report.files)) {
      if (only && !only(file)) continue;
      files[file] = {
        ...result,
        mutants: result.mutants.map((m) => {
          const out: Mutant = { ...m };
          const coveredBy = remap(m.coveredBy, keys);
          const killedBy = remap(m.killedBy, keys);
          if (coveredBy) out.coveredBy = coveredBy;
          if (killedBy) out.killedBy = killedBy;
          return out;
        }),
      };
    }
  };
  copy(committed, committedKeys, (file) => !(file in run.files));
  copy(run, runKeys);
  return { ...committed, ...run, files, testFiles };
}

/** Reads both reports, writes the merge into `committedFile`. */
export function mergeInto(committedFile: string, runFile: string, only?: string): void {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Report;
  let committed: Report;
  try {
    committed = read(committedFile);
  } catch {
    committed = { files: {}, testFiles: {} };
  }
  const onDisk = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  writeFileSync(committedFile, JSON.stringify(mergeReports(committed, read(runFile), only, onDisk), null, 2));
}

if (import.meta.filename === process.argv[1]) {
  const [committed, run, flag, only] = process.argv.slice(2);
  if (!committed || !run || (flag !== undefined && (flag !== '--only' || !only))) {
    console.error(
      'usage : node scripts/mutation-merge.ts <rapport-gardé.json> <rapport-du-passage.json> [--only src/lib/<module>/]',
    );
    process.exitCode = 1;
  } else mergeInto(committed, run, only);
}
