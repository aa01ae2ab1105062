/**
 * The yearly report file: positioned French errors, the year in the file name, the demo files of both
 * territories valid; the report masks small typed counts like every published count and writes the
 * demand figures from the dataset's cells.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadYearlyReports, yearlyReportSchema } from '../../src/lib/report/index.ts';
import { yearlyReportLeaflet } from '../../src/lib/leaflets/index.ts';
import { prepareDataset } from '../../scripts/prepare.ts';
import { TERRITORIES } from '../helpers/paths.ts';

function territoryWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ils-rapport-'));
  mkdirSync(join(dir, 'rapports-annuels'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'rapports-annuels', name), text);
  return dir;
}

describe('fichier du rapport annuel', () => {
  test('un état d’action inconnu est signalé à sa ligne et sa colonne, en français', () => {
    const dir = territoryWith({
      '2024.yaml': 'year: 2024\nactions:\n  - axis: Accueil\n    title: Former les agents\n    status: fini\n',
    });
    const { reports, diagnostics } = loadYearlyReports(dir, (p) => p.slice(dir.length + 1));
    expect(reports).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      file: 'rapports-annuels/2024.yaml',
      line: 5,
      column: 13,
      severity: 'error',
    });
    expect(diagnostics[0]?.message).toContain('« actions › n°1 › status »');
    expect(diagnostics[0]?.message).toContain('fait, en-cours, en-retard, pas-commence');
  });

  test('un nombre écrit avec une espace est refusé avec sa position', () => {
    const dir = territoryWith({ '2024.yaml': 'year: 2024\nreceived:\n  level1: 1 200\n' });
    const { diagnostics } = loadYearlyReports(dir);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 11 });
    expect(diagnostics[0]?.message).toContain(
      '« received › level1 » : un nombre est attendu, mais « 1 200 » est un texte',
    );
  });

  test('l’année doit être celle du nom du fichier, et le nom une année', () => {
    const dir = territoryWith({ '2024.yaml': 'year: 2023\n', 'bilan.yaml': 'year: 2024\n' });
    const { diagnostics } = loadYearlyReports(dir);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'l’année 2023 ne correspond pas au nom du fichier « 2024.yaml »',
      'fichier inattendu dans rapports-annuels/ : « bilan.yaml »',
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 7 });
  });

  test.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
    '%s : le fichier de démonstration est valide et marqué comme tel',
    (slug) => {
      const { reports, diagnostics } = loadYearlyReports(join(TERRITORIES, slug));
      expect(diagnostics).toEqual([]);
      expect(reports.map((r) => r.report.year)).toEqual([2023]);
      expect(reports[0]?.report.demo).toBe(true);
    },
  );
});

describe('contenu du rapport', () => {
  test('les petits nombres saisis sont cachés, les chiffres des demandes viennent du jeu de données', async () => {
    const { dataset } = await prepareDataset('thiers-dore-montagne');
    expect(dataset).toBeDefined();
    const report = yearlyReportSchema.parse({
      year: 2023,
      received: { level1: 120, level2: 40, level3: 3 },
      registered: 2,
      actions: [{ axis: 'Accueil', title: 'Former les agents', status: 'en-retard', planned: '2023' }],
    });
    const model = yearlyReportLeaflet(dataset!, report);
    const table = model.sections.find((s) => s.id === 'accueil')?.blocks.find((b) => b.kind === 'table');
    // Desks counted as on the home page, /demander/ and the guide: those of the territory (desks.yaml of
    // Thiers Dore et Montagne: the Service Logement and Ophis for levels 1 and 2, the 115 for level 3;
    // Auvergne Habitat at Aulnat and Action Logement are outside the territory).
    expect(table).toMatchObject({
      rows: [
        { header: 'Information', cells: ['2', '120'] },
        { header: 'Enregistrement des demandes', cells: ['2', '40'] },
        { header: 'Accompagnement social', cells: ['1', 'moins de 5'] },
      ],
    });
    const figures = model.sections.find((s) => s.id === 'accueil')?.blocks.find((b) => b.kind === 'figures');
    expect(figures).toMatchObject({ items: [{ value: 'moins de 5' }] });
    const demand = model.sections.find((s) => s.id === 'demandes');
    const pending = dataset!.demand['2023']!.territory.total.pending;
    expect(typeof pending).toBe('number');
    expect(JSON.stringify(demand)).toContain(
      `Fin 2023, ${new Intl.NumberFormat('fr-FR').format(pending as number)} demandes attendent un logement.`,
    );
    // 2023, territory: attributions of T1, T2 and T5+ « non publié » (secondary secrecy, at least 5 each):
    // the note says both rules, not only « plus petit que 5 ».
    const note = demand?.blocks.filter((b) => b.kind === 'paragraph').at(-1);
    expect(note).toEqual({
      kind: 'paragraph',
      text: 'Quand un nombre est plus petit que 5, nous ne l’écrivons pas. Cela protège les personnes. D’autres nombres sont cachés pour protéger ceux-là, même s’ils sont plus grands que 5. Nous écrivons « non publié ».',
    });
    const plan = JSON.stringify(model.sections.find((s) => s.id === 'plan'));
    expect(plan).toContain('1 action en retard.');
    expect(plan).toContain('En retard. Prévu : 2023.');
    expect(model.documentDate.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  }, 120_000);

  test('sans fichier des demandes pour l’année, le rapport le dit au lieu d’inventer un chiffre', async () => {
    const { dataset } = await prepareDataset('thiers-dore-montagne');
    const model = yearlyReportLeaflet(dataset!, yearlyReportSchema.parse({ year: 2030 }));
    expect(JSON.stringify(model.sections.find((s) => s.id === 'demandes'))).toContain(
      'Le fichier des demandes de 2030 n’est pas encore sur le site.',
    );
  }, 120_000);
});
