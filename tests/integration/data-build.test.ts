/**
 * The build reads the figures from the territory's sources: a fixture territory builds and its dataset
 * holds every commune and millésime; a data error stops the build and leaves the output untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'data-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const node = resolve('node_modules/.bin/node');

function build(territories: string, out: string) {
  return spawnSync(node, ['scripts/build.ts', '--out', out], {
    env: {
      ...process.env,
      TERRITORY: 'petit-territoire',
      TERRITORIES_DIR: territories,
      ILS_CACHE_DIR: join(work, 'cache'),
      ILS_QUIET: '1',
    },
    encoding: 'utf8',
  });
}

describe('construction avec les fichiers de données', () => {
  it('une erreur de données arrête la construction et laisse le site précédent intact', () => {
    const territories = join(work, 'bad');
    cpSync(resolve('tests/fixtures/data/territories/petit-territoire'), join(territories, 'petit-territoire'), {
      recursive: true,
    });
    cpSync(
      resolve('tests/fixtures/data/bad/demandes-negatif.csv'),
      join(territories, 'petit-territoire', 'sources', 'demandes-2022.csv'),
    );
    const out = join(work, 'dist-bad');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'ancien site');
    const r = build(territories, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/demandes-2022\.csv:4:22 {2}erreur : nombre négatif « -3 » dans « demandes »/);
    expect(r.stderr).toContain('Construction arrêtée');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('ancien site');
    expect(existsSync(join(work, 'cache')) ? readdirSync(join(work, 'cache')) : []).toEqual([]);
  });

  it('construit le territoire d’essai et garde les chiffres en cache', () => {
    const territories = resolve('tests/fixtures/data/territories');
    const out = join(work, 'dist');
    const r = build(territories, out);
    expect(r.stderr).not.toMatch(/erreur :/);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const cached = readdirSync(join(work, 'cache')).filter((f) => f.startsWith('figures-'));
    expect(cached).toHaveLength(1);
    const { figures } = JSON.parse(readFileSync(join(work, 'cache', cached[0]!), 'utf8'));
    expect(figures.millesimes).toEqual({ stock: [2022, 2023], demand: [2022] });
    expect(Object.keys(figures.stock['2022'].communes)).toHaveLength(30);
    expect(figures.stock['2022'].territory.total).toBe(56);
    const thiers = figures.demand['2022'].communes['63430'];
    expect(thiers.T1.pending).toBe(40);
    // Courpière has 1 T1 attribution: hidden; other cells are hidden so that the audit finds none recomputable.
    expect(figures.demand['2022'].communes['63125'].T1.attributions).toEqual({ masked: 'small' });
    expect(figures.secrecy.audit).toEqual([
      expect.objectContaining({ kind: 'demande', millesime: 2022, recomputable: 0 }),
    ]);
    expect(figures.secrecy.audit[0].hidden.secondary).toBeGreaterThan(0);
  });
});
