import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/lib/dataset/index.ts';
import { codeFiles } from '../../src/lib/dataset/cache.ts';
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
    // The older entry of the territory is removed: one entry per territory.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('garde les entrées des autres territoires et retire les anciennes du territoire', async () => {
    const cacheDir = join(work, 'cache-prune');
    cpSync(resolve('tests/fixtures/data/territories/petit-territoire'), join(work, 'petit-territoire'), {
      recursive: true,
    });
    const other = `figures-petit-territoire-bis-${'a'.repeat(32)}.json`;
    const older = `figures-petit-territoire-${'b'.repeat(32)}.json`;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, other), '{}');
    writeFileSync(join(cacheDir, older), '{}');
    await loadFigures(loadTerritory('petit-territoire', { territoriesDir: work }).territory!, { cacheDir });
    const files = readdirSync(cacheDir);
    expect(files).toContain(other);
    expect(files).not.toContain(older);
    expect(files.filter((f) => f.startsWith('figures-petit-territoire-') && f !== other)).toHaveLength(1);
  });

  it('la clé couvre tout le code qui calcule les chiffres', () => {
    const modules = new Set(codeFiles().map((f) => f.split(/[\\/]/).at(-2)));
    for (const m of ['dataset', 'figures', 'indicators', 'rpls', 'demand', 'mapping', 'sources', 'territory'])
      expect(modules).toContain(m);
  });
});
