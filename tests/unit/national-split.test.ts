/**
 * `decouper` on a small national-shape file written here: every figure expected below is counted by hand
 * from the lines of the file.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compactCsv, partitionRpls, splitNational, type SplitReport } from '../../src/lib/national/index.ts';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { PRESETS, readCommuneIndicators } from '../../src/lib/mapping/index.ts';
import { communesOf } from '../../src/lib/territory/index.ts';
import { writeSdesWorkbook } from '../helpers/sdes-workbook.ts';
import { NATIONAL_HEADER, dwellingLine, type Dwelling } from '../helpers/national-file.ts';

const THIERS = '200070712'; // CC Thiers Dore et Montagne (63)
const PLAINE_COMMUNE = '200057867'; // EPT, Saint-Denis among its members
const MGP = '200054781'; // Métropole du Grand Paris (Paris and the 93)

const d = (depcom: string, over: Partial<Dwelling> = {}): Dwelling => ({
  depcom,
  rooms: '3',
  surface: '60.5',
  year: '1990',
  kind: 'C',
  finan: '13',
  energy: 'D',
  qpv: 'QP063001',
  ...over,
});

/** 12 dwellings: 4 in Thiers, 3 in Pierrefitte (93059, now Saint-Denis), 2 in Paris 1er, 1 without commune, 2 unknown. */
const DWELLINGS: Dwelling[] = [
  d('63430'),
  d('63430', { surface: '70' }),
  d('63430', { rooms: '7', surface: '101,25', year: '2010', kind: 'I', finan: '11', energy: '', qpv: '' }),
  d('63430', { rooms: 'x', year: '', finan: '99' }),
  d('93059', { qpv: '' }),
  d('93059', { qpv: '' }),
  d('93066', { rooms: '1', surface: '' }),
  d('75101'),
  d('75101', { kind: 'E' }),
  d(''),
  d('99999'),
  d('99999'),
];

function writeNational(dir: string): string {
  const file = join(dir, 'rpls-national-2025.csv');
  writeFileSync(file, `${[NATIONAL_HEADER.join(';'), ...DWELLINGS.map(dwellingLine)].join('\n')}\n`);
  return file;
}

async function split(input: string, out: string): Promise<SplitReport> {
  return splitNational({
    input,
    display: 'national.csv',
    millesime: 2025,
    outDir: out,
    siteUrl: 'https://{siren}.exemple.fr/',
  });
}

