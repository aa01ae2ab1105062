/**
 * `npm run national -- construire`: builds many starter territories of a split, one after the other, each
 * with the project's own build (scripts/build-site.ts: same checks, same output), into `<sites>/<siren>/`.
 * Takes a list of SIRENs (`--liste`, e.g. the `--liste-modifies` of the split) or a part of every folder
 * (`--part i/n`), so that each job of a CI matrix builds its share. The builds run in worker processes
 * (scripts/national-build-worker.ts), each building up to PER_PROCESS territories in a row: Node, Astro, the
 * leaflet fonts and Pagefind's process are loaded once for them, and memory stays bounded (each Astro build
 * leaves its compiled pages in its process). `--processus n` runs n workers at once (1 by default).
 * Prints the time per territory, where it went (step by step) and the projection for all of France.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatInteger } from '../src/lib/format/index.ts';
import { listSirens, parsePart, partOf } from '../src/lib/national/index.ts';
import { allGroups } from '../src/lib/territory/index.ts';
import type { BuildStep } from './build-site.ts';
import type { WorkerReport, WorkerTask } from './national-build-worker.ts';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Territories built by one worker process before it is replaced by a new one. Measured on the 2-core
 * machine: a process grows by about 60 Mo per site (the compiled pages of each build stay loaded), and a new
 * process costs about 2 s before its first site.
 */
export const PER_PROCESS = 10;

export interface BuildManyOptions {
  territoriesDir: string;
  sitesDir: string;
  list?: string | undefined;
  part?: string | undefined;
  /** Worker processes running at once (`--processus`). */
  processes?: number | undefined;
  fail: (message: string) => never;
}

/** Builds `sirens` in one worker process; calls `onReport` as each territory is done. */
function runWorker(
  sirens: string[],
  sitesDir: string,
  env: NodeJS.ProcessEnv,
  onReport: (r: WorkerReport) => void,
): Promise<void> {
  return new Promise((done, failed) => {
    const child = fork(join(here, 'national-build-worker.ts'), [], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const left = new Set(sirens);
    child.on('message', (r: WorkerReport) => {
      left.delete(r.siren);
      onReport(r);
    });
    child.on('error', failed);
    child.on('exit', (code, signal) => {
      // A process that stopped before the end: its remaining territories are failures, with the reason.
      for (const siren of left)
        onReport({
          siren,
          ok: false,
          steps: {},
          ms: 0,
          lines: [`le processus de construction s’est arrêté (${signal ?? `code ${code}`}) avant ce territoire`],
        });
      done();
    });
    child.send({ sirens, sitesDir } satisfies WorkerTask);
  });
}

/** The steps of a build, in order, with their French names. */
const BUILD_STEPS: Record<BuildStep, string> = {
  prepare: 'contrôles et jeu de données',
  leaflets: 'plaquettes PDF',
  astro: 'pages (Astro)',
  postBuild: 'recherche et fichiers ajoutés',
  publish: 'remplacement du dossier',
};

const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** Builds the territories; returns the exit code (1 when one failed). */
export async function buildMany(o: BuildManyOptions): Promise<number> {
  const dir = resolve(o.territoriesDir);
  if (!existsSync(dir)) o.fail(`dossier des territoires introuvable : ${o.territoriesDir}`);
  let sirens: string[];
  if (o.list) {
    if (!existsSync(o.list)) o.fail(`liste introuvable : ${o.list}`);
    const { sirens: listed, wrong } = listSirens(readFileSync(o.list, 'utf8'));
    if (wrong.length)
      o.fail(`${o.list}:${wrong[0]!.line}:1  « ${wrong[0]!.value} » n’est pas un SIREN (9 chiffres, un par ligne)`);
    sirens = listed;
  } else
    sirens = readdirSync(dir)
      .filter((d) => existsSync(join(dir, d, 'territory.yaml')))
      .sort();
  if (o.part) {
    const part = parsePart(o.part);
    if ('error' in part) o.fail(part.error);
    sirens = partOf(sirens, part.index, part.total);
  }
  const missing = sirens.filter((s) => !existsSync(join(dir, s, 'territory.yaml')));
  if (missing.length) o.fail(`territoires absents de ${o.territoriesDir} : ${missing.join(', ')}`);
  const failed: string[] = [];
  const stepTotals = new Map<BuildStep, number>();
  const env = { ...process.env, TERRITORIES_DIR: dir, ILS_QUIET: '1' };
  const chunks: string[][] = [];
  // Groups of at most PER_PROCESS territories, and at least one group for each process asked for.
  const size = Math.max(1, Math.min(PER_PROCESS, Math.ceil(sirens.length / (o.processes ?? 1))));
  for (let k = 0; k < sirens.length; k += size) chunks.push(sirens.slice(k, k + size));
  let finished = 0;
  const onReport = (r: WorkerReport) => {
    finished++;
    for (const [step, ms] of Object.entries(r.steps) as [BuildStep, number][])
      stepTotals.set(step, (stepTotals.get(step) ?? 0) + ms);
    if (r.ok) console.log(`${finished}/${sirens.length} ${r.siren} construit en ${fr(r.ms / 1000)} s`);
    else {
      failed.push(r.siren);
      console.log(`${finished}/${sirens.length} ${r.siren} : échec\n${r.lines.join('\n')}`);
    }
  };
  // A pool of workers: each takes the next group of territories when it is done with its own.
  const pool: number = Math.max(1, Math.min(o.processes ?? 1, chunks.length));
  await Promise.all(
    Array.from({ length: pool }, async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift())
        await runWorker(chunk, resolve(o.sitesDir), env, onReport);
    }),
  );
  // From the start of the process: Node and the modules loaded once are counted in the time per territory.
  const total = performance.now() / 1000;
  const each = sirens.length ? total / sirens.length : 0;
  // Every EPCI and EPT of the official list: the projection for all of France.
  const FRANCE = allGroups().length;
  console.log(
    `${formatInteger(sirens.length - failed.length)} territoires construits dans ${o.sitesDir}, ${formatInteger(failed.length)} échecs, ${fr(total)} s en tout, ${fr(each)} s par territoire.`,
  );
  if (sirens.length) {
    // With one process at a time, what the steps do not cover is the start of the processes.
    const startup = total - [...stepTotals.values()].reduce((a, b) => a + b, 0) / 1000;
    const steps = (Object.keys(BUILD_STEPS) as BuildStep[]).filter((s) => stepTotals.has(s));
    console.log(
      `Par territoire : ${steps.map((step) => `${BUILD_STEPS[step]} ${fr(stepTotals.get(step)! / 1000 / sirens.length)} s`).join(', ')}${pool === 1 ? ` ; démarrage des processus et reste ${fr(Math.max(0, startup) / sirens.length)} s` : ''}.`,
    );
  }
  if (sirens.length)
    console.log(
      `À ce rythme, toute la France (${formatInteger(FRANCE)} territoires) : ${fr((each * FRANCE) / 3600)} h sur cette machine, ${fr((each * Math.ceil(FRANCE / 50)) / 60)} min avec 50 tâches en parallèle.`,
    );
  if (failed.length) console.log(`Échecs : ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}
