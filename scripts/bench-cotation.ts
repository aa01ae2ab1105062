/**
 * Cotation benchmark: time to recompute a household's score with each real grid (what the simulator does
 * at each « Voir mon résultat »). Prints figures; tests never assert timings. Target: under 5 ms.
 * Run: node_modules/.bin/node scripts/bench-cotation.ts (to be called from `npm run bench`).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, loadCotationGrid } from '../src/lib/cotation/index.ts';
import { formatDecimal } from '../src/lib/format/index.ts';

const root = process.env.TERRITORIES_DIR ?? 'data/territories';
/** Runs the examples of one grid many times and returns the median and worst time per evaluation, in ms. */
export function benchCotation(dir: string, rounds = 2000): { median: number; p99: number; runs: number } | undefined {
  const { grid } = loadCotationGrid(dir);
  if (!grid || !grid.examples.length) return undefined;
  // Warm-up first, so the figures measure the optimised code a visitor's browser runs after one click.
  for (let i = 0; i < 200; i++) evaluate(grid, grid.examples[i % grid.examples.length]!.answers);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const example = grid.examples[i % grid.examples.length]!;
    const t0 = performance.now();
    evaluate(grid, example.answers);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]!, runs: rounds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Cotation : temps de recalcul d’un score (objectif : moins de 5 ms)');
  for (const slug of readdirSync(root).filter((s) => existsSync(join(root, s, 'cotation.yaml')))) {
    const r = benchCotation(join(root, slug));
    if (r)
      console.log(
        `  ${slug} : médiane ${formatDecimal(r.median * 1000)} µs, 99e centile ${formatDecimal(r.p99 * 1000)} µs, ${r.runs} calculs`,
      );
  }
}
