/**
 * `npm run millesime -- ajouter`: on a copy of the default territory, a new RPLS file is copied,
 * declared (comments of territory.yaml kept), checked, and the changes are reported commune by commune;
 * another territory's file is flagged; --essai changes nothing; an error puts everything back.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'millesime-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const source = resolve('data/territories/thiers-dore-montagne');

function territoryCopy(name: string): string {
  const territories = join(work, name);
  cpSync(source, join(territories, 'thiers-dore-montagne'), { recursive: true });
  return territories;
}

/** The 2023 demo RPLS file without the dwellings of Courpière (63125) and with Thiers doubled. */
function rpls2024(): string {
  const lines = readFileSync(join(source, 'sources', 'rpls-2023.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const body = lines.slice(1).filter((l) => !l.includes(';63125;'));
  const p = join(work, 'rpls-2024.csv');
  writeFileSync(p, `${[lines[0], ...body, ...body.filter((l) => l.includes(';63430;'))].join('\n')}\n`);
  return p;
}

/** The same file moved to the communes of Seine-Saint-Denis: another territory's file. */
function otherTerritory(): string {
  const lines = readFileSync(join(source, 'sources', 'rpls-2023.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const p = join(work, 'rpls-93-2024.csv');
  writeFileSync(
    p,
    `${[lines[0], ...lines.slice(1).map((l) => l.replace(/;63;200070712;63\d{3};/, ';93;200057875;93066;'))].join('\n')}\n`,
  );
  return p;
}

const run = (territories: string, args: string[]) =>
  runScript('millesime', ['ajouter', ...args], { TERRITORY: 'thiers-dore-montagne', TERRITORIES_DIR: territories });

describe('npm run millesime -- ajouter', () => {
  it('déclare un nouveau RPLS, garde les commentaires et liste les communes qui changent', () => {
    const territories = territoryCopy('ajout');
    const yamlBefore = readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8');
    const r = run(territories, [rpls2024(), '--origine', 'SDES, RPLS au 1er janvier 2024']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8');
    for (const comment of yamlBefore.split('\n').filter((l) => l.trim().startsWith('#')))
      expect(yaml).toContain(comment);
    expect(yaml).toContain(
      '  - kind: rpls\n    file: rpls-2023.csv\n    millesime: 2023\n    origin: Données de démonstration au format RPLS\n  - kind: rpls\n    file: rpls-2024.csv\n    millesime: 2024\n    origin: SDES, RPLS au 1er janvier 2024\n  - kind: demande',
    );
    expect(existsSync(join(territories, 'thiers-dore-montagne', 'sources', 'rpls-2024.csv'))).toBe(true);
    expect(r.stdout).toContain(
      'Fichier rpls-2024.csv : RPLS, RPLS DiDo, 2022 et après, noms en majuscules, millésime 2024.',
    );
    expect(r.stdout).toContain('Millésime 2024 comparé à 2023 : logements sociaux, commune par commune.');
    expect(r.stdout).toMatch(/⚠ Courpière \(63125\) : \d+ → 0 \(-\d+\) : la commune disparaît du fichier/);
    expect(r.stdout).toMatch(
      /⚠ Thiers \(63430\) : [\d\s\u202f\u00a0]+ → [\d\s\u202f\u00a0]+ \(\+[\d\s\u202f\u00a0]+\) : hausse de plus de 30 sur 100/,
    );
    expect(r.stdout).not.toMatch(/Arconsat/);
  });

  it('une nouvelle année de demandes : les chiffres publiés aujourd’hui sont gardés, et le restent', () => {
    const territories = territoryCopy('publie');
    const dir = join(territories, 'thiers-dore-montagne');
    // The territory as it was online last year: 2022 demand only.
    const yaml = readFileSync(join(dir, 'territory.yaml'), 'utf8');
    const entry = /\n {2}- kind: demande\n {4}file: demandes-2023\.csv\n(?: {4}.*\n)*/;
    expect(yaml).toMatch(entry);
    // The positioning table goes with the demand table of its year: it comes back with it.
    const positioning = /\n {2}- kind: positionnement\n(?: {4}.*\n)*/;
    expect(yaml).toMatch(positioning);
    writeFileSync(join(dir, 'territory.yaml'), yaml.replace(entry, '\n').replace(positioning, '\n'));
    rmSync(join(dir, 'sources', 'demandes-2023.csv'));

    const r = run(territories, [join(source, 'sources', 'demandes-2023.csv'), '--type', 'demande', '--annee', '2023']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Les chiffres publiés aujourd’hui sont gardés dans publie/demandes.csv');
    // Last year's open data, read here as a reader would: 2022 only, some counts published, others hidden.
    const rows = readFileSync(join(dir, 'publie', 'demandes.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    const [header, ...body] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(new Set(body.map((b) => b[col('millesime')]))).toEqual(new Set(['2022']));
    const published = body.filter((b) => b[col('attributions_statut')] === '').length;
    const hidden = body.filter((b) => b[col('attributions_statut')] !== '').length;
    expect(published).toBeGreaterThan(20);
    expect(hidden).toBeGreaterThan(20);

    // The check of the new year keeps every one of them.
    const check = runScript('check', [], { TERRITORY: 'thiers-dore-montagne', TERRITORIES_DIR: territories });
    expect(check.status).toBe(0);
    const line = check.stdout.split('\n').find((l) => l.includes('Publication précédente'));
    expect(line).toMatch(/: (\d+) nombres sur \1 restent publiés à l’identique, aucun n’est caché\.$/);
    const [, kept] = /: (\d+) nombres sur/.exec(line!)!;
    const counts = body.reduce(
      (n, b) =>
        n + (b[col('attributions_statut')] === '' ? 1 : 0) + (b[col('demandes_en_attente_statut')] === '' ? 1 : 0),
      0,
    );
    expect(Number(kept)).toBe(counts);
  }, 180_000);

  it('signale le fichier d’un autre territoire', () => {
    const territories = territoryCopy('autre');
    const r = run(territories, [otherTerritory(), '--annee', '2024']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /⚠ Tout le territoire : [\d\s\u202f\u00a0]+ → 0 \(-[\d\s\u202f\u00a0]+\) : le total du territoire est divisé par 2 ou plus/,
    );
    expect(r.stdout).toMatch(/⚠ Thiers \(63430\) : .* : la commune disparaît du fichier/);
    expect(r.stdout).toMatch(/points à vérifier : le fichier est peut-être celui d’un autre territoire/);
  });

  it('--essai ne change rien', () => {
    const territories = territoryCopy('essai');
    const yamlBefore = readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8');
    const r = run(territories, [rpls2024(), '--essai']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Essai : rien n’a été changé.');
    expect(readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8')).toBe(yamlBefore);
    expect(existsSync(join(territories, 'thiers-dore-montagne', 'sources', 'rpls-2024.csv'))).toBe(false);
  });

  it('une erreur dans le fichier remet tout comme avant', () => {
    const territories = territoryCopy('erreur');
    const yamlBefore = readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8');
    const bad = join(work, 'demandes-2024.csv');
    writeFileSync(
      bad,
      'millesime;code_commune;nom_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation\n2024;63430;Thiers;T1;-3;0;1;0\n',
    );
    const r = run(territories, [bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/demandes-2024\.csv:2:22 {2}erreur : nombre négatif « -3 » dans « demandes »/);
    expect(r.stderr).toContain('Rien n’a été changé.');
    expect(readFileSync(join(territories, 'thiers-dore-montagne', 'territory.yaml'), 'utf8')).toBe(yamlBefore);
    expect(existsSync(join(territories, 'thiers-dore-montagne', 'sources', 'demandes-2024.csv'))).toBe(false);
  });

  it('sans année reconnue et sans question possible, demande --annee', () => {
    const territories = territoryCopy('annee');
    const p = join(work, 'rpls-sans-annee.csv');
    cpSync(join(source, 'sources', 'rpls-2023.csv'), p);
    const r = run(territories, [p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ajoutez --annee, par exemple --annee 2024');
  });

  it('un nom de territoire qui sort du dossier des territoires est refusé avant toute écriture', () => {
    const territories = territoryCopy('chemin');
    // A territory reachable only through "..": the folder next to the territories folder.
    cpSync(source, join(work, 'dehors'), { recursive: true });
    const yamlBefore = readFileSync(join(work, 'dehors', 'territory.yaml'), 'utf8');
    const r = runScript('millesime', ['ajouter', rpls2024(), '--annee', '2024'], {
      TERRITORY: '../dehors',
      TERRITORIES_DIR: territories,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('territoire « ../dehors » introuvable');
    expect(readFileSync(join(work, 'dehors', 'territory.yaml'), 'utf8')).toBe(yamlBefore);
    expect(existsSync(join(work, 'dehors', 'sources', 'rpls-2024.csv'))).toBe(false);
  });
});

describe('npm run millesime -- comparer (les chaînes de publication le lancent sur chaque demande de fusion)', () => {
  it('compare le dernier fichier de chaque sorte avec l’année d’avant, signale ce qui ressemble à une erreur, sans rien changer', () => {
    const territories = territoryCopy('comparer');
    const dir = join(territories, 'thiers-dore-montagne');
    const before = readFileSync(join(dir, 'territory.yaml'), 'utf8');
    // What the editor does: the file is put in sources/ and declared in territory.yaml.
    cpSync(rpls2024(), join(dir, 'sources', 'rpls-2024.csv'));
    writeFileSync(
      join(dir, 'territory.yaml'),
      before.replace('sources:\n', 'sources:\n  - kind: rpls\n    file: rpls-2024.csv\n    millesime: 2024\n'),
    );
    const declared = readFileSync(join(dir, 'territory.yaml'), 'utf8');
    const out = join(work, 'rapport.md');
    const r = runScript('millesime', ['comparer', '--sortie', out], {
      TERRITORY: 'thiers-dore-montagne',
      TERRITORIES_DIR: territories,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Counted by hand from the demo files: Courpière has 153 dwellings in 2023 and none in the new file;
    // Thiers 994 in 2023, doubled.
    expect(r.stdout).toContain('Logements sociaux (fichier RPLS), millésime 2024');
    expect(r.stdout).toContain('Millésime 2024 comparé à 2023 : logements sociaux, commune par commune.');
    expect(r.stdout).toContain('⚠ Courpière (63125) : 153 → 0 (-153) : la commune disparaît du fichier');
    expect(r.stdout).toMatch(/⚠ Thiers \(63430\) : 994 → 1\s988 \(\+994\) : hausse de plus de 30 sur 100/);
    expect(r.stdout).toContain('Demandes et attributions, millésime 2023');
    expect(r.stdout).toMatch(/2 points à vérifier avant de publier/);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('## Logements sociaux (fichier RPLS), millésime 2024');
    expect(report).toMatch(/^- ⚠ Thiers \(63430\)/m);
    // Nothing added, nothing declared: the command only reads.
    expect(readFileSync(join(dir, 'territory.yaml'), 'utf8')).toBe(declared);
  });

  it('un fichier déclaré qui ne se lit pas : le message dit le fichier, la ligne, et le code de sortie est 1', () => {
    const territories = territoryCopy('comparer-faux');
    const dir = join(territories, 'thiers-dore-montagne');
    writeFileSync(join(dir, 'sources', 'rpls-2023.csv'), 'ceci;nest;pas;un;rpls\n1;2;3;4;5\n');
    const r = runScript('millesime', ['comparer'], { TERRITORY: 'thiers-dore-montagne', TERRITORIES_DIR: territories });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rpls-2023\.csv:\d+:\d+/);
    expect(r.stderr).toContain('les fichiers de données ne peuvent pas être comparés');
  });
});
