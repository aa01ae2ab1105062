/**
 * The caches of the figures (src/lib/dataset cache.ts, source-cache.ts) seen through loadFigures: a second
 * build with nothing changed reads the figures back; a changed file rebuilds them but reads the unchanged
 * files from their own entries; a failed build writes nothing; older entries are removed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/lib/dataset/index.ts';
import { codeFiles, figuresKey, readCache, writeAtomically, writeCache } from '../../src/lib/dataset/cache.ts';
import { demandCsv, rplsCsv, source, territoryYaml, writeTerritory } from '../helpers/dataset-territory.ts';

const A = '30003';
const rpls = rplsCsv([
  { code: A, rooms: 1, surface: '50,0' },
  { code: A, rooms: 3, surface: '70,0' },
  { code: '30133', rooms: 2 },
]);
const demand = (pending: number) => demandCsv(2023, [[A, 'T1', pending, 0, 6, 0, '4']]);
const yaml = territoryYaml([...source('rpls', 'rpls-2023.csv', 2023), ...source('demande', 'demandes-2023.csv', 2023)]);
const files = () => ({
  'territory.yaml': yaml,
  'sources/rpls-2023.csv': rpls,
  'sources/demandes-2023.csv': demand(20),
});
const HEX = '[0-9a-f]{32}';
const entries = (dir: string) => readdirSync(dir).sort();

describe('cache des chiffres', () => {
  it('relit les chiffres quand rien n’a changé, et relit seulement le fichier changé sinon', async () => {
    const territory = writeTerritory(files());
    const cacheDir = join(territory.dir, '..', 'cache');
    const first = await loadFigures(territory, { cacheDir });
    expect(first.fromCache).toBe(false);
    expect(first.figures!.demand['2023']!.communes[A]!.T1.pending).toBe(20);
    const written = entries(cacheDir);
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(new RegExp(`^figures-camargue-${HEX}\\.json$`));
    expect(written[1]).toMatch(new RegExp(`^source-camargue-demande-2023-${HEX}\\.json$`));
    expect(written[2]).toMatch(new RegExp(`^source-camargue-rpls-2023-${HEX}\\.json$`));

    const again = await loadFigures(territory, { cacheDir });
    expect(again.fromCache).toBe(true);
    expect(again.figures).toEqual(first.figures);
    expect(again.diagnostics).toEqual([]);

    // The RPLS entry now says 90 m² for the T1: read from it, it shows once the demand file changes.
    const rplsEntry = join(cacheDir, written[2]!);
    writeFileSync(rplsEntry, readFileSync(rplsEntry, 'utf8').replace('"surfaceSum":{"T1":50', '"surfaceSum":{"T1":90'));
    writeFileSync(join(territory.dir, 'sources/demandes-2023.csv'), demand(21));
    const changed = await loadFigures(territory, { cacheDir });
    expect(changed.fromCache).toBe(false);
    expect(changed.figures!.demand['2023']!.communes[A]!.T1.pending).toBe(21);
    expect(changed.figures!.stock['2023']!.communes[A]!.averageSurface.T1).toBe(90);
    // The older figures and demand entries are gone; the RPLS entry stays.
    const now = entries(cacheDir);
    expect(now).toHaveLength(3);
    expect(now[0]).not.toBe(written[0]);
    expect(now[1]).not.toBe(written[1]);
    expect(now[2]).toBe(written[2]);
  });

  it('une entrée abîmée est relue depuis le fichier', async () => {
    const territory = writeTerritory(files());
    const cacheDir = join(territory.dir, '..', 'cache');
    await loadFigures(territory, { cacheDir });
    for (const f of entries(cacheDir)) writeFileSync(join(cacheDir, f), '{ abîmé');
    const r = await loadFigures(territory, { cacheDir });
    expect(r.fromCache).toBe(false);
    expect(r.figures!.stock['2023']!.communes[A]!.averageSurface.T1).toBe(50);
    // Written again whole.
    for (const f of entries(cacheDir)) expect(() => JSON.parse(readFileSync(join(cacheDir, f), 'utf8'))).not.toThrow();
    expect((await loadFigures(territory, { cacheDir })).fromCache).toBe(true);
  });

  it('une construction en erreur n’écrit rien, et sans dossier de cache rien n’est écrit', async () => {
    const territory = writeTerritory({
      ...files(),
      'sources/demandes-2023.csv': demandCsv(2023, [[A, 'T1', -3, 0, 6, 0, '4']]),
    });
    const cacheDir = join(territory.dir, '..', 'cache');
    const r = await loadFigures(territory, { cacheDir });
    expect(r.figures).toBeUndefined();
    expect(r.fromCache).toBe(false);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(existsSync(cacheDir) ? entries(cacheDir) : []).toEqual([]);

    const ok = writeTerritory(files());
    const plain = await loadFigures(ok, { cacheDir: false });
    expect(plain.fromCache).toBe(false);
    expect(plain.figures!.demand['2023']!.communes[A]!.T1.pending).toBe(20);
    expect(existsSync(join(ok.dir, '..', 'cache'))).toBe(false);
    expect((await loadFigures(ok)).fromCache).toBe(false);
  });

  it('retire les entrées des sources qui ne sont plus listées, pas celles d’un autre territoire', async () => {
    const territory = writeTerritory(files());
    const cacheDir = join(territory.dir, '..', 'cache');
    mkdirSync(cacheDir);
    const other = [
      `figures-camargue-2-${'a'.repeat(32)}.json`,
      `source-camargue-2-rpls-2023-${'b'.repeat(32)}.json`,
      `source-camargue-rpls-2023-court.json`,
      'notes.txt',
    ];
    for (const f of other) writeFileSync(join(cacheDir, f), '{}');
    const gone = [
      `figures-camargue-${'c'.repeat(32)}.json`,
      `source-camargue-rpls-2019-${'d'.repeat(32)}.json`,
      `source-camargue-indicateurs-2019-${'e'.repeat(32)}.json`,
      `source-camargue-demande-2019-${'f'.repeat(32)}.json`,
      `source-camargue-positionnement-2019-${'0'.repeat(32)}.json`,
    ];
    for (const f of gone) writeFileSync(join(cacheDir, f), '{}');
    await loadFigures(territory, { cacheDir });
    const now = entries(cacheDir);
    for (const f of other) expect(now).toContain(f);
    for (const f of gone) expect(now).not.toContain(f);
    expect(now).toHaveLength(other.length + 3);
  });
});

describe('clé du cache', () => {
  it('change avec un réglage, un fichier ou la publication précédente, pas sans eux', async () => {
    const territory = writeTerritory(files());
    const key = await figuresKey(territory);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await figuresKey(territory)).toBe(key);
    const withThreshold = { ...territory, settings: { ...territory.settings, secrecyThreshold: 6 } };
    const keys = new Set([key, await figuresKey(withThreshold)]);
    keys.add(await figuresKey({ ...territory, settings: { ...territory.settings, maskStockCounts: true } }));
    keys.add(await figuresKey({ ...territory, settings: { ...territory.settings, siren: '200070712' } }));
    keys.add(await figuresKey({ ...territory, communes: territory.communes.slice(1) }));
    keys.add(
      await figuresKey({
        ...territory,
        settings: { ...territory.settings, sources: territory.settings.sources.slice(1) },
      }),
    );
    expect(keys.size).toBe(6);
    writeFileSync(join(territory.dir, 'sources/rpls-2023.csv'), rpls + '\n');
    const afterFile = await figuresKey(territory);
    expect(afterFile).not.toBe(key);
    mkdirSync(join(territory.dir, 'publie'));
    writeFileSync(join(territory.dir, 'publie/demandes.csv'), 'x');
    const afterPrevious = await figuresKey(territory);
    expect(afterPrevious).not.toBe(afterFile);
    writeFileSync(join(territory.dir, 'publie/demandes.csv'), 'y');
    expect(await figuresKey(territory)).not.toBe(afterPrevious);
  });

  it('un chemin hors du territoire ou un fichier absent n’est jamais ouvert', async () => {
    const territory = writeTerritory({
      'territory.yaml': territoryYaml([
        ...source('rpls', '../../dehors-absent.csv', 2023),
        ...source('demande', 'absent.csv', 2023),
      ]),
      'sources/x': '',
    });
    expect(await figuresKey(territory)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('couvre le code qui calcule les chiffres, module par module', () => {
    const files = codeFiles();
    const names = files.map((f) => f.replace(/^.*\/src\/lib\//, ''));
    expect(names).toContain('dataset/sources.ts');
    expect(names).toContain('dataset/demand-table.ts');
    expect(names).toContain('indicators/secrecy.ts');
    expect(names).toContain('rpls/index.ts');
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('écrit une entrée entière, relit la bonne, et rien pour une autre clé', () => {
    const territory = writeTerritory(files());
    const dir = join(territory.dir, '..', 'c');
    const value = { figures: { stock: {} } as never, diagnostics: [] };
    writeCache(dir, 'camargue', 'a'.repeat(32), value);
    expect(readCache(dir, 'camargue', 'a'.repeat(32))).toEqual(value);
    expect(readCache(dir, 'camargue', 'b'.repeat(32))).toBeUndefined();
    writeCache(dir, 'camargue', 'b'.repeat(32), value);
    expect(entries(dir)).toEqual([`figures-camargue-${'b'.repeat(32)}.json`]);
    writeAtomically(join(dir, 'x.json'), 'texte');
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('texte');
    expect(entries(dir)).toEqual([`figures-camargue-${'b'.repeat(32)}.json`, 'x.json']);
  });
});
