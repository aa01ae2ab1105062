/**
 * Scale benchmark: a large territory keeping about 75 000 dwellings (Grand Paris Grand Est, 14 communes,
 * the size of a large EPT) and a national-size file of 5 million rows filtered to one territory (Thiers
 * Dore et Montagne). Synthetic DiDo files are written to a temporary folder. Prints time, peak memory
 * and the ratio to the plain line-split baseline of the same file. Goals: ratio ≥ 0,5 and ≤ 250 Mo.
 * Options: `--territory-rows 75000`, `--national-rows 5000000`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { communesOf } from '../../src/lib/territory/index.ts';
import type { BenchSection } from './section.ts';
import { writeNationalRpls } from './rpls-file.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fr = (n: number, digits = 0) =>
  n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
type Run = { ms: number; cpuMs: number; rows: number; kept: number; maxRssMb: number; readAs?: 'octets' | 'texte' };

export function measure(mode: 'ingest' | 'baseline' | 'partition', file: string, siren: string): Run {
  const r = spawnSync(process.execPath, [join(here, 'rpls-child.ts'), mode, file, siren], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** DuckDB on the same file (duckdb-child.ts): undefined when it is not installed. */
export function duckdb(file: string, communes?: string[]): (Run & { version: string }) | undefined {
  const r = spawnSync(
    process.execPath,
    [join(here, 'duckdb-child.ts'), file, ...(communes ? [communes.join(',')] : [])],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as (Run & { version: string }) | { missing: true };
  return 'missing' in out ? undefined : out;
}

/** The line comparing a read with DuckDB's on the same file (or how to install it). */
export function duckdbLine(file: string, ourCpuMs: number, communes?: string[]): string {
  const d = duckdb(file, communes);
  if (!d)
    return '  DuckDB : absent (pour comparer, installez-le pour le banc seulement : npm install --no-save @duckdb/node-api).';
  const times = ourCpuMs / d.cpuMs;
  return `  DuckDB ${d.version} sur le même fichier (lire, filtrer, regrouper) : ${fr(d.ms / 1000, 2)} s, processeur ${fr(d.cpuMs / 1000, 2)} s, mémoire maximale ${fr(d.maxRssMb)} Mo ; notre lecture prend ${fr(times, 2)} fois son temps processeur.`;
}

export const RUNS = 3;
/** The run of median processor time (its memory and row counts come with it). */
export const median = (list: Run[]): Run => [...list].sort((a, b) => a.cpuMs - b.cpuMs)[list.length >> 1]!;

const option = (args: string[], name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;

export const scaleBench: BenchSection = {
  name: 'echelle',
  title: 'Passage à l’échelle : un grand territoire et un fichier national',
  async run({ log, args }) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-echelle-'));
    const cases = [
      {
        label: 'grand territoire (Grand Paris Grand Est)',
        siren: '200058790',
        rows: option(args, '--territory-rows', 75_000),
        only: true,
      },
      {
        label: 'fichier national filtré (Thiers Dore et Montagne)',
        siren: '200070712',
        rows: option(args, '--national-rows', 5_000_000),
        only: false,
      },
    ];
    try {
      log(
        'Rapport = vitesse de la lecture ÷ vitesse de la base (lire et couper les lignes du même fichier), en temps processeur, médiane de 3 passages. Objectifs : rapport ≥ 0,5, mémoire ≤ 250 Mo.',
      );
      log(
        'cas                                              | lignes    | Mo    | gardées   | temps réel | temps proc. | mémoire max | base : temps proc. | rapport',
      );
      for (const c of cases) {
        const file = join(dir, `rpls-${c.siren}-${c.rows}.csv`);
        const bytes = await writeNationalRpls(
          file,
          c.rows,
          c.only ? communesOf(c.siren).map((x) => x.code) : undefined,
        );
        measure('baseline', file, c.siren); // warm the file cache so both runs read from memory
        // Three runs of each, alternated, and the median of each: one run on a shared machine can be far off.
        const bases: Run[] = [];
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          bases.push(measure('baseline', file, c.siren));
          runs.push(measure('ingest', file, c.siren));
        }
        const base = median(bases);
        const run = median(runs);
        const ratio = base.cpuMs / run.cpuMs;
        const goal = ratio >= 0.5 && run.maxRssMb <= 250 ? 'atteint' : 'non atteint';
        log(
          `${c.label.padEnd(48)} | ${fr(c.rows).padEnd(9)} | ${fr(bytes / 1e6).padEnd(5)} | ${fr(run.kept).padEnd(9)} | ${fr(run.ms / 1000, 2).padEnd(8)} s | ${fr(run.cpuMs / 1000, 2).padEnd(9)} s | ${fr(run.maxRssMb).padEnd(8)} Mo | ${fr(base.cpuMs / 1000, 2).padEnd(16)} s | ${fr(ratio, 2)} (objectif ${goal})`,
        );
        log(
          duckdbLine(
            file,
            run.cpuMs,
            communesOf(c.siren).map((x) => x.code),
          ),
        );
        rmSync(file, { force: true });
      }
      log(`Node ${process.version}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
