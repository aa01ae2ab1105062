/**
 * `npm run national -- construire`: builds many starter territories of a split, one after the other, each
 * with the project's own build (scripts/build-site.ts: same checks, same output), into `<sites>/<siren>/`.
 * Takes a list of SIRENs (`--liste`, e.g. the `--liste-modifies` of the split) or a part of every folder
 * (`--part i/n`), so that each job of a CI matrix builds its share. Every build runs in this one process:
 * Node, Astro, the leaflet fonts and Pagefind's process are loaded once for the batch. Prints the time per
 * territory, where it went (step by step) and the projection for all of France.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatInteger } from '../src/lib/format/index.ts';
import { listSirens, parsePart, partOf } from '../src/lib/national/index.ts';
import { allGroups } from '../src/lib/territory/index.ts';
import { BUILD_STEPS, buildSite, type BuildStep } from './build-site.ts';
import { closeSearchIndex } from './search-index.ts';

export interface BuildManyOptions {
  territoriesDir: string;
  sitesDir: string;
  list?: string | undefined;
  part?: string | undefined;
  fail: (message: string) => never;
}

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
  // Every build of the batch reads its territory from the environment, as `npm run build` does.
  process.env.TERRITORIES_DIR = dir;
  process.env.ILS_QUIET = '1';
  try {
    for (const [i, siren] of sirens.entries()) {
      const t0 = Date.now();
      process.env.TERRITORY = siren;
      const lines: string[] = [];
      const keep = (line: string) => lines.push(line);
      const { ok, steps } = await buildSite({
        outDir: resolve(o.sitesDir, siren),
        log: keep,
        error: keep,
        keepSearchOpen: true,
      });
      for (const [step, ms] of Object.entries(steps) as [BuildStep, number][])
        stepTotals.set(step, (stepTotals.get(step) ?? 0) + ms);
      const seconds = fr((Date.now() - t0) / 1000);
      if (ok) console.log(`${i + 1}/${sirens.length} ${siren} construit en ${seconds} s`);
      else {
        failed.push(siren);
        console.log(`${i + 1}/${sirens.length} ${siren} : échec\n${lines.join('\n')}`);
      }
    }
  } finally {
    await closeSearchIndex();
  }
  // From the start of the process: Node and the modules loaded once are counted in the time per territory.
  const total = performance.now() / 1000;
  const each = sirens.length ? total / sirens.length : 0;
  // Every EPCI and EPT of the official list: the projection for all of France.
  const FRANCE = allGroups().length;
  console.log(
    `${formatInteger(sirens.length - failed.length)} territoires construits dans ${o.sitesDir}, ${formatInteger(failed.length)} échecs, ${fr(total)} s en tout, ${fr(each)} s par territoire.`,
  );
  if (sirens.length) {
    const startup = total - [...stepTotals.values()].reduce((a, b) => a + b, 0) / 1000;
    console.log(
      `Par territoire : ${[...stepTotals].map(([step, ms]) => `${BUILD_STEPS[step]} ${fr(ms / 1000 / sirens.length)} s`).join(', ')} ; démarrage et reste du lot ${fr(Math.max(0, startup) / sirens.length)} s.`,
    );
  }
  if (sirens.length)
    console.log(
      `À ce rythme, toute la France (${formatInteger(FRANCE)} territoires) : ${fr((each * FRANCE) / 3600)} h sur cette machine, ${fr((each * Math.ceil(FRANCE / 50)) / 60)} min avec 50 tâches en parallèle.`,
    );
  if (failed.length) console.log(`Échecs : ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}