describe('découpe du fichier national (petit fichier écrit ici)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ils-national-'));
  const input = writeNational(dir);
  const out = join(dir, 'territoires');
  const report = await split(input, out);
  const errors = report.diagnostics.filter((x) => x.severity === 'error');

  test('aucune erreur, totaux équilibrés', () => {
    expect(errors).toEqual([]);
    expect(report.balanced).toBe(true);
  });

  test('chaque territoire qui touche un département du fichier a son dossier', () => {
    const sirens = report.territories.map((t) => t.siren);
    expect(sirens).toEqual(expect.arrayContaining([THIERS, PLAINE_COMMUNE, MGP]));
    expect(new Set(sirens).size).toBe(sirens.length);
  });

  test('lignes sans commune et codes inconnus comptés à part', () => {
    expect(report.partition.withoutCommune).toMatchObject({ rows: 1, dwellings: 1 });
    expect(report.partition.unknown.get('99999')?.dwellings).toBe(2);
    expect(report.partition.dwellings).toBe(9);
    expect(report.diagnostics.map((x) => x.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('1 lignes sans code commune')]),
    );
  });

  test('93059 compté avec 93066, avec un avertissement à sa première ligne', () => {
    const w = report.diagnostics.find((x) => x.message.includes('93059'));
    expect(w).toMatchObject({ severity: 'warning', line: 6, column: 8, file: 'national.csv' });
    expect(w?.message).toContain('93066');
    expect(w?.message).toContain('2 logements');
  });

  test('totaux par département : fichier = dossiers EPCI + communes hors EPCI', () => {
    expect(report.totals.EPCI).toEqual([
      { departement: '63', file: 4, written: 4, outside: 0 },
      { departement: '75', file: 2, written: 2, outside: 0 },
      { departement: '93', file: 3, written: 3, outside: 0 },
    ]);
    expect(report.totals.EPT.find((t) => t.departement === '93')).toEqual({
      departement: '93',
      file: 3,
      written: 3,
      outside: 0,
    });
  });

  test('le fichier compact de Thiers Dore et Montagne, ligne par ligne', () => {
    const text = readFileSync(join(out, THIERS, 'sources', 'rpls-2025.csv'), 'utf8');
    expect(text).toBe(
      [
        'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE;nb',
        // 'x' rooms: counted, in no size, without its surface; no year: period unknown.
        '63430;;;;C;50;D;QPV;1',
        '63430;3;130.5;1979;C;13;D;QPV;2',
        '63430;5;101.25;2008;I;11;;;1',
        '',
      ].join('\n'),
    );
  });

  test('Paris : les arrondissements comptés avec la commune 75056', () => {
    const text = readFileSync(join(out, MGP, 'sources', 'rpls-2025.csv'), 'utf8');
    expect(text).toContain('75056;3;60.5;1979;C;13;D;QPV;1');
    expect(text).toContain('75056;3;60.5;1979;E;13;D;QPV;1');
    expect(text).not.toContain('75101');
  });

  test('territory.yaml : site de départ, nom sans sigle, sources déclarées', () => {
    const yaml = parse(readFileSync(join(out, THIERS, 'territory.yaml'), 'utf8')) as Record<string, unknown>;
    expect(yaml).toMatchObject({
      name: 'Thiers Dore et Montagne',
      kind: 'EPCI',
      siren: THIERS,
      siteUrl: `https://${THIERS}.exemple.fr/`,
      starter: true,
      demo: false,
      publisher: { name: 'Communauté de communes Thiers Dore et Montagne' },
      sources: [{ kind: 'rpls', file: 'rpls-2025.csv', millesime: 2025 }],
    });
    const ept = parse(readFileSync(join(out, PLAINE_COMMUNE, 'territory.yaml'), 'utf8')) as Record<string, unknown>;
    expect(ept).toMatchObject({ name: 'Plaine Commune', kind: 'EPT' });
  });

  test('le lecteur RPLS du site lit le fichier compact comme le fichier national', async () => {
    const communes = ['63430'];
    const full = await readRpls(input, { display: 'national.csv', communes });
    const compact = await readRpls(join(out, THIERS, 'sources', 'rpls-2025.csv'), { display: 'compact.csv', communes });
    expect(compact.stock).toEqual(full.stock);
    expect(full.stock.get('63430')?.total).toBe(4);
  });

  test('avec 2 groupes en mémoire (les autres attendent dans des fichiers temporaires), les mêmes fichiers', async () => {
    const small = join(dir, 'petite-memoire');
    const again = await splitNational({
      input,
      display: 'national.csv',
      millesime: 2025,
      outDir: small,
      siteUrl: 'https://{siren}.exemple.fr/',
      memoryGroups: 2,
    });
    expect(again.balanced).toBe(true);
    expect(again.territories.map((t) => t.siren)).toEqual(report.territories.map((t) => t.siren));
    for (const t of report.territories)
      expect(readFileSync(join(small, t.siren, 'sources', 'rpls-2025.csv'), 'utf8'), t.siren).toBe(
        readFileSync(join(out, t.siren, 'sources', 'rpls-2025.csv'), 'utf8'),
      );
    expect(again.partition.communes).toEqual(report.partition.communes);
  });

  test('une deuxième découpe ne réécrit rien ; un territory.yaml modifié à la main est gardé', async () => {
    const file = join(out, THIERS, 'territory.yaml');
    const csv = join(out, THIERS, 'sources', 'rpls-2025.csv');
    const before = [statSync(file).mtimeMs, statSync(csv).mtimeMs];
    const again = await split(input, out);
    expect(again.territories.every((t) => t.rpls === 'unchanged' && t.yaml === 'unchanged')).toBe(true);
    expect([statSync(file).mtimeMs, statSync(csv).mtimeMs]).toEqual(before);
    writeFileSync(file, `${readFileSync(file, 'utf8')}# ajouté par l’intercommunalité\n`);
    const third = await split(input, out);
    expect(third.territories.find((t) => t.siren === THIERS)?.yaml).toBe('kept');
    expect(readFileSync(file, 'utf8')).toContain('# ajouté par l’intercommunalité');
  });

  test('un fichier sans colonne DEPCOM : erreur en français, rien d’écrit', async () => {
    const bad = join(dir, 'sans-depcom.csv');
    writeFileSync(bad, 'NBPIECE;SURFHAB\n3;60\n');
    const r = await splitNational({
      input: bad,
      display: 'sans-depcom.csv',
      millesime: 2025,
      outDir: join(dir, 'vide'),
      siteUrl: 'https://{siren}.exemple.fr/',
    });
    expect(r.territories).toEqual([]);
    expect(r.diagnostics.some((x) => x.severity === 'error' && x.file === 'sans-depcom.csv')).toBe(true);
  });
});

