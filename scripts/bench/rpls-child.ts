/**
 * One measured run, in its own process so that the peak memory is this run's only:
 * `node rpls-child.ts ingest|baseline|partition <file> [siren]` prints `{ ms, cpuMs, rows, kept, maxRssMb }` as JSON
 * (the territory is Thiers Dore et Montagne unless another SIREN is given; `partition` reads the file as
 * `npm run national -- decouper` does, every row kept and grouped by commune, without writing the folders).
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { partitionRpls } from '../../src/lib/national/index.ts';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { communesOf } from '../../src/lib/territory/index.ts';

const [mode, file, siren = '200070712'] = process.argv.slice(2) as [
  'ingest' | 'baseline' | 'partition',
  string,
  string?,
];
// Thiers Dore et Montagne: 30 communes among about 35 000. Loading the COG is part of loading the
// territory, done once before any file is read: it is not timed.
const communes = mode === 'ingest' ? communesOf(siren).map((c) => c.code) : [];
const start = performance.now();
const cpuStart = process.cpuUsage();
let rows = 0;
let kept = 0;
let readAs: string | undefined;
if (mode === 'baseline') {
  // Baseline: only read, decode and split the same file's lines.
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    const lines = (carry + decoder.decode(chunk as Buffer, { stream: true })).split('\n');
    carry = lines.pop()!;
    rows += lines.length;
  }
  rows -= 1;
} else if (mode === 'partition') {
  const p = await partitionRpls(file, { display: file });
  rows = p.rows;
  kept = p.dwellings;
  readAs = p.readAs;
  p.lines.close();
} else {
  const r = await readRpls(file, { display: file, communes });
  rows = r.rows;
  kept = r.kept;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rows,
    kept,
    ...(readAs ? { readAs } : {}),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
