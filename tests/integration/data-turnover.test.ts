/**
 * Mobility, vacancy and rent from the SDES: the commune sheet of the « résultats RPLS » workbook, and the
 * real indicators by EPCI (../shared/data), which must show on the built site in FALC.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { runScript } from '../helpers/run-cli.ts';
import { writeSdesWorkbook, type SdesRow } from '../helpers/sdes-workbook.ts';

const base = resolve('tests/fixtures/data/territories/petit-territoire');
const work = mkdtempSync(join(tmpdir(), 'data-turnover-'));
let prepareDataset: typeof import('../../scripts/prepare.ts').prepareDataset;
beforeAll(async () => {
  process.env.ILS_CACHE_DIR = join(work, 'cache');
  ({ prepareDataset } = await import('../../scripts/prepare.ts'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function withSource(name: string, entry: string, from = base): string {
  const territories = join(work, name);
  const dir = join(territories, from === base ? 'petit-territoire' : 'thiers-dore-montagne');
  cpSync(from, dir, { recursive: true });
  // The entry is added to the `sources` list of the document, wherever that list is in the file.
  const file = join(dir, 'territory.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const added = parse(`sources:\n${entry}`) as { sources: unknown[] };
  for (const source of added.sources) doc.addIn(['sources'], doc.createNode(source));
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return territories;
}

describe('résultats RPLS du SDES, feuille COMMUNES', () => {
  it('lit mobilité, vacance et loyer par commune, l’historique, et garde caché ce que le SDES cache', async () => {
    const territories = withSource(
      'sdes',
      '  - kind: indicateurs\n    file: resultats-rpls-2024.xlsx\n    millesime: 2024\n    preset: sdes-communes\n',
    );
    const rows: SdesRow[] = [
      ['63430', 'Thiers', 1200, 9.4, 3.1, 1.2, 6.02, 8.8],
      ['63125', 'Courpière', 150, 's', 's', 's', 5.5, 's'],
      ['63113', 'Clermont-Ferrand', 20000, 10, 2, 1, 6.5, 9],
    ];
    await writeSdesWorkbook(join(territories, 'petit-territoire', 'sources', 'resultats-rpls-2024.xlsx'), rows, 2024);
    const prepared = await prepareDataset('petit-territoire', territories);
    expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const t = prepared.dataset!.turnover!['2024']!;
    expect(prepared.dataset!.millesimes.turnover).toEqual([2024]);
    expect(t.communes['63430']).toEqual({
      mobilityRate: 9.4,
      vacancyRate: 3.1,
      longVacancyRate: 1.2,
      rentPerM2: 6.02,
      history: [{ year: 2023, mobilityRate: 8.8, vacancyRate: null, longVacancyRate: null, rentPerM2: null }],
    });
    expect(t.communes['63125']).toMatchObject({ mobilityRate: { masked: 'source' }, rentPerM2: 5.5 });
    expect(t.communes['63113']).toBeUndefined();
    // Not every commune is in the file: no territory average is invented.
    expect(t.territory).toBeNull();
  });
});

// CI clones the repository beside shared/; SHARED_DATA points elsewhere for a local run.
const real = resolve(process.env.SHARED_DATA ?? '../shared/data', 'rpls/indicateurs_rpls_2019_territoires.csv');
if (!existsSync(real)) console.warn(`Test des indicateurs RPLS réels ignoré : ${real} est absent.`);
describe.skipIf(!existsSync(real))('indicateurs RPLS réels par EPCI (../shared/data)', () => {
  it('Thiers Dore et Montagne : la mobilité, la vacance et le loyer 2019 du SDES sont sur le site', () => {
    const territories = withSource(
      'reel',
      '  - kind: indicateurs\n    file: indicateurs-2019.csv\n    millesime: 2019\n    preset: sdes-indicateurs-territoires\n    origin: SDES, indicateurs RPLS 2019 par EPCI\n',
      resolve('data/territories/thiers-dore-montagne'),
    );
    copyFileSync(real, join(territories, 'thiers-dore-montagne', 'sources', 'indicateurs-2019.csv'));
    const out = join(work, 'site');
    const r = runScript('build', ['--out', out], {
      TERRITORY: 'thiers-dore-montagne',
      TERRITORIES_DIR: territories,
      ILS_CACHE_DIR: join(work, 'cache-build'),
    });
    expect(r.stderr).not.toMatch(/erreur :/);
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, 'logements', 'index.html'), 'utf8').replace(/\s+/g, ' ');
    // SDES 2019 for 200070712: mobility 11.7 %, vacancy 2.97 %, rent 4.62 € per m² (2018: mobility 10.1 %).
    expect(html).toContain('Chaque année, environ 12 logements sur 100 changent de locataire.');
    expect(html).toContain('Environ 3 logements sur 100 sont vides.');
    expect(html).toContain('Le loyer moyen est d’environ 4,62 € par m² et par mois.');
    expect(html).toContain('Par exemple, un T3 de 65 m² : environ 300 € par mois, sans les charges.');
    expect(html).toMatch(/<th scope="row">2018<\/th>\s*<td class="num">10,1 sur 100<\/td>/);
    expect(html).toContain(
      'Source : résultats RPLS 2019 du SDES : mobilité, vacance et loyers. SDES, indicateurs RPLS 2019 par EPCI.',
    );
    const csv = readFileSync(join(out, 'donnees', 'indicateurs.csv'), 'utf8');
    expect(csv).toContain(
      '\uFEFFmillesime;annee;code_commune;commune;taux_mobilite;taux_mobilite_statut;taux_vacance;taux_vacance_statut;taux_vacance_3_mois;taux_vacance_3_mois_statut;loyer_m2;loyer_m2_statut\r\n',
    );
    // A rate the file does not give is empty, and its status says so: never a word in a number column.
    expect(csv).toContain('2019;2019;territoire;Thiers Dore et Montagne;11,7;;3;;;absent;4,62;\r\n');
    expect(csv).toContain('2019;2018;territoire;Thiers Dore et Montagne;10,1;;2,9;;;absent;4,55;\r\n');
    const json = JSON.parse(readFileSync(join(out, 'donnees', 'donnees.json'), 'utf8'));
    expect(json.indicateurs).toContainEqual({
      millesime: 2019,
      annee: 2019,
      code_commune: 'territoire',
      commune: 'Thiers Dore et Montagne',
      taux_mobilite: 11.7,
      taux_mobilite_statut: null,
      taux_vacance: 3,
      taux_vacance_statut: null,
      taux_vacance_3_mois: null,
      taux_vacance_3_mois_statut: 'absent',
      loyer_m2: 4.62,
      loyer_m2_statut: null,
    });
    const schema = JSON.parse(readFileSync(join(out, 'donnees', 'indicateurs.schema.json'), 'utf8'));
    expect(schema.fields.map((f: { name: string }) => f.name)).toEqual(csv.slice(1).split('\r\n')[0]!.split(';'));
    const demand = JSON.parse(readFileSync(join(out, 'donnees', 'tableau-demandes.schema.json'), 'utf8'));
    expect(demand.primaryKey).toEqual(['millesime', 'code_commune', 'typologie']);
    for (const name of ['logements', 'demandes']) {
      const s = JSON.parse(readFileSync(join(out, 'donnees', `${name}.schema.json`), 'utf8'));
      const header = readFileSync(join(out, 'donnees', `${name}.csv`), 'utf8')
        .slice(1)
        .split('\r\n')[0]!
        .split(';');
      expect(s.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
  });
});
