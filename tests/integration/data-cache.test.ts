import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    // The older entry of the territory is removed: one entry per territory, one per source file.
    const files = readdirSync(cacheDir);
    expect(files.filter((f) => f.startsWith('figures-'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('source-petit-territoire-demande-2022-'))).toHaveLength(1);
  });

  it('ne relit que le fichier qui a changé, et retire les entrées des fichiers qui ne sont plus listés', async () => {
    const territories = join(work, 'par-fichier');
    cpSync(resolve('tests/fixtures/data/territories/petit-territoire'), join(territories, 'petit-territoire'), {
      recursive: true,
    });
    const cacheDir = join(work, 'cache-par-fichier');
    const read: string[] = [];
    const load = () =>
      loadFigures(loadTerritory('petit-territoire', { territoriesDir: territories }).territory!, {
        cacheDir,
        onProgress: (file) => {
          if (!read.includes(file)) read.push(file);
        },
      });
    const first = await load();
    const sources = readdirSync(cacheDir).filter((f) => f.startsWith('source-'));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(read.some((f) => f.includes('rpls-2023'))).toBe(true);
    read.length = 0;
    appendFileSync(
      join(territories, 'petit-territoire', 'sources', 'demandes-2022.csv'),
      '2022;63008;Arconsat;T1;6;0;0;0;\n',
    );
    const second = await load();
    expect(second.fromCache).toBe(false);
    // Only the changed demand file is read again; the RPLS files come from their entries.
    expect(read).toHaveLength(1);
    expect(read[0]).toContain('demandes-2022.csv');
    expect(second.figures!.stock).toEqual(first.figures!.stock);
    expect(second.figures!.demand['2022']!.communes['63008']!.T1.pending).toBe(6);
    // A source removed from territory.yaml: its entry goes at the next successful build.
    const yamlPath = join(territories, 'petit-territoire', 'territory.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    const without = yaml.replace(/  - kind: rpls\n    file: rpls-2022\.csv\n(    .*\n)*?(?=  - )/, '');
    expect(without).not.toBe(yaml);
    writeFileSync(yamlPath, without);
    await load();
    expect(readdirSync(cacheDir).some((f) => f.startsWith('source-petit-territoire-rpls-2022-'))).toBe(false);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('source-petit-territoire-rpls-2023-'))).toBe(true);
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
