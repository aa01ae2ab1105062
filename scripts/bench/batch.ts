/**
 * Batch build benchmark (`npm run bench -- --only lot`): a synthetic national-shape file whose rows are in
 * the communes of 50 intercommunalities spread over France (one in every 25 of the official list, small
 * and large), split with `npm run national -- decouper`, then those 50 starter territories built with
 * `npm run national -- construire` in one command, as a job of a CI matrix does. Prints what `construire`
 * prints: the time per territory, step by step, and the projection for all of France on this machine and
 * with 50 jobs. Goal (issue 25): at most 5 s per territory in a batch of 50.
 * Options: `--lot 50` (territories built), `--lot-rows 300000` (rows of the file).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allGroups } from '../../src/lib/territory/index.ts';
import type { BenchSection } from './section.ts';
import { writeNationalRpls } from './rpls-file.ts';

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (args: string[], name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;

export const batchBench: BenchSection = {
  name: 'lot',
  title: 'Construction par lots : des sites de départ construits par une seule commande',
  async run({ log, args }) {
    const count = option(args, '--lot', 50);
    const rows = option(args, '--lot-rows', 300_000);
    const all = allGroups().sort((a, b) => a.siren.localeCompare(b.siren));
    const step = Math.max(1, Math.floor(all.length / count));
    const chosen = all.filter((_, i) => i % step === 0).slice(0, count);
    const dir = mkdtempSync(join(tmpdir(), 'bench-lot-'));
    try {
      const file = join(dir, 'rpls-national-2025.csv');
      await writeNationalRpls(file, rows, [...new Set(chosen.flatMap((g) => g.memberCodes))]);
      const territories = join(dir, 'territoires');
      const run = (args: string[]) => {
        const r = spawnSync(process.execPath, [join(scripts, 'national.ts'), ...args], {
          encoding: 'utf8',
          env: { ...process.env, ILS_QUIET: '1' },
          maxBuffer: 64 * 1024 * 1024,
        });
        return { ...r, output: `${r.stdout}${r.stderr}` };
      };
      const split = run(['decouper', file, '--sortie', territories]);
      if (split.status !== 0) throw new Error(split.output);
      const list = join(dir, 'liste.txt');
      writeFileSync(list, chosen.map((g) => `${g.siren}\n`).join(''));
      log(
        `${chosen.length} territoires (un sur ${step} de la liste officielle), fichier de ${rows.toLocaleString('fr-FR')} lignes ; une seule commande « construire » :`,
      );
      const t0 = performance.now();
      const built = run(['construire', '--sortie', territories, '--liste', list, '--sites', join(dir, 'sites')]);
      const seconds = (performance.now() - t0) / 1000;
      // The summary lines of `construire` (the per-territory lines are left out).
      for (const line of built.output.split('\n')) if (line && !/^\d+\/\d+ \d{9} construit en/.test(line)) log(line);
      const each = seconds / chosen.length;
      log(
        `Mesuré ici, de bout en bout : ${each.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s par territoire (objectif 5 s : ${each <= 5 ? 'atteint' : 'non atteint'}).`,
      );
      log(`Node ${process.version}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
