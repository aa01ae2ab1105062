/**
 * One process of `npm run national -- construire` (started by scripts/national-build.ts with `fork`): builds
 * the territories it receives one after the other, in this process, so Node, Astro, the leaflet fonts and
 * Pagefind's process are loaded once for all of them. Sends one message per territory (success, time of
 * each step, build log), then exits: each process builds a bounded number of sites, because every Astro
 * build leaves its compiled pages in the process's module cache.
 */
import { resolve } from 'node:path';
import { buildSite, type BuildSiteResult } from './build-site.ts';
import { closeSearchIndex } from './search-index.ts';

/** What the parent sends: the territories to build and where. */
export interface WorkerTask {
  sirens: string[];
  sitesDir: string;
}

/** What the worker sends back, once per territory. */
export interface WorkerReport extends BuildSiteResult {
  siren: string;
  ms: number;
  lines: string[];
}

process.once('message', (task: WorkerTask) => {
  void (async () => {
    try {
      for (const siren of task.sirens) {
        const t0 = performance.now();
        // Every build reads its territory from the environment, as `npm run build` does.
        process.env.TERRITORY = siren;
        const lines: string[] = [];
        const keep = (line: string) => lines.push(line);
        const result = await buildSite({
          outDir: resolve(task.sitesDir, siren),
          log: keep,
          error: keep,
          keepSearchOpen: true,
        });
        const report: WorkerReport = { siren, ms: performance.now() - t0, lines, ...result };
        await new Promise<void>((done) => process.send!(report, () => done()));
      }
    } finally {
      await closeSearchIndex();
    }
    process.disconnect();
  })();
});
