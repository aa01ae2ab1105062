/**
 * National split benchmark (`npm run bench -- --only national`): a national-size synthetic DiDo file
 * (5,4 millions de lignes by default, 70 columns, every commune of France, see rpls-file.ts) read as `npm run national -- decouper` reads
 * it, every row kept and grouped by commune. Prints time, rows per second, ratio to the plain line-split
 * of the same file and peak memory. Goals (issue 25): ratio ≥ 0,5, memory ≤ 250 Mo whatever the size.
 * Option: `--split-rows 5400000`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './section.ts';
import { writeNationalRpls } from './rpls-file.ts';
import { duckdbLine, measure, median, RUNS } from './scale.ts';

const fr = (n: number, digits = 0) =>
  n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const nationalBench: BenchSection = {
  name: 'national',
  title: 'Découpe du fichier national : toutes les lignes gardées, rangées par commune',
  async run({ log, args }) {
    const rows = args.includes('--split-rows') ? Number(args[args.indexOf('--split-rows') + 1]) : 5_400_000;
    const dir = mkdtempSync(join(tmpdir(), 'bench-national-'));
    try {
      const file = join(dir, `rpls-national-${rows}.csv`);
      const bytes = await writeNationalRpls(file, rows);
      measure('baseline', file, ''); // warm the file cache
      const bases = [];
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        bases.push(measure('baseline', file, ''));
        runs.push(measure('partition', file, ''));
      }
      const base = median(bases);
      const run = median(runs);
      const ratio = base.cpuMs / run.cpuMs;
      const goal = ratio >= 0.5 && run.maxRssMb <= 250 ? 'atteint' : 'non atteint';
      log(
        'Médiane de 3 passages, temps processeur ; rapport = vitesse de la découpe ÷ vitesse de la simple lecture des lignes.',
      );
      log(
        `${fr(rows)} lignes, ${fr(bytes / 1e6)} Mo, lu ${run.readAs === 'octets' ? 'octet par octet' : 'en texte'} : ${fr(run.ms / 1000, 2)} s (processeur ${fr(run.cpuMs / 1000, 2)} s), ${fr(rows / (run.ms / 1000))} lignes par seconde, mémoire maximale ${fr(run.maxRssMb)} Mo ; base ${fr(base.cpuMs / 1000, 2)} s ; rapport ${fr(ratio, 2)} (objectif ${goal}).`,
      );
      log(duckdbLine(file, run.cpuMs));
      log(`Node ${process.version}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
