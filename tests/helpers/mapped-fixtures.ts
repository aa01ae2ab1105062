/**
 * Writes the project's demand fixture (petit-territoire, 2022) again in other layouts: the DRIHL socle
 * (XLSX, sheet Ensemble, header on row 3, level column), a CSV naming communes without codes, and a CSV
 * with one column per typology. Each comes with the `sources` entry that declares it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

/** The canonical rows of 2022: [code, name, typology, demandes, mutations, attributions, mutations, délai]. */
export function canonicalRows(): string[][] {
  const csv = resolve('tests/fixtures/data/territories/petit-territoire/sources/demandes-2022.csv');
  return readFileSync(csv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';'))
    .filter((r) => r[0] === '2022')
    .map((r) => r.slice(1));
}

const num = (v: string, hidden: string) =>
  v === 's' ? hidden : /^\d+(,\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v;

/** A sheet of the DRIHL layout: a title row and a row of group titles, then the column titles on row 3. */
function drihlSheet(wb: ExcelJS.Workbook, name: string, titles: string[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.addRow(['Socle de données demandes et attributions 2022']);
  sheet.addRow(['Territoire', '', '', 'Demandes', '', 'Attributions']);
  sheet.addRow(titles);
  return sheet;
}

/** DRIHL layout: returns the YAML of its source entry. */
export async function writeDrihl(dir: string, file = 'socle-2022.xlsx', sheetName = 'Ensemble'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = drihlSheet(wb, sheetName, [
    'Niveau géographique',
    'Code',
    'Nom',
    'Typologie',
    'Nombre total de demandes ciblant le territoire au 31/12/2022',
    'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2022',
    'Demandes de mutation',
    'Nombre d’attributions en 2022',
    'Attributions en mutation',
    'Délai médian d’attribution (en mois)',
    'Délai moyen',
  ]);
  sheet.addRow(['Département', '63', 'Puy-de-Dôme', 'T1', 5000, 3000, 1000, 900, 200, 10, 9]);
  sheet.addRow(['Commune', '63113', 'Clermont-Ferrand', 'T1', 900, 500, 100, 90, 20, 10, 9]);
  // The total column counts a demand once per commune it targets: never read (three times the choice 1).
  for (const [code, name, t, d, dm, a, am, delay] of canonicalRows()) {
    sheet.addRow([
      'Commune',
      code,
      name,
      t,
      /^\d+$/.test(d!) ? 3 * Number(d) : '-',
      num(d!, '-'),
      num(dm!, '-'),
      num(a!, '-'),
      num(am!, '-'),
      '-',
      delay === '' ? '' : num(delay!, '-'),
    ]);
  }
  await wb.xlsx.writeFile(join(dir, file));
  return `  - kind: demande
    file: ${file}
    millesime: 2022
    preset: drihl-socle
    mapping:
      typology: { column: Typologie }
      fields:
        demandes_mutation: Demandes de mutation
        attributions_mutation: Attributions en mutation
        delai_moyen_mois: Délai moyen
`;
}

/** Communes by name only, written as people type them. */
export function writeByName(
  dir: string,
  file = 'demandes-noms.csv',
  rename: Record<string, string> = { Thiers: 'THIERS', Courpière: 'courpiere' },
): string {
  const lines = ['Commune;Taille;Demandes;Dont mutations;Attributions;Dont attributions en mutation;Délai'];
  for (const [, name, t, d, dm, a, am, delay] of canonicalRows())
    lines.push([rename[name!] ?? name, t, d, dm, a, am, delay].join(';'));
  writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
  return `  - kind: demande
    file: ${file}
    millesime: 2022
    mapping:
      commune: { name: Commune }
      typology: { column: Taille }
      hidden: [s]
      fields:
        demandes: Demandes
        demandes_mutation: Dont mutations
        attributions: Attributions
        attributions_mutation: Dont attributions en mutation
        delai_moyen_mois: Délai
`;
}

/** One column per typology and measure. */
export function writeTypologyColumns(dir: string, file = 'demandes-colonnes.csv'): string {
  const types = ['T1', 'T2', 'T3', 'T4', 'T5+'];
  const measures = ['Demandes', 'Mutations', 'Attributions', 'Attributions mutation', 'Délai'];
  const header = [
    'Code',
    'Nom',
    ...measures.flatMap((m) => types.map((t) => `${m} ${t.replace('T5+', 'T5 et plus')}`)),
  ];
  const byCommune = new Map<string, string[][]>();
  for (const r of canonicalRows()) byCommune.set(r[0]!, [...(byCommune.get(r[0]!) ?? []), r]);
  const lines = [header.join(';')];
  for (const [code, rows] of byCommune) {
    const cell = (t: string, i: number) => rows.find((r) => r[2] === t)![i]!;
    lines.push([code, rows[0]![1], ...measures.flatMap((_, m) => types.map((t) => cell(t, 3 + m)))].join(';'));
  }
  writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
  return `  - kind: demande
    file: ${file}
    millesime: 2022
    mapping:
      commune: { code: Code }
      typology: { columns: { T1: T1, T2: T2, T3: T3, T4: T4, T5+: T5 et plus } }
      fields:
        demandes: Demandes {t}
        demandes_mutation: Mutations {t}
        attributions: Attributions {t}
        attributions_mutation: Attributions mutation {t}
        delai_moyen_mois: Délai {t}
`;
}

/** territory.yaml with its demand entry replaced by `entry`. */
export function replaceDemandEntry(yaml: string, entry: string): string {
  return yaml.replace(
    /  - kind: demande\n    file: demandes-2022\.csv\n    millesime: 2022\n    origin: Fichier de test\n/,
    entry,
  );
}

/**
 * DRIHL layout as its preset expects it with nothing added: one row per commune, no sizes, no transfers.
 * Choice-1 demands and attributions are summed from the canonical rows; a commune with a hidden part gets
 * « - ». The total column holds other figures (it must not be read), the median delay is 7,5 months.
 * Returns the entry.
 */
export async function writeDrihlTotals(dir: string, file = 'socle-totaux-2022.xlsx'): Promise<string> {
  const totals = new Map<string, { name: string; pending: number | '-'; attributions: number | '-' }>();
  const add = (a: number | '-', v: string): number | '-' => (a === '-' || !/^\d+$/.test(v) ? '-' : a + Number(v));
  for (const [code, name, , d, , a] of canonicalRows()) {
    const t = totals.get(code!) ?? { name: name!, pending: 0, attributions: 0 };
    totals.set(code!, { name: name!, pending: add(t.pending, d!), attributions: add(t.attributions, a!) });
  }
  const wb = new ExcelJS.Workbook();
  const sheet = drihlSheet(wb, 'Ensemble', [
    'Niveau géographique',
    'Code',
    'Nom',
    'Nombre total de demandes ciblant le territoire au 31/12/2022',
    'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2022',
    'Nombre d’attributions en 2022',
    'Délai médian d’attribution (en mois)',
  ]);
  sheet.addRow(['Département', '63', 'Puy-de-Dôme', 5000, 3000, 900, 10]);
  for (const [code, t] of totals)
    sheet.addRow(['Commune', code, t.name, t.pending === '-' ? 40 : t.pending * 3, t.pending, t.attributions, 7.5]);
  await wb.xlsx.writeFile(join(dir, file));
  return `  - kind: demande
    file: ${file}
    millesime: 2022
    preset: drihl-socle
`;
}
