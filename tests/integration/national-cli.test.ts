/**
 * `npm run national -- decouper` with the real commands, on a national-shape file made by test code from the
 * real aggregated RPLS 2019 extract of the 24, 63 and 93 (../shared/data; skipped with a message when absent):
 * every EPCI and EPT of those départements gets its folder, totals are conserved, a second run rewrites
 * nothing, and a generated starter territory passes `check`, builds, and publishes the same open data as the
 * same territory built from the whole national file.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AGGREGATED_EXTRACT, SHARED_DATA, nationalFromExtract } from '../helpers/national-file.ts';
import { runScript } from '../helpers/run-cli.ts';
import { writeSdesWorkbook } from '../helpers/sdes-workbook.ts';

const present = existsSync(AGGREGATED_EXTRACT);
if (!present) console.warn(`Tests de la découpe nationale sur données réelles ignorés : ${AGGREGATED_EXTRACT} absent.`);

const THIERS = '200070712';

/** Every file under a folder with its modification time. */
function mtimes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const p = join(entry.parentPath, entry.name);
      out.set(p, statSync(p).mtimeMs);
    }
  return out;
}

/** SIRENs of the official lists of the extract's départements, read from the shared COG files. */
function expectedSirens(): Set<string> {
  const sirens = new Set<string>();
  const banatic = readFileSync(join(SHARED_DATA, 'cog', 'banatic_epcicom_dep24_63_93.csv'), 'utf8')
    .trim()
    .split('\n');
  const h = banatic[0]!.split(';');
  for (const line of banatic.slice(1)) sirens.add(line.split(';')[h.indexOf('siren')]!);
  const ept = readFileSync(join(SHARED_DATA, 'cog', 'ept_composition_dep93.csv'), 'utf8')
    .trim()
    .split('\n');
  const e = ept[0]!.split(';');
  for (const line of ept.slice(1)) sirens.add(line.split(';')[e.indexOf('EPT')]!);
  return sirens;
}

/** Dwellings per département in the compact files of the EPCI folders, added up from their text. */
function writtenByDepartement(out: string, sirens: Iterable<string>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const siren of sirens) {
    const lines = readFileSync(join(out, siren, 'sources', 'rpls-2019.csv'), 'utf8')
      .trim()
      .split('\n');
    for (const line of lines.slice(1)) {
      const f = line.split(';');
      const dep = f[0]!.slice(0, 2);
      totals.set(dep, (totals.get(dep) ?? 0) + Number(f[f.length - 1]));
    }
  }
  return totals;
}

