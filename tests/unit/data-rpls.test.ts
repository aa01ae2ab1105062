import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRpls } from '../../src/lib/rpls/index.ts';

const fixtures = resolve('tests/fixtures/data/rpls');
const thiersDoreMontagne = ['63430', '63125', '63008', '63015'];

describe('RPLS : les trois formes du fichier', () => {
  it('donne les mêmes totaux quelle que soit la forme', async () => {
    const results = await Promise.all(
      ['dido.csv', 'dido-minuscules.csv', 'regional.csv'].map((f) =>
        readRpls(join(fixtures, f), { display: f, communes: thiersDoreMontagne }),
      ),
    );
    expect(results.map((r) => r.shape)).toEqual(['dido', 'dido-minuscules', 'regional']);
    for (const r of results) expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [dido, lower, regional] = results.map((r) => Object.fromEntries(r.stock));
    expect(lower).toEqual(dido);
    expect(regional).toEqual(dido);
  });

  it('compte chaque commune du territoire et ignore les autres', async () => {
    const r = await readRpls(join(fixtures, 'dido.csv'), { display: 'dido.csv', communes: thiersDoreMontagne });
    expect(r.rows).toBe(60);
    expect(r.kept).toBe(56);
    const thiers = r.stock.get('63430')!;
    expect(thiers.total).toBe(30);
    expect(thiers.byTypology).toEqual({ T1: 5, T2: 5, T3: 5, T4: 5, 'T5+': 10 });
    expect(thiers.qpv).toEqual({ inside: 15, outside: 15 });
    expect(thiers.byBuildingKind).toEqual({ collectif: 25, individuel: 5, etudiant: 0 });
    expect(r.stock.get('63125')!.total).toBe(20);
    expect(r.stock.get('63008')!.total).toBe(6);
    expect(r.stock.get('63015')!.total).toBe(0);
    expect(r.stock.has('63113')).toBe(false);
  });

  it('lit un champ entre guillemets qui contient un point-virgule ou un retour à la ligne', async () => {
    const r = await readRpls(join(fixtures, 'dido.csv'), { display: 'dido.csv', communes: ['63430'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.stock.get('63430')!.total).toBe(30);
  });

  it('compte le code d’une ancienne commune avec la commune nouvelle et le signale', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rpls-'));
    const file = join(dir, 'fusion.csv');
    writeFileSync(
      file,
      'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE\n93066;3;60;1990;C;13;C;\n93059;2;45,5;2010;C;10;B;\n93059;4;80;2010;I;13;;\n',
    );
    const r = await readRpls(file, { display: 'fusion.csv', communes: ['93066'] });
    expect(r.stock.get('93066')!.total).toBe(3);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        severity: 'warning',
        message: 'code 93059 d’une ancienne commune : ses logements sont comptés avec la commune actuelle 93066',
      }),
    ]);
  });

  it('nomme la colonne absente et la forme reconnue, avec sa position', async () => {
    const r = await readRpls(resolve('tests/fixtures/data/bad/rpls-colonne-renommee.csv'), {
      display: 'rpls.csv',
      communes: ['63430'],
    });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        column: 99,
        severity: 'error',
        message:
          'colonne « NBPIECE » absente (nombre de pièces) : le fichier ressemble au format RPLS DiDo, 2022 et après, noms en majuscules',
        hint: 'la colonne « NB_PIECE » est-elle la même ? Renommez-la « NBPIECE »',
      }),
    ]);
  });
});

const narbonne = resolve('../shared/data/rpls/rpls_narbonne_extrait_bdaniere_geocode_rpls.csv');
describe.skipIf(!existsSync(narbonne))('RPLS réel : extrait de Narbonne (../shared/data)', () => {
  it('compte 6 043 logements à Narbonne (11262) avec la colonne nb', async () => {
    const r = await readRpls(narbonne, { display: 'narbonne.csv', communes: ['11262'] });
    expect(r.shape).toBe('regional');
    expect(r.diagnostics).toEqual([]);
    const s = r.stock.get('11262')!;
    expect(s.total).toBe(6043);
    expect(Object.values(s.byTypology).reduce((a, b) => a + b, 0)).toBe(6043);
    expect(s.qpv.inside + s.qpv.outside).toBe(6043);
    expect(s.byBuildingKind.collectif + s.byBuildingKind.individuel).toBe(6043);
  });
});
if (!existsSync(narbonne))
  console.warn(`Test des données réelles sauté : ${narbonne} est absent (dossier shared/ à côté du dépôt).`);

describe('RPLS : codes commune inconnus', () => {
  it('signale un code inconnu du département avec la commune la plus proche, sans le compter', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'rpls-')), 'inconnu.csv');
    writeFileSync(
      file,
      'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE\n63430;3;60;1990;C;13;C;\n6343O;2;45;2010;C;10;B;\n75056;2;45;2010;C;10;B;\n',
    );
    const r = await readRpls(file, { display: 'inconnu.csv', communes: ['63430'] });
    expect(r.stock.get('63430')!.total).toBe(1);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        severity: 'warning',
        message: 'code commune « 6343O » inconnu : ses logements ne sont pas comptés',
        hint: 'la commune connue la plus proche est 63430 Thiers',
      }),
    ]);
  });
});
