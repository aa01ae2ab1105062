/**
 * `npm run bench`: runs every benchmark section and prints its figures. Benchmarks print, they never
 * assert (tests never assert timings). To add a section, write a module exporting a `BenchSection`
 * under scripts/bench/ and add it to the list below.
 * Options: `--only <name>` runs one section; `--rows 250000,1000000` sets the RPLS sizes;
 * `--territory-rows` and `--national-rows` set the sizes of the scale section (`echelle`), `--split-rows` the
 * size of the national split section (`national`), `--lot 50` and `--lot-rows` the batch build section (`lot`).
 */
import type { BenchSection } from './bench/section.ts';
import { rplsBench } from './bench/rpls.ts';
import { cotationBench } from './bench/cotation.ts';
import { leafletsBench } from './bench/leaflets.ts';
import { scaleBench } from './bench/scale.ts';
import { secrecyBench } from './bench/secrecy.ts';
import { nationalBench } from './bench/national.ts';
import { batchBench } from './bench/batch.ts';

const sections: BenchSection[] = [
  rplsBench,
  scaleBench,
  nationalBench,
  batchBench,
  cotationBench,
  leafletsBench,
  secrecyBench,
];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
for (const section of sections) {
  if (only && section.name !== only) continue;
  console.log(`\n== ${section.title} ==`);
  await section.run({ log: (line) => console.log(line), args: process.argv.slice(2) });
}
