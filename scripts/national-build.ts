/**
 * `npm run national -- construire`: builds many starter territories of a split, one after the other, each
 * with the project's own `build` (same checks, same output), into `<sites>/<siren>/`. Takes a list of
 * SIRENs (`--liste`, e.g. the `--liste-modifies` of the split) or a part of every folder (`--part i/n`), so
 * that each job of a CI matrix builds its share. Prints the time per territory and the projection for all
 * of France. Each build is its own process: nothing is shared between builds yet (see the README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatInteger } from '../src/lib/format/index.ts';
import { listSirens, parsePart, partOf } from '../src/lib/national/index.ts';
import { allGroups } from '../src/lib/territory/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface BuildManyOptions {
  territoriesDir: string;
  sitesDir: string;
  list?: string | undefined;
  part?: string | undefined;
  fail: (message: string) => never;
}

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
  const started = Date.now();
  const failed: string[] = [];
  for (const [i, siren] of sirens.entries()) {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [join(here, 'build.ts'), '--out', resolve(o.sitesDir, siren)], {
      env: { ...process.env, TERRITORIES_DIR: dir, TERRITORY: siren, ILS_QUIET: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1).replace('.', ',');
    if (r.status === 0) console.log(`${i + 1}/${sirens.length} ${siren} construit en ${seconds} s`);
    else {
      failed.push(siren);
      console.log(`${i + 1}/${sirens.length} ${siren} : échec\n${r.stdout}${r.stderr}`);
    }
  }
  const total = (Date.now() - started) / 1000;
  const each = sirens.length ? total / sirens.length : 0;
  // Every EPCI and EPT of the official list: the projection for all of France.
  const FRANCE = allGroups().length;
  const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  console.log(
    `${formatInteger(sirens.length - failed.length)} territoires construits dans ${o.sitesDir}, ${formatInteger(failed.length)} échecs, ${fr(total)} s en tout, ${fr(each)} s par territoire.`,
  );
  if (sirens.length)
    console.log(
      `À ce rythme, toute la France (${formatInteger(FRANCE)} territoires) : ${fr((each * FRANCE) / 3600)} h sur cette machine, ${fr((each * Math.ceil(FRANCE / 50)) / 60)} min avec 50 tâches en parallèle.`,
    );
  if (failed.length) console.log(`Échecs : ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}
