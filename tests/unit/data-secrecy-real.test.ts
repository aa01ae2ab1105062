/**
 * The audit on real and demonstration data: the Narbonne RPLS extract (../shared/data) with stock masking
 * on, and the demand tables of both demonstration territories.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSolver, type Highs } from '../../src/lib/indicators/index.ts';
import { publishStock } from '../../src/lib/dataset/stock-table.ts';
import { publishDemand } from '../../src/lib/dataset/demand-table.ts';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { readDemand } from '../../src/lib/demand/index.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { ROOT, TERRITORIES } from '../helpers/paths.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

const narbonne = resolve(ROOT, '../shared/data/rpls/rpls_narbonne_extrait_bdaniere_geocode_rpls.csv');
if (!existsSync(narbonne))
  console.warn(`Test des données réelles sauté : ${narbonne} est absent (dossier shared/ à côté du dépôt).`);

describe.skipIf(!existsSync(narbonne))('secret statistique : RPLS réel de Narbonne, parc masqué', () => {
  it('ne laisse aucune case recalculable', async () => {
    const r = await readRpls(narbonne, { display: 'narbonne.csv', communes: ['11262'] });
    const { table, report } = publishStock(r.stock, { threshold: 5, solver: highs, mask: true });
    expect(report!.recomputable).toBe(0);
    expect(report!.cells).toBeGreaterThan(0);
    expect(table.territory.total).toBe(6043);
  }, 600_000);
});

describe('secret statistique : territoires de démonstration', () => {
  for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
    it(`ne laisse aucune case recalculable dans les demandes de ${slug}`, async () => {
      const { territory } = loadTerritory(slug, { territoriesDir: TERRITORIES });
      const codes = territory!.communes.map((c) => c.code);
      for (const s of territory!.settings.sources.filter((x) => x.kind === 'demande')) {
        const r = await readDemand(join(territory!.dir, 'sources', s.file), {
          display: s.file,
          communes: codes,
          millesime: s.millesime,
        });
        const { report } = publishDemand(r.rows, codes, {
          threshold: territory!.settings.secrecyThreshold,
          solver: highs,
        });
        expect(report.recomputable, `${slug} ${s.millesime}`).toBe(0);
        expect(report.audited).toBeGreaterThan(0);
      }
    }, 900_000);
  }
});
