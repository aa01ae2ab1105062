/**
 * Secrecy audit benchmark: time to protect and audit every demand table (and the stock tables with the
 * masking option on, for comparison) of both demonstration territories, from the files already read.
 * Compared with the time to read the files. Prints, never asserts.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import type { BenchSection } from './section.ts';
import { loadTerritory, TERRITORIES_DIR } from '../../src/lib/territory/index.ts';
import { readDemand } from '../../src/lib/demand/index.ts';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { loadSolver, type SecrecyReport } from '../../src/lib/indicators/index.ts';
import { publishDemand, publishStock } from '../../src/lib/dataset/index.ts';
import { formatDecimal } from '../../src/lib/format/index.ts';

const seconds = (t0: number) => formatDecimal((performance.now() - t0) / 1000);
const describe = (r: SecrecyReport) =>
  `${r.hidden.small} petits, ${r.hidden.secondary} secondaires, ${r.components} groupes, ${r.solves} résolutions, ${r.recomputable} recalculable${r.recomputable > 1 ? 's' : ''}`;

/** `npm run bench -- --only secret`. */
export const secrecyBench: BenchSection = {
  name: 'secret',
  title: 'Secret statistique : audit exact et secret secondaire',
  async run({ log }) {
    let t0 = performance.now();
    const highs = await loadSolver();
    log(`Chargement du solveur HiGHS (WebAssembly) : ${seconds(t0)} s`);
    for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
      const { territory } = loadTerritory(slug, { territoriesDir: TERRITORIES_DIR });
      if (!territory) throw new Error(`territoire ${slug} invalide`);
      const codes = territory.communes.map((c) => c.code);
      const threshold = territory.settings.secrecyThreshold;
      log(`${territory.settings.name}, ${codes.length} communes :`);
      for (const s of territory.settings.sources) {
        const path = join(territory.dir, 'sources', s.file);
        t0 = performance.now();
        if (s.kind === 'demande') {
          const r = await readDemand(path, { display: s.file, communes: codes, millesime: s.millesime });
          const read = seconds(t0);
          t0 = performance.now();
          const { report } = publishDemand(r.rows, codes, { threshold, solver: highs });
          log(`  demandes ${s.millesime} : lecture ${read} s, secret et audit ${seconds(t0)} s (${describe(report)})`);
        } else {
          const r = await readRpls(path, { display: s.file, communes: codes });
          const read = seconds(t0);
          t0 = performance.now();
          const { report } = publishStock(r.stock, { threshold, solver: highs, mask: true });
          log(
            `  RPLS ${s.millesime} masqué (option maskStockCounts) : lecture ${read} s, secret et audit ${seconds(t0)} s (${describe(report!)})`,
          );
        }
      }
    }
  },
};
