/**
 * Every bad-input case of the data files: a fixture, the French message with its line and column, and nothing
 * written (no dataset, no cache file).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics/index.ts';

const base = resolve('tests/fixtures/data/territories/petit-territoire');
const bad = resolve('tests/fixtures/data/bad');
const work = mkdtempSync(join(tmpdir(), 'data-checks-'));
const cacheDir = join(work, 'cache');
let prepareDataset: typeof import('../../scripts/prepare.ts').prepareDataset;

beforeAll(async () => {
  process.env.ILS_CACHE_DIR = cacheDir;
  ({ prepareDataset } = await import('../../scripts/prepare.ts'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture territory with one file replaced (or a territory.yaml edit), then prepared. */
async function prepareWith(
  name: string,
  change: { file?: string; from?: string; content?: string | Buffer; yaml?: (text: string) => string },
) {
  const territories = join(work, name);
  const dir = join(territories, 'petit-territoire');
  cpSync(base, dir, { recursive: true });
  if (change.file) {
    const target = join(dir, 'sources', change.file);
    if (change.from) cpSync(join(bad, change.from), target);
    else writeFileSync(target, change.content ?? '');
  }
  if (change.yaml)
    writeFileSync(join(dir, 'territory.yaml'), change.yaml(readFileSync(join(dir, 'territory.yaml'), 'utf8')));
  const prepared = await prepareDataset('petit-territoire', territories);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  return {
    prepared,
    errors,
    display: (f: string) => expect.stringMatching(new RegExp(`petit-territoire[/\\\\]${f.replace('.', '\\.')}$`)),
  };
}

/** Nothing written: no dataset and no cache file. */
function expectNothingWritten(prepared: { dataset?: unknown }) {
  expect(prepared.dataset).toBeUndefined();
  expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
}

