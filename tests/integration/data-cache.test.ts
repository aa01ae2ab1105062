import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/lib/dataset/index.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';

const work = mkdtempSync(join(tmpdir(), 'data-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cache des chiffres', () => {
  it('relit le cache tant qu’aucune entrée ne change, et recalcule quand un fichier change', async () => {
    cpSync(resolve('tests/fixtures/data/territories/petit-territoire'), join(work, 'petit-territoire'), {
      recursive: true,
    });
    const cacheDir = join(work, 'cache');
    const load = () =>
      loadFigures(loadTerritory('petit-territoire', { territoriesDir: work }).territory!, { cacheDir });
    const first = await load();
    expect(first.fromCache).toBe(false);
    const second = await load();
    expect(second.fromCache).toBe(true);
    expect(second.figures).toEqual(first.figures);
    appendFileSync(join(work, 'petit-territoire', 'sources', 'demandes-2022.csv'), '2022;63008;Arconsat;T1;6;0;0;0;\n');
    const third = await load();
    expect(third.fromCache).toBe(false);
    expect(third.figures!.demand['2022']!.communes['63008']!.T1.pending).toBe(6);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