describe('valeurs inhabituelles : le fichier compact se relit dans les mêmes catégories', () => {
  test('tailles, années, types, financements, étiquettes et QPV écrits de toutes les façons', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-national-valeurs-'));
    const rooms = ['0', '1', '2', '5', '9', '10', 'x', '', ' 3', '3.0', '2,0', '-1'];
    const years = ['1978', '1979', '2007', '2008', '0999', '', '19x8', '1985.0', '2010,0', 'abcd', '12345'];
    const kinds = ['C', 'I', 'E', 'c', 'i', 'e', 'Collectif', 'Individuel', 'étudiant', 'X', ''];
    const finan = [
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '49',
      '50',
      '55',
      '56',
      '99',
      '05',
      '1',
      '',
      'ab',
      '13.0',
    ];
    const energy = ['A', 'G', 'H', 'a', 'g', '', 'Inconnu', 'AB'];
    const qpv = ['', '0', 'QP093001', 'hors qpv', 'Hors QPV', '1'];
    const lines = ['DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE'];
    let i = 0;
    for (const r of rooms)
      for (const y of years)
        for (const k of kinds) {
          lines.push(
            `63430;${r};${(i % 7) * 10};${y};${k};${finan[i % finan.length]};${energy[i % energy.length]};${qpv[i % qpv.length]}`,
          );
          i++;
        }
    for (const f of finan) for (const e of energy) for (const q of qpv) lines.push(`63430;3;50;1990;C;${f};${e};${q}`);
    const input = join(dir, 'valeurs.csv');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const compact = join(dir, 'compact.csv');
    const partition = await partitionRpls(input, { display: 'valeurs.csv' });
    writeFileSync(compact, compactCsv(partition, ['63430']));
    // With only 7 groups in memory, the others wait in temporary files: the same bytes in the end.
    const small = await partitionRpls(input, { display: 'valeurs.csv', memoryGroups: 7 });
    expect(compactCsv(small, ['63430'])).toBe(readFileSync(compact, 'utf8'));
    expect(small.communes).toEqual(partition.communes);
    partition.lines.close();
    small.lines.close();
    const communes = ['63430'];
    const a = await readRpls(input, { display: 'valeurs.csv', communes });
    const b = await readRpls(compact, { display: 'compact.csv', communes });
    expect(a.stock.get('63430')?.total).toBe(lines.length - 1);
    expect(b.stock).toEqual(a.stock);

    // A territory none of whose communes has a social home in the file: one line of 0 dwellings, read back
    // as a stock of 0 with no diagnostic (a header alone is refused by `check` as an incomplete file).
    const none = compactCsv(partition, ['63999', '63998']);
    expect(none).toBe(
      'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST_CODE;FINAN_CODE;DPEENERGIE;QPV_CODE;nb\n63998;1;;;;;;;0\n',
    );
    const zero = join(dir, 'zero.csv');
    writeFileSync(zero, none);
    const c = await readRpls(zero, { display: 'zero.csv', communes: ['63998', '63999'] });
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.stock.get('63998')?.total).toBe(0);
    expect(c.stock.get('63999')?.total ?? 0).toBe(0);
  });
});

