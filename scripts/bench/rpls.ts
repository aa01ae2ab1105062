/**
 * RPLS ingestion benchmark: a national-like DiDo file of 250 000 and 1 000 000 rows, read with
 * the territory filter of Thiers Dore et Montagne, against a baseline that only reads and splits lines.
 * Prints wall time, rows per second, MB per second, peak memory and the ratio to the baseline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './section.ts';
import { writeNationalRpls } from './rpls-file.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fr = (n: number, digits = 0) =>
  n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function measure(
  mode: 'ingest' | 'baseline',
  file: string,
): { ms: number; cpuMs: number; rows: number; kept: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, [join(here, 'rpls-child.ts'), mode, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export const rplsBench: BenchSection = {
  name: 'rpls',
  title: 'Lecture du RPLS (format DiDo, filtre sur un territoire de 30 communes)',
  async run({ log, args }) {
    const sizesArg = args.includes('--rows') ? args[args.indexOf('--rows') + 1]! : '250000,1000000';
    const sizes = sizesArg.split(',').map(Number);
    const dir = mkdtempSync(join(tmpdir(), 'bench-rpls-'));
    try {
      log(
        'Rapport de vitesse : vitesse de la lecture ÷ vitesse de la base (lire et couper les lignes), en temps processeur.',
      );
      log(
        'lignes     | Mo    | temps réel | temps proc. | lignes/s  | Mo/s  | mémoire max | base : temps proc., Mo/s, mémoire | rapport',
      );
      for (const rows of sizes) {
        const file = join(dir, `rpls-${rows}.csv`);
        const bytes = await writeNationalRpls(file, rows);
        const mb = bytes / 1e6;
        measure('baseline', file); // warm the file cache so both runs read from memory
        const base = measure('baseline', file);
        const run = measure('ingest', file);
        const speed = mb / (run.cpuMs / 1000);
        const baseSpeed = mb / (base.cpuMs / 1000);
        log(
          `${fr(rows).padEnd(10)} | ${fr(mb).padEnd(5)} | ${fr(run.ms / 1000, 2).padEnd(8)} s | ${fr(run.cpuMs / 1000, 2).padEnd(9)} s | ${fr(rows / (run.cpuMs / 1000)).padEnd(9)} | ${fr(speed).padEnd(5)} | ${fr(run.maxRssMb).padEnd(8)} Mo | ${fr(base.cpuMs / 1000, 2)} s, ${fr(baseSpeed)} Mo/s, ${fr(base.maxRssMb)} Mo | ${fr(speed / baseSpeed, 2)} (${fr(run.kept)} lignes du territoire)`,
        );
      }
      log(`Node ${process.version}, ${resolve('.')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
