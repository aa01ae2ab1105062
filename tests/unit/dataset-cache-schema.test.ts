/**
 * The parts of the dataset module that loadFigures only reaches on its happy path: the source cache's
 * entries written and read directly (cachedRead, commitSources), and the French messages of the dataset
 * file's schema. Expected values written by hand.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communeDataVersion, figuresKey } from '../../src/lib/dataset/cache.ts';
import { datasetSchemaErrors, parseDatasetFile } from '../../src/lib/dataset/index.ts';
import { cachedRead, commitSources, type SourceCache } from '../../src/lib/dataset/source-cache.ts';
import { rplsCsv, source, territoryYaml, writeTerritory } from '../helpers/dataset-territory.ts';

const entry = { kind: 'rpls' as const, file: 'r.csv', millesime: 2023 };
const HEX = 'a'.repeat(32);

describe('cache des lectures de sources', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'source-cache-'));
    const path = join(root, 'r.csv');
    writeFileSync(path, 'x');
    const cache: SourceCache = { dir: join(root, 'cache'), slug: 'camargue', used: new Set(), pending: new Map() };
    return { root, path, cache, what: { entry, path, display: 'r.csv', communes: ['30003'] } };
  };

  it('garde une lecture sans erreur, la relit avec ses Map et ses null, et crée son dossier', async () => {
    const { path, cache, what } = setup();
    const value = { diagnostics: [], m: new Map([['30003', { n: 1, none: null }]]), list: [1, null], text: 'x' };
    let reads = 0;
    const read = async () => {
      reads++;
      return value;
    };
    expect(await cachedRead(cache, what, read)).toBe(value);
    expect(cache.pending.size).toBe(1);
    commitSources(cache);
    expect(cache.pending.size).toBe(0);
    expect(readdirSync(cache.dir)).toEqual([...cache.used].map((f) => f.slice(cache.dir.length + 1)));
    const again: SourceCache = { ...cache, used: new Set(), pending: new Map() };
    expect(await cachedRead(again, { ...what, path }, read)).toEqual(value);
    expect(reads).toBe(1);
  });

  it('ne garde pas une lecture en erreur', async () => {
    const { cache, what } = setup();
    const value = { diagnostics: [{ file: 'r.csv', line: 1, column: 1, severity: 'error' as const, message: 'x' }] };
    expect(await cachedRead(cache, what, async () => value)).toBe(value);
    expect(cache.pending.size).toBe(0);
    // Nothing to write, no folder: nothing to do.
    commitSources(cache);
    expect(existsSync(cache.dir)).toBe(false);
  });

  it('sans cache, lit chaque fois', async () => {
    const { what } = setup();
    let reads = 0;
    const read = async () => ({ diagnostics: [], n: ++reads });
    await cachedRead(undefined, what, read);
    expect((await cachedRead(undefined, what, read)).n).toBe(2);
  });

  it('ne retire que les entrées de ce territoire', async () => {
    const { cache, what } = setup();
    await cachedRead(cache, what, async () => ({ diagnostics: [] }));
    commitSources(cache);
    // A slug of the same length: « source-otherter- » then a name that would be this territory's.
    const foreign = [`source-otherter-rpls-2023-${HEX}.json`, `figures-camargue-${HEX}.json`];
    for (const f of foreign) writeFileSync(join(cache.dir, f), '{}');
    commitSources({ ...cache, used: new Set() });
    expect(readdirSync(cache.dir).sort()).toEqual(foreign.sort());
  });
});

describe('clé des chiffres', () => {
  it('dépend de la version de la liste des communes et des codes des communes', async () => {
    expect(communeDataVersion()).toMatch(/^\d+\.\d+\.\d+/);
    const territory = writeTerritory({
      'territory.yaml': territoryYaml(source('rpls', 'r.csv', 2023)),
      'sources/r.csv': rplsCsv([{ code: '30003', rooms: 1 }]),
    });
    const renamed = territory.communes.map((c, i) => (i === 0 ? { ...c, code: '30999' } : c));
    expect(await figuresKey({ ...territory, communes: renamed })).not.toBe(await figuresKey(territory));
  });
});

describe('messages du schéma du fichier de données', () => {
  it('dit en français où est l’erreur et ce qui est attendu', () => {
    expect(datasetSchemaErrors(3)[0]).toBe('(racine) : valeur de type object attendue');
    const errors = datasetSchemaErrors({
      slug: 'x',
      settings: {},
      officialName: 'x',
      communes: [],
      departements: [],
      desks: [],
      deskExtras: {},
      cotation: {},
      secrecy: { threshold: 5, extra: 1 },
      millesimes: { stock: [], demand: [] },
      stock: {},
      demand: {},
      sources: [{ kind: 'autre', millesime: 2023, file: 'x', label: 'x' }],
    });
    expect(errors).toContain('secrecy : clé inconnue extra');
    expect(errors.find((e) => e.startsWith('sources.0.kind : '))).toMatch(
      /^sources\.0\.kind : valeur attendue parmi rpls, demande, indicateurs, positionnement/,
    );
    expect(errors.length).toBeLessThanOrEqual(5);
  });

  it('une cellule ni nombre ni cachée, et au plus 5 messages', () => {
    const many = datasetSchemaErrors({});
    expect(many).toHaveLength(5);
    expect(many[0]).toMatch(/^slug : valeur de type string attendue$/);
  });

  it('garde la cause d’un JSON illisible', () => {
    let error: unknown;
    try {
      parseDatasetFile('{', 'x.json');
    } catch (e) {
      error = e;
    }
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