describe('beaucoup de codes inconnus', () => {
  test('20 lignes d’avertissement, les codes aux plus de logements d’abord, puis une ligne pour les autres', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-national-inconnus-'));
    // Code 99k has k + 1 dwellings; its code starts at character 8 of the line (« 84;99;;99… ») (k from 0 to 24): 25 unknown codes, 325 dwellings.
    const rows: Dwelling[] = [];
    for (let k = 0; k < 25; k++) for (let j = 0; j <= k; j++) rows.push(d(`99${String(k).padStart(3, '0')}`));
    rows.push(d('63430'));
    const input = join(dir, 'inconnus.csv');
    writeFileSync(input, `${[NATIONAL_HEADER.join(';'), ...rows.map(dwellingLine)].join('\n')}\n`);
    const r = await split(input, join(dir, 'territoires'));
    const unknown = r.diagnostics.filter((x) => x.message.includes('inconnu'));
    expect(unknown).toHaveLength(21);
    expect(unknown[0]?.message).toBe('code commune « 99024 » inconnu : ses 25 logements ne sont dans aucun territoire');
    expect(unknown[19]?.message).toContain('« 99005 »');
    // The 5 others: 99000 to 99004, 1 + 2 + 3 + 4 + 5 dwellings; the first of them is on line 2.
    expect(unknown[20]).toMatchObject({
      message: 'et 5 autres codes commune inconnus (15 logements)',
      line: 2,
      column: 8,
    });
    expect(r.balanced).toBe(true);
  });
});

describe('résultats RPLS du SDES (--resultats) : découpés comme le fichier RPLS', () => {
  test('chaque territoire lit dans son fichier les mêmes chiffres que dans le classeur entier', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-national-resultats-'));
    const workbook = join(dir, 'resultats_rpls_2024.xlsx');
    await writeSdesWorkbook(
      workbook,
      [
        ['63430', 'Thiers', 1200, 9.5, 3.1, 1.2, 5.4, 10.2],
        ['63125', 'Courpière', 210, 's', 2.5, '', 5.1, 8.7],
        ['93066', 'Saint-Denis', 20000, 7.1, 2.2, 0.9, 6.9, 7.5],
        // Former Pierrefitte-sur-Seine: part of Saint-Denis since 2025.
        ['93059', 'Pierrefitte-sur-Seine', 3000, 8, 2, 1, 6.2, 8.1],
        ['75101', 'Paris 1er Arrondissement', 500, 5, 1.5, 0.5, 9.9, 5.2],
        ['75102', 'Paris 2e Arrondissement', 700, 6, 2.5, 1, 10.4, 6.1],
        ['99999', 'Total', 1, 1, 1, 1, 1, 1],
      ],
      2024,
    );
    const input = writeNational(dir);
    const out = join(dir, 'territoires');
    const r = await splitNational({
      input,
      display: 'national.csv',
      millesime: 2025,
      outDir: out,
      siteUrl: 'https://{siren}.exemple.fr/',
      results: { input: workbook, display: 'resultats_rpls_2024.xlsx', millesime: 2024 },
    });
    expect(r.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const yaml = parse(readFileSync(join(out, THIERS, 'territory.yaml'), 'utf8')) as { sources: unknown[] };
    expect(yaml.sources).toEqual([
      expect.objectContaining({
        kind: 'indicateurs',
        file: 'resultats-rpls-2024.csv',
        millesime: 2024,
        preset: 'sdes-communes',
      }),
      expect.objectContaining({ kind: 'rpls', file: 'rpls-2025.csv', millesime: 2025 }),
    ]);
    // Thiers and Courpière only, with the workbook's header.
    const thiers = readFileSync(join(out, THIERS, 'sources', 'resultats-rpls-2024.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(thiers[0]).toBe('DEPCOM_ARM;LIBCOM;DEP;nb_ls;tx_mob;tx_vac;tx_vac3;loymoy;tx_mob_2023');
    expect(thiers.slice(1).map((l) => l.split(';')[0])).toEqual(['63125', '63430']);
    // A territory with no row in the workbook (Paris Terres d'Envol, an EPT of the 93) gets no results file,
    // and declares none: a header alone would be refused by `check`.
    const envol = '200058097';
    expect(existsSync(join(out, envol, 'sources', 'resultats-rpls-2024.csv'))).toBe(false);
    expect(readFileSync(join(out, envol, 'territory.yaml'), 'utf8')).not.toContain('indicateurs');
    const mapping = PRESETS['sdes-communes'];
    for (const siren of [THIERS, PLAINE_COMMUNE, MGP]) {
      const communes = communesOf(siren).map((c) => c.code);
      const options = { communes, millesime: 2024, siren };
      const whole = await readCommuneIndicators(workbook, mapping, { ...options, display: 'classeur' });
      const part = await readCommuneIndicators(join(out, siren, 'sources', 'resultats-rpls-2024.csv'), mapping, {
        ...options,
        display: 'partie',
      });
      expect(part.communes, siren).toEqual(whole.communes);
      expect(part.communes.size, siren).toBeGreaterThan(0);
    }
  });
});
