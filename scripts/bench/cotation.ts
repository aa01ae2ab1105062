/** `npm run bench` section: time to recompute a household's score with each real grid (target < 5 ms). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDecimal } from '../../src/lib/format/index.ts';
import { benchCotation } from '../bench-cotation.ts';
import type { BenchSection } from './section.ts';

/** Cotation recomputation benchmark. */
export const cotationBench: BenchSection = {
  name: 'cotation',
  title: 'Cotation : temps de recalcul d’un score (objectif : moins de 5 ms)',
  async run({ log }) {
    const root = process.env.TERRITORIES_DIR ?? 'data/territories';
    for (const slug of readdirSync(root).filter((s) => existsSync(join(root, s, 'cotation.yaml')))) {
      const r = benchCotation(join(root, slug));
      if (r)
        log(
          `  ${slug} : médiane ${formatDecimal(r.median * 1000)} µs, 99e centile ${formatDecimal(r.p99 * 1000)} µs, ${r.runs} calculs`,
        );
    }
  },
};
