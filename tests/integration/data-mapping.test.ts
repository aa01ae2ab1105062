/**
 * Tables in other layouts, declared in territory.yaml, give the same published figures as the project's
 * demand table; a wrong mapping gives one positioned French error and nothing is written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalRows,
  replaceDemandEntry,
  writeByName,
  writeDrihl,
  writeDrihlTotals,
  writeTypologyColumns,
} from '../helpers/mapped-fixtures.ts';

const base = resolve('tests/fixtures/data/territories/petit-territoire');
const work = mkdtempSync(join(tmpdir(), 'data-mapping-'));
let prepareDataset: typeof import('../../scripts/prepare.ts').prepareDataset;

beforeAll(async () => {
  process.env.ILS_CACHE_DIR = join(work, 'cache');
  ({ prepareDataset } = await import('../../scripts/prepare.ts'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture territory whose demand source is written by `write`, then prepared. */
async function prepareWith(
  name: string,
  write: (sources: string) => string | Promise<string>,
  tweak: (yaml: string) => string = (y) => y,
) {
  const territories = join(work, name);
  const dir = join(territories, 'petit-territoire');
  cpSync(base, dir, { recursive: true });
  const entry = await write(join(dir, 'sources'));
  const yamlPath = join(dir, 'territory.yaml');
  writeFileSync(yamlPath, tweak(replaceDemandEntry(readFileSync(yamlPath, 'utf8'), entry)));
  const prepared = await prepareDataset('petit-territoire', territories);
  return { prepared, errors: prepared.diagnostics.filter((d) => d.severity === 'error') };
}

describe('tableaux déclarés dans territory.yaml', () => {
  let reference: unknown;
  beforeAll(async () => {
    const territories = join(work, 'reference');
    cpSync(base, join(territories, 'petit-territoire'), { recursive: true });
    const prepared = await prepareDataset('petit-territoire', territories);
    expect(prepared.dataset).toBeDefined();
    reference = prepared.dataset!.demand;
  });

  it('le socle DRIHL en XLSX (feuille Ensemble, titres ligne 3, lignes « Commune ») donne les mêmes chiffres', async () => {
    const { prepared, errors } = await prepareWith('drihl', (dir) => writeDrihl(dir));
    expect(errors).toEqual([]);
    expect(prepared.dataset!.demand).toEqual(reference);
  });

  it('le socle DRIHL seul, sans tailles : le total de chaque commune est publié, les tailles sont inconnues', async () => {
    const { prepared, errors } = await prepareWith('drihl-totaux', (dir) => writeDrihlTotals(dir));
    expect(errors).toEqual([]);
    const demand = prepared.dataset!.demand['2022']!;
    const codes = [...new Set(canonicalRows().map((r) => r[0]!))];
    let published = 0;
    for (const code of codes) {
      const rows = canonicalRows().filter((r) => r[0] === code);
      const pending = rows.every((r) => /^\d+$/.test(r[3]!)) ? rows.reduce((a, r) => a + Number(r[3]), 0) : undefined;
      const cell = demand.communes[code]!.total.pending;
      if (pending !== undefined && pending >= 5) {
        expect(cell).toBe(pending);
        published++;
      } else expect(typeof cell).not.toBe('number');
      // Sizes are not in the file: never zero, always « not published by the source ».
      for (const t of ['T1', 'T2', 'T3', 'T4', 'T5+'] as const)
        expect(demand.communes[code]![t].pending).toEqual({ masked: 'source' });
    }
    expect(published).toBeGreaterThan(0);
  });

  it('un CSV qui nomme les communes sans code donne les mêmes chiffres', async () => {
    const { prepared, errors } = await prepareWith('noms', (dir) => writeByName(dir));
    expect(errors).toEqual([]);
    expect(prepared.dataset!.demand).toEqual(reference);
  });

  it('les typologies en colonnes donnent les mêmes chiffres', async () => {
    const { prepared, errors } = await prepareWith('colonnes', (dir) => writeTypologyColumns(dir));
    expect(errors).toEqual([]);
    expect(prepared.dataset!.demand).toEqual(reference);
  });

  it('colonne inconnue : une erreur à la ligne des titres, avec la colonne la plus proche', async () => {
    const { prepared, errors } = await prepareWith(
      'colonne',
      (dir) => writeByName(dir),
      (y) => y.replace('demandes: Demandes\n', 'demandes: Demande totale\n'),
    );
    expect(prepared.dataset).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 1,
      column: 16,
      message:
        'colonne « Demande totale » introuvable (demandes en attente au 31 décembre) dans le tableau décrit dans territory.yaml',
    });
    expect(errors[0]!.hint).toContain('« Demandes »');
  });

  it('nom de commune inconnu : une erreur positionnée avec les noms proches', async () => {
    const { prepared, errors } = await prepareWith('nom', (dir) =>
      writeByName(dir, 'demandes-noms.csv', { Thiers: 'Tiers', Courpière: 'Courpière' }),
    );
    expect(prepared.dataset).toBeUndefined();
    const unknown = errors.filter((e) => e.message === 'commune « Tiers » inconnue');
    expect(unknown).toHaveLength(5);
    expect(new Set(errors.map((e) => e.message))).toEqual(new Set(['commune « Tiers » inconnue']));
    expect(unknown[0]).toMatchObject({ line: 2, column: 1 });
    expect(unknown[0]!.hint).toMatch(/^communes proches du territoire : Thiers/);
  });

  it('feuille absente : une erreur dans territory.yaml qui nomme les feuilles présentes', async () => {
    const { prepared, errors } = await prepareWith('feuille', (dir) => writeDrihl(dir, 'socle-2022.xlsx', 'Feuil1'));
    expect(prepared.dataset).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/territory\.yaml$/);
    expect(errors[0]!.line).toBeGreaterThan(40);
    expect(errors[0]!.message).toMatch(/^la feuille « Ensemble » n’existe pas dans le classeur .*socle-2022\.xlsx$/);
    expect(errors[0]!.hint).toContain('Feuil1');
  });
});
