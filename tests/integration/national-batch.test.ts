/**
 * `npm run national -- construire` builds many territories in one process (Astro, fonts and Pagefind loaded
 * once): every site must be byte for byte the one `npm run build` makes for the same territory alone. On the
 * real extract of the 24, 63 and 93 (../shared/data; skipped with a message when absent): Plaine Commune,
 * then a territory most of whose communes are in a département the extract does not cover (its build is
 * refused: they would read 0 social home; the batch goes on), then Thiers Dore et Montagne, built in one
 * batch; the two sites are compared file by file with the same territories built alone.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
 * Castillon/Pujols, a community of the Gironde with one commune in the Dordogne: the extract covers the
 * Dordogne only, so its folder is written (the totals add up) but `check` refuses to build it.
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
  const list = join(work, 'liste.txt');
  writeFileSync(list, `${PLAINE_COMMUNE}\n${EMPTY}\n${THIERS}\n`);
  const sites = join(work, 'sites');
  const batch = runScript('national', ['construire', '--sortie', territories, '--liste', list, '--sites', sites]);

  test('le lot construit les deux territoires, refuse le troisième en disant pourquoi, et donne le temps de chaque étape', () => {
    expect(split.status, split.stdout + split.stderr).toBe(0);
    expect(split.stdout).toContain('check refusera de les construire');
    expect(readFileSync(join(territories, EMPTY, 'territory.yaml'), 'utf8')).toContain('uncoveredDepartements: ["33"]');
    expect(batch.status, batch.stdout + batch.stderr).toBe(1);
    expect(batch.stdout).toMatch(new RegExp(`1/3 ${PLAINE_COMMUNE} construit en [\\d,]+ s`));
    expect(batch.stdout).toContain(`2/3 ${EMPTY} : échec`);
    expect(batch.stdout).toMatch(
      /territory\.yaml:\d+:\d+ +erreur : le fichier RPLS découpé ne couvrait pas le département 33 : ses 30 communes du territoire y seraient publiées sans aucun logement social, ce qui est faux/,
    );
    expect(batch.stdout).toMatch(new RegExp(`3/3 ${THIERS} construit en [\\d,]+ s`));
    expect(batch.stdout).toContain('2 territoires construits');
    expect(batch.stdout).toMatch(/Par territoire : contrôles et jeu de données [\d,]+ s, plaquettes PDF [\d,]+ s/);
    expect(batch.stdout).toContain(`Échecs : ${EMPTY}`);
    expect(existsSync(join(sites, EMPTY))).toBe(false);
  });

  test('--processus attend un nombre de processus', () => {
    const wrong = runScript('national', ['construire', '--sortie', territories, '--processus', '0']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--processus « 0 » : un nombre de processus de 1 à 99 est attendu');
  });

  test.each([PLAINE_COMMUNE, THIERS])(
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
