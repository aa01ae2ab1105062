/**
 * The corpus of hostile and unusual inputs (tests/fixtures/hostile/<case>/): each case overlays a few
 * files on a small territory (_base) and says, in expected.json, the French message, the file and the
 * position that `npm run check` and `npm run build` must both print — or that the input is accepted and
 * published right. Every case runs the real commands in a child process, as a user would: `check`, then
 * `build` into a temporary output folder (a rejected case must leave that folder unwritten; an accepted
 * case runs the whole Astro build). A case may also run `npm run millesime -- ajouter <file> --essai`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScriptAsync, type CliResult } from '../helpers/run-cli.ts';
import { ROOT } from '../helpers/paths.ts';

/** What a case expects (expected.json). */
interface Expected {
  about: string;
  /** File of the message, relative to the territory folder. */
  file?: string;
  line?: number;
  column?: number;
  /** Part of the French message. */
  message?: string;
  /** Texts that must not appear anywhere in the output (library words, misleading advice). */
  notContains?: string[];
  /** Symbolic links created by the test (they cannot point outside the repository in git). */
  links?: Record<string, string>;
  /** Named pipes created by the test in place of these files (git cannot hold them). */
  fifos?: string[];
  /** The input must be accepted by check and build. */
  accepted?: boolean;
  /** Published files that must contain these strings (accepted cases). */
  published?: Record<string, string[]>;
  /** Folder of the territory removed after a first successful build; the next build must succeed too. */
  thenRemove?: string;
  /**
   * The yearly-update command is also given this file of the case (relative to the territory folder):
   * it must refuse it with this French message naming the file, without a stack trace.
   */
  millesime?: { file: string; args?: string[]; message: string };
}

const CORPUS = join(ROOT, 'tests/fixtures/hostile');
const cases = readdirSync(CORPUS)
  .filter((d) => !d.startsWith('_'))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'ils-hostile-'));
const expectedOf = (name: string) => JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;