function only(errors: Diagnostic[]) {
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('vérification des fichiers de données', () => {
  it('accepte le territoire d’essai sans erreur', async () => {
    const { prepared, errors } = await prepareWith('ok', {});
    expect(errors).toEqual([]);
    expect(prepared.dataset!.stock['2022']!.territory.total).toBe(56);
    expect(prepared.dataset!.stock['2023']!.territory.total).toBe(56);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('colonne renommée : nomme la colonne attendue et la forme du fichier', async () => {
    const { prepared, errors, display } = await prepareWith('colonne', {
      file: 'rpls-2023.csv',
      from: 'rpls-colonne-renommee.csv',
    });
    expect(only(errors)).toEqual({
      file: display('sources/rpls-2023.csv'),
      line: 1,
      column: 99,
      severity: 'error',
      message:
        'colonne « NBPIECE » absente (nombre de pièces) : le fichier ressemble au format RPLS DiDo, 2022 et après, noms en majuscules',
      hint: 'la colonne « NB_PIECE » est-elle la même ? Renommez-la « NBPIECE »',
    });
    expectNothingWritten(prepared);
  });

  it('colonne absente du tableau des demandes', async () => {
    const { prepared, errors } = await prepareWith('colonne-demandes', {
      file: 'demandes-2022.csv',
      from: 'demandes-colonne-absente.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 1,
      column: 55,
      message:
        'colonne « demandes_mutation » absente (dont demandes de mutation) : le fichier ne suit pas le tableau des demandes',
      hint: 'la colonne « demandes_mutations » est-elle la même ? Renommez-la « demandes_mutation »',
    });
    expectNothingWritten(prepared);
  });

  it('mauvais encodage : signale les caractères mal convertis', async () => {
    const { prepared, errors } = await prepareWith('mojibake', {
      file: 'demandes-2022.csv',
      from: 'demandes-mojibake.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 7,
      column: 18,
      message:
        'caractères mal convertis « Ã¨ » au lieu de « è » : le fichier a été enregistré avec un mauvais encodage',
    });
    expectNothingWritten(prepared);
  });

  it('code commune inconnu : propose la commune la plus proche', async () => {
    const { prepared, errors } = await prepareWith('code', {
      file: 'demandes-2022.csv',
      from: 'demandes-code-inconnu.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 3,
      column: 6,
      message: 'code commune « 6343O » inconnu',
      hint: 'la commune connue la plus proche est 63430 Thiers. Attendu : 5 chiffres, ou 2A ou 2B puis 3 chiffres. Schéma tableau-demandes, colonne code_commune : type string, required, pattern [0-9]{5}|2[AB][0-9]{3}',
    });
    expectNothingWritten(prepared);
  });

  it('ligne en double', async () => {
    const { prepared, errors } = await prepareWith('doublon', {
      file: 'demandes-2022.csv',
      from: 'demandes-doublon.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 4,
      column: 1,
      message: 'ligne en double : même commune, même typologie et même millésime qu’à la ligne 3',
    });
    expectNothingWritten(prepared);
  });

  it('nombre négatif', async () => {
    const { prepared, errors } = await prepareWith('negatif', {
      file: 'demandes-2022.csv',
      from: 'demandes-negatif.csv',
    });
    expect(only(errors)).toMatchObject({ line: 4, column: 22, message: 'nombre négatif « -3 » dans « demandes »' });
    expectNothingWritten(prepared);
  });

  it('nombre à virgule pour un compte', async () => {
    const { prepared, errors } = await prepareWith('decimal', {
      file: 'demandes-2022.csv',
      from: 'demandes-decimal.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 5,
      column: 27,
      message: 'nombre à virgule « 2,5 » dans « attributions »',
    });
    expectNothingWritten(prepared);
  });

  it('plus d’attributions que de logements et de demandes réunis', async () => {
    const { prepared, errors } = await prepareWith('trop', {
      file: 'demandes-2022.csv',
      from: 'demandes-attributions-trop.csv',
    });
    expect(only(errors)).toMatchObject({
      line: 4,
      column: 27,
      message: '40 attributions de T3 à 63430, plus que les 5 logements T3 du RPLS 2023 et les 20 demandes réunis',
    });
    expectNothingWritten(prepared);
  });

  it('millésime listé dont le fichier manque : pointe la ligne de territory.yaml', async () => {
    const { prepared, errors } = await prepareWith('manquant', {
      yaml: (t) => `${t}  - kind: demande\n    file: demandes-2023.csv\n    millesime: 2023\n`,
    });
    expect(only(errors)).toMatchObject({
      line: 46,
      column: 11,
      message: expect.stringMatching(/^le fichier du millésime 2023 est introuvable : .*demandes-2023\.csv$/),
    });
    expect(errors[0]!.file).toMatch(/territory\.yaml$/);
    expectNothingWritten(prepared);
  });

  it('fichier vide', async () => {
    const { prepared, errors } = await prepareWith('vide', { file: 'demandes-2022.csv', content: '' });
    expect(only(errors)).toMatchObject({ line: 1, column: 1, message: 'le fichier est vide' });
    expectNothingWritten(prepared);
  });

  it('dernière ligne coupée', async () => {
    const { prepared, errors } = await prepareWith('coupe', { file: 'demandes-2022.csv', from: 'demandes-coupe.csv' });
    expect(only(errors)).toMatchObject({
      line: 4,
      column: 24,
      message: 'la dernière ligne est coupée : 5 valeurs au lieu de 9',
    });
    expectNothingWritten(prepared);
  });

  it('page web ou page d’erreur au lieu du fichier', async () => {
    const { prepared, errors } = await prepareWith('html', { file: 'rpls-2022.csv', from: 'rpls-page-erreur.csv' });
    expect(only(errors)).toMatchObject({
      line: 1,
      column: 1,
      message: 'le fichier est une page web, pas un tableau de données',
      hint: 'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier CSV',
    });
    expectNothingWritten(prepared);
  });
});