describe.skipIf(!present)(
  'npm run national -- decouper (données réelles de la Dordogne, du Puy-de-Dôme et de la Seine-Saint-Denis)',
  () => {
    const work = mkdtempSync(join(tmpdir(), 'ils-national-cli-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const input = join(work, 'rpls-national-2019.csv');
    const totals = present ? nationalFromExtract(input)! : undefined;
    const out = join(work, 'territoires');
    // French numbers are grouped with narrow no-break spaces: read as plain spaces here.
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
    const first = runScript('national', ['decouper', input, '--sortie', out]);

    test('la découpe réussit et écrit son résumé en français', () => {
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('Totaux vérifiés');
      expect(first.stdout).toContain('Lignes sans code commune : 3 (3 logements, comptés à part).');
    });

    test('chaque EPCI et chaque EPT des trois départements a son dossier, nommé par son SIREN', () => {
      const folders = new Set(readdirSync(out));
      for (const siren of expectedSirens()) expect(folders.has(siren), siren).toBe(true);
      for (const siren of folders) {
        expect(existsSync(join(out, siren, 'territory.yaml')), siren).toBe(true);
        expect(existsSync(join(out, siren, 'sources', 'rpls-2019.csv')), siren).toBe(true);
      }
    });

    test('totaux conservés : les dossiers EPCI font le total de chaque département (24, 63, 93)', () => {
      // Hand-counted totals of the extract (../shared/data/README.md), and the same ones counted by the helper.
      const expected = new Map([
        ['24', 13_983],
        ['63', 42_579],
        ['93', 227_911],
      ]);
      expect(totals!.byDepartement).toEqual(expected);
      const epci = [
        ...new Set(
          readFileSync(join(SHARED_DATA, 'cog', 'banatic_epcicom_dep24_63_93.csv'), 'utf8')
            .trim()
            .split('\n')
            .slice(1)
            .map((l) => l.split(';')[1]!),
        ),
      ];
      expect(writtenByDepartement(out, epci)).toEqual(expected);
      expect(plain(first.stdout)).toContain(
        'France : 284 476 logements dans le fichier = 284 473 rangés + 3 sans commune',
      );
    });

    test('93059 (Pierrefitte-sur-Seine) est compté avec 93066 (Saint-Denis), avec un avertissement', () => {
      expect(first.stdout).toMatch(
        /rpls-national-2019\.csv:\d+:8 {2}avertissement : code 93059 d’une ancienne commune : ses \d+ logements sont comptés avec la commune actuelle 93066/,
      );
      const plaineCommune = readFileSync(join(out, '200057867', 'sources', 'rpls-2019.csv'), 'utf8');
      expect(plaineCommune).not.toContain('93059;');
      const saintDenis = plaineCommune
        .split('\n')
        .filter((l) => l.startsWith('93066;'))
        .reduce((s, l) => s + Number(l.split(';').at(-1)), 0);
      expect(saintDenis).toBe(totals!.byCommune.get('93066')! + totals!.byCommune.get('93059')!);
    });

    test('une deuxième découpe du même fichier ne réécrit aucun fichier', () => {
      const before = mtimes(out);
      const again = runScript('national', [
        'decouper',
        input,
        '--sortie',
        out,
        '--liste-modifies',
        join(work, 'modifies.txt'),
      ]);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Fichiers : 0 territoires avec un fichier créé, 0 avec un fichier modifié');
      expect(mtimes(out)).toEqual(before);
      expect(readFileSync(join(work, 'modifies.txt'), 'utf8')).toBe('');
    });

    test('un territoire de départ passe « check » sans erreur, et ses seuls avertissements disent ce qui manque', () => {
      const r = runScript('check', [], { TERRITORIES_DIR: out, TERRITORY: THIERS, ILS_QUIET: '' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const own = r.stdout.split('\n').filter((l) => l.includes(`${THIERS}/`));
      for (const line of own.filter((l) => l.includes('  avertissement : ')))
        expect(line, line).toMatch(/mentions légales incomplètes|site de départ/);
      expect(own.some((l) => l.includes('desks.yaml:1:1  information : site de départ'))).toBe(true);
    });

    test('avec --resultats (classeur du SDES), le territoire déclare ses taux et passe « check »', async () => {
      const workbook = join(work, 'resultats_rpls_2019.xlsx');
      // Three communes of Thiers Dore et Montagne: Thiers, Courpière, Puy-Guillaume.
      await writeSdesWorkbook(
        workbook,
        [
          ['63430', 'Thiers', 962, 9.5, 3.1, 1.2, 5.4, 10.2],
          ['63125', 'Courpière', 210, 8.1, 2.5, 1, 5.1, 8.7],
          ['63291', 'Puy-Guillaume', 120, 's', 2, 1, 5, 9],
        ],
        2019,
      );
      const withResults = join(work, 'territoires-resultats');
      const split = runScript('national', ['decouper', input, '--sortie', withResults, '--resultats', workbook]);
      expect(split.status, split.stdout + split.stderr).toBe(0);
      expect(readFileSync(join(withResults, THIERS, 'territory.yaml'), 'utf8')).toContain('preset: sdes-communes');
      const r = runScript('check', [], { TERRITORIES_DIR: withResults, TERRITORY: THIERS, ILS_QUIET: '' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/resultats-rpls-2019\.csv:\d+:\d+ {2}(erreur|avertissement)/);
    });

    // Thiers Dore et Montagne (an EPCI of the 63) and Plaine Commune (an EPT of the 93, with Saint-Denis and the
    // dwellings of the former Pierrefitte-sur-Seine).
    test.each([
      [THIERS, '63430'],
      ['200057867', '93066'],
    ])(
      '%s se construit, et ses données ouvertes sont celles du même territoire construit avec le fichier national entier',
      (siren, commune) => {
        const fromPart = join(work, `site-decoupe-${siren}`);
        const built = runScript('build', ['--out', fromPart], { TERRITORIES_DIR: out, TERRITORY: siren });
        expect(built.status, built.stdout + built.stderr).toBe(0);
        // The same folder, territory.yaml included, whose RPLS file is the whole national file.
        const whole = join(work, `entier-${siren}`);
        cpSync(join(out, siren), join(whole, siren), { recursive: true });
        cpSync(input, join(whole, siren, 'sources', 'rpls-2019.csv'));
        const fromWhole = join(work, `site-entier-${siren}`);
        const builtWhole = runScript('build', ['--out', fromWhole], { TERRITORIES_DIR: whole, TERRITORY: siren });
        expect(builtWhole.status, builtWhole.stdout + builtWhole.stderr).toBe(0);
        const files = readdirSync(join(fromPart, 'donnees')).filter((f) => f.endsWith('.csv') || f.endsWith('.json'));
        expect(files).toContain('logements.csv');
        for (const f of files)
          expect(readFileSync(join(fromPart, 'donnees', f), 'utf8'), f).toBe(
            readFileSync(join(fromWhole, 'donnees', f), 'utf8'),
          );
        expect(readFileSync(join(fromPart, 'donnees', 'logements.csv'), 'utf8')).toContain(commune);
      },
    );
  },
);