/** Builds the territories folder of a case: the base territory with the case's files, and a neighbour. */
function prepare(name: string): { territories: string; dir: string } {
  const territories = join(work, name);
  const dir = join(territories, name);
  cpSync(join(CORPUS, '_base'), dir, { recursive: true });
  cpSync(join(CORPUS, '_base'), join(territories, 'voisin'), { recursive: true });
  cpSync(join(CORPUS, name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  for (const [link, target] of Object.entries(expectedOf(name).links ?? {})) {
    rmSync(join(dir, link), { force: true });
    symlinkSync(target, join(dir, link));
  }
  for (const fifo of expectedOf(name).fifos ?? []) {
    rmSync(join(dir, fifo), { force: true });
    execFileSync('mkfifo', [join(dir, fifo)]);
  }
  return { territories, dir };
}

const envOf = (name: string, territories: string) => ({
  TERRITORY: name,
  TERRITORIES_DIR: territories,
  ILS_CACHE_DIR: join(work, 'cache', name),
});
const outOf = (name: string) => join(work, 'dist', name);
const build = (name: string, territories: string) =>
  runScriptAsync('build', ['--out', outOf(name)], envOf(name, territories));

/** Runs `jobs` at most `width` at a time (the machine is shared). */
async function limited<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

/** What check, build (and millesime) print for a case, and their exit codes. */
interface Outcome {
  check: CliResult;
  build: CliResult;
  millesime?: CliResult;
  rebuild?: CliResult;
  dir: string;
}
const runs = new Map<string, Outcome>();

/** The real commands on one case: check, build into a temporary folder, and millesime when asked. */
async function runCase(name: string): Promise<void> {
  const e = expectedOf(name);
  const { territories, dir } = prepare(name);
  const check = await runScriptAsync('check', [], envOf(name, territories));
  const built = await build(name, territories);
  const run: Outcome = { check, build: built, dir };
  if (e.millesime)
    run.millesime = await runScriptAsync(
      'millesime',
      ['ajouter', join(dir, e.millesime.file), '--essai', ...(e.millesime.args ?? [])],
      envOf(name, territories),
    );
  if (e.thenRemove && built.status === 0) {
    rmSync(join(dir, e.thenRemove), { recursive: true, force: true });
    run.rebuild = await build(name, territories);
  }
  runs.set(name, run);
}

beforeAll(async () => {
  // Rejected cases stop before Astro: two at a time. Accepted cases run a whole Astro build: one at a time.
  await limited(
    cases.filter((c) => !expectedOf(c).accepted).map((name) => () => runCase(name)),
    2,
  );
  for (const name of cases.filter((c) => expectedOf(c).accepted)) await runCase(name);
}, 1_500_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The printed line of the expected message, in the output of a command. */
function findLine(output: string, name: string, e: Expected): string | undefined {
  const where = `${name}/${e.file}:`;
  return output.split('\n').find((l) => l.includes(where) && l.includes('  erreur : ') && l.includes(e.message!));
}

describe('corpus d’entrées hostiles : check et build disent la même chose', () => {
  test('le corpus couvre chaque famille de problèmes', () => {
    const families = new Set(cases.map((c) => c.split('-')[0]));
    for (const f of [
      'url',
      'chemin',
      'yaml',
      'mdx',
      'csv',
      'commune',
      'millesime',
      'excel',
      'xlsx',
      'type',
      'demo',
      'horaires',
      'entete',
      'colonne',
      'nombre',
      'carte',
    ])
      expect(families).toContain(f);
  });

  test.each(cases)('%s', (name) => {
    const e = expectedOf(name);
    const run = runs.get(name)!;
    const outputs = { check: run.check.stdout + run.check.stderr, build: run.build.stdout + run.build.stderr };
    for (const [command, output] of Object.entries(outputs)) {
      expect(output, `${command} : pas de trace de pile`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      for (const word of e.notContains ?? [])
        expect(output, `${command} ne doit pas écrire « ${word} »`).not.toContain(word);
      // A problem of the whole file is placed at line 1 (or says so), never at 0:0.
      expect(output, `${command} : aucune position 0:0`).not.toMatch(/:0:0 {2}/);
    }
    if (e.millesime) {
      const m = run.millesime!;
      const output = m.stdout + m.stderr;
      expect(output, 'millesime : pas de trace de pile').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(m.status, output).toBe(1);
      expect(output).toContain(basename(e.millesime.file));
      expect(output).toContain(e.millesime.message);
    }
    if (e.accepted) {
      expect(run.check.status, outputs.check).toBe(0);
      expect(run.build.status, outputs.build).toBe(0);
      for (const [file, parts] of Object.entries(e.published ?? {})) {
        const text = readFileSync(join(outOf(name), file), 'utf8');
        for (const part of parts) expect(text).toContain(part);
      }
      if (e.thenRemove) {
        expect(existsSync(join(run.dir, e.thenRemove))).toBe(false);
        expect(
          run.rebuild?.status,
          run.rebuild ? run.rebuild.stdout + run.rebuild.stderr : 'pas de seconde construction',
        ).toBe(0);
      }
      return;
    }
    expect(run.check.status, outputs.check).toBe(1);
    expect(run.build.status, outputs.build).toBe(1);
    expect(existsSync(outOf(name)), 'rien n’est écrit dans le dossier de sortie').toBe(false);
    for (const [command, output] of Object.entries(outputs)) {
      const line = findLine(output, name, e);
      expect(line, `${command} doit écrire « ${e.message} » pour ${e.file}\n${output}`).toBeDefined();
      const [, l, c] = /:(\d+):(\d+) {2}erreur/.exec(line!)!;
      if (e.line !== undefined)
        expect({ line: Number(l), column: Number(c) }).toEqual({ line: e.line, column: e.column });
      else expect(Number(l)).toBeGreaterThan(0);
    }
  });
});
