/**
 * The demonstration data: the generator is deterministic and the committed files are its output; the two
 * territories hold the seed figures; no published count anywhere is below the secrecy threshold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerritoryDataset } from '../../src/lib/dataset/index.ts';

const work = mkdtempSync(join(tmpdir(), 'data-demo-'));
const datasets: Record<string, TerritoryDataset> = {};
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  process.env.ILS_CACHE_DIR = join(work, 'cache');
  const { prepareDataset } = await import('../../scripts/prepare.ts');
  for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
    const prepared = await prepareDataset(slug, resolve('data/territories'));
    expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    datasets[slug] = prepared.dataset!;
  }
});

/** Every count of the dataset's figures, with its path (indicators and averages left aside). */
function counts(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number')
    return /waitingMonths|pressure|Change|Delay|averageSurface|millesimes|secrecy/.test(path) ? [] : [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => counts(v, `${path}.${k}`));
  return [];
}

describe('données de démonstration', () => {
  it('le générateur écrit exactement les fichiers du dépôt', () => {
    const r = spawnSync(resolve('node_modules/.bin/node'), ['scripts/demo-data.ts', '--out', work], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
      const committed = resolve('data/territories', slug, 'sources');
      for (const file of readdirSync(committed)) {
        expect(
          readFileSync(join(work, slug, 'sources', file)).equals(readFileSync(join(committed, file))),
          `${slug}/${file}`,
        ).toBe(true);
      }
    }
  });

  it('Thiers Dore et Montagne a les chiffres du seed 003 pour 2022', () => {
    const d = datasets['thiers-dore-montagne']!;
    expect(d.settings.demo).toBe(true);
    expect(d.millesimes).toEqual({ stock: [2022, 2023], demand: [2022, 2023] });
    const stock = d.stock['2022']!.territory;
    expect(stock.total).toBe(1615);
    expect(stock.qpv.inside).toBe(725);
    expect(stock.byBuildingKind.collectif).toBe(Math.round(1615 * 0.87));
    expect((stock.byTypology.T3 as number) + (stock.byTypology.T4 as number)).toBe(Math.round(1615 * 0.75));
    expect(stock.byPeriod['avant-1979']).toBe(Math.round(1615 * 0.54));
    expect(stock.byPeriod['depuis-2008']).toBe(Math.round(1615 * 0.11));
    const demand = d.demand['2022']!.territory.total;
    expect(demand).toMatchObject({
      pending: 625,
      attributions: 177,
      averageDelayMonths: 5.3,
      waitingMonths: 42.4,
      pressure: 3.5,
    });
    expect(Object.keys(d.stock['2022']!.communes)).toHaveLength(30);
    expect(Object.keys(d.demand['2023']!.communes)).toHaveLength(30);
    expect(d.sources.map((s) => s.label)).toContain('RPLS au 1er janvier 2022');
  });

  it('Grand Paris Grand Est garde le vrai tableau de Clichy-sous-Bois', () => {
    const d = datasets['grand-paris-grand-est']!;
    const clichy = d.stock['2022']!.communes['93014']!;
    expect(clichy.byTypology).toEqual({ T1: 141, T2: 428, T3: 1396, T4: 943, 'T5+': 344 });
    const demand = d.demand['2022']!.communes['93014']!;
    expect([demand.T1.pending, demand.T2.pending, demand.T3.pending, demand.T4.pending]).toEqual([159, 267, 372, 441]);
    expect([demand.T1.attributions, demand.T2.attributions, demand.T3.attributions, demand.T4.attributions]).toEqual([
      8, 16, 45, 12,
    ]);
    // Illegible in the seed: left unpublished, and so is every total that includes it.
    expect(demand['T5+'].pending).toEqual({ masked: 'source' });
    expect(d.demand['2022']!.territory.total.pending).toEqual({ masked: 'source' });
    expect(d.demand['2023']!.territory.total.pending).toBe(Math.round(23965 * 1.04));
  });

  it('aucun compte de demandes publié n’est entre 1 et le seuil moins 1 ; le parc RPLS est publié tel quel', () => {
    for (const d of Object.values(datasets)) {
      // The RPLS is public dwelling by dwelling: its counts are published as they are (no maskStockCounts here).
      expect(d.secrecy.maskStockCounts).toBe(false);
      const all = counts({ demand: d.demand });
      expect(all.length).toBeGreaterThan(200);
      expect(d.secrecy.audit?.every((a) => a.recomputable === 0)).toBe(true);
      const leaks = all.filter(([, n]) => n > 0 && n < d.secrecy.threshold);
      expect(leaks).toEqual([]);
    }
  });
});
