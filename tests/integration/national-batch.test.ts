/**
 * `npm run national -- construire` builds many territories in one process (Astro, fonts and Pagefind loaded
 * once): every site must be byte for byte the one `npm run build` makes for the same territory alone. On the
 * real extract of the 24, 63 and 93 (../shared/data; skipped with a message when absent): Plaine Commune,
 * then a territory with no social home in the file (its starter site is built, with 0 dwelling), then Thiers
 * Dore et Montagne whose compact file was broken here (its build fails with the file, line and column, and
 * the batch goes on), built in one batch; Plaine Commune is compared file by file with the same territory
 * built alone.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AGGREGATED_EXTRACT, nationalFromExtract } from '../helpers/national-file.ts';
import { runScript } from '../helpers/run-cli.ts';

const present = existsSync(AGGREGATED_EXTRACT);
if (!present) console.warn(`Test de la construction par lots ignoré : ${AGGREGATED_EXTRACT} absent.`);

const PLAINE_COMMUNE = '200057867';
const THIERS = '200070712';
/**
 * Castillon/Pujols, a community of the Gironde with one commune in the Dordogne that has no social housing in
 * the extract: its compact file has one line of 0 dwelling, and its starter site is built.
 */
const EMPTY = '243301454';

/** Every file under a folder, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(dir, path), readFileSync(path));
    }
  return out;
}

describe.skipIf(!present)('npm run national -- construire : plusieurs sites dans un seul processus', () => {
  const work = mkdtempSync(join(tmpdir(), 'ils-national-batch-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const input = join(work, 'rpls-national-2019.csv');
  if (present) nationalFromExtract(input);
  const territories = join(work, 'territoires');
  const split = runScript('national', ['decouper', input, '--sortie', territories]);
  // A count that is not a number, on line 2 of the file after the header and the real lines.
  const broken = join(territories, THIERS, 'sources', 'rpls-2019.csv');
  let brokenLine = 0;
  if (present && split.status === 0) {
    brokenLine = readFileSync(broken, 'utf8').trimEnd().split('\n').length + 1;
    appendFileSync(broken, '63430;3;60;1990;C;13;D;;beaucoup\n');
  }
  const list = join(work, 'liste.txt');
  writeFileSync(list, `${PLAINE_COMMUNE}\n${EMPTY}\n${THIERS}\n`);
  const sites = join(work, 'sites');
  const batch = runScript('national', ['construire', '--sortie', territories, '--liste', list, '--sites', sites]);

  test('le lot construit les deux territoires, dit l’échec du troisième et donne le temps de chaque étape', () => {
    expect(split.status, split.stdout + split.stderr).toBe(0);
    expect(existsSync(join(territories, EMPTY, 'territory.yaml'))).toBe(true);
    expect(batch.status, batch.stdout + batch.stderr).toBe(1);
    expect(batch.stdout).toMatch(new RegExp(`1/3 ${PLAINE_COMMUNE} construit en [\\d,]+ s`));
    expect(batch.stdout).toMatch(new RegExp(`2/3 ${EMPTY} construit en [\\d,]+ s`));
    expect(batch.stdout).toContain(`3/3 ${THIERS} : échec`);
    expect(batch.stdout).toMatch(
      new RegExp(`rpls-2019\\.csv:${brokenLine}:\\d+ +erreur : nombre de logements « beaucoup » incorrect`),
    );
    expect(batch.stdout).toContain('beaucoup');
    expect(batch.stdout).toContain('2 territoires construits');
    expect(batch.stdout).toMatch(/Par territoire : contrôles et jeu de données [\d,]+ s, plaquettes PDF [\d,]+ s/);
    expect(batch.stdout).toContain(`Échecs : ${THIERS}`);
    expect(existsSync(join(sites, THIERS))).toBe(false);
  });

  test('le site de départ sans logement social dit 0 logement, sans chiffre inventé', () => {
    const home = readFileSync(join(sites, EMPTY, 'index.html'), 'utf8');
    expect(home).not.toMatch(/NaN|undefined|Infinity/);
    const rows = readFileSync(join(sites, EMPTY, 'donnees', 'logements.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const header = rows[0]!.replace(/^\uFEFF/, '').split(';');
    const column = header.indexOf('logements');
    expect(column).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row.split(';')[column], row).toBe('0');
  });

  test('--processus attend un nombre de processus', () => {
    const wrong = runScript('national', ['construire', '--sortie', territories, '--processus', '0']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--processus « 0 » : un nombre de processus de 1 à 99 est attendu');
  });

  test.each([PLAINE_COMMUNE])(
    '%s : le site construit dans le lot a les mêmes fichiers, octet pour octet, que construit seul',
    (siren) => {
      const alone = join(work, `seul-${siren}`);
      const built = runScript('build', ['--out', alone], { TERRITORIES_DIR: territories, TERRITORY: siren });
      expect(built.status, built.stdout + built.stderr).toBe(0);
      const inBatch = files(join(sites, siren));
      const single = files(alone);
      expect([...inBatch.keys()].sort()).toEqual([...single.keys()].sort());
      // Pages, open data, leaflets, search index: no date or path of the build in any of them.
      expect(inBatch.size).toBeGreaterThan(50);
      for (const [path, bytes] of single) expect(inBatch.get(path)?.equals(bytes), path).toBe(true);
    },
  );
});
