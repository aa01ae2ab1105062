/**
 * A small DRIHL « socle de données demandes et attributions » workbook in the layout of the 2024 and 2025
 * files, as public code that reuses them reads it: sheet `Ensemble`, a title row, a row of group titles,
 * the column titles on row 3 (those of the counts carry the year), one row per level (Région, Département,
 * EPCI, EPT, Commune), « - » for a figure below 10, the share of old demands as a share of 1, the Paris
 * commune row 75056 with only the demands that name no arrondissement. Figures are made up.
 */
import ExcelJS from 'exceljs';

/**
 * One row: level, code, name, then the figures in the order of `drihlTitles` after the name: code of the
 * département, total demands (all choices), demands in choice 1, attributions, demands per attribution
 * (all sizes, T1, T3), median delay in months, share filed 5 years ago or more.
 */
export type DrihlRow = [string, string, string, ...(number | string)[]];

/** The column titles of row 3 for a vintage. */
export function drihlTitles(year: number): string[] {
  return [
    'Niveau géographique',
    'Code',
    'Nom',
    'Code dep',
    `Nombre total de demandes ciblant le territoire au 31/12/${year}`,
    `Nombre de demandes ciblant le territoire en choix 1 au 31/12/${year}`,
    `Nombre d’attributions en ${year}`,
    'Nombre de demandes pour une attribution',
    'Nombre de demandes pour une attribution - T1',
    'Nombre de demandes pour une attribution - T3',
    'Délai médian d’attribution (en mois)',
    'Part des ménages ayant déposé leur demande il y a au moins 5 ans',
  ];
}

/** Rows of every level: two départements, Paris (commune row, two arrondissements), a few 93 communes. */
export function drihlRows(): DrihlRow[] {
  return [
    ['Région', '11', 'Île-de-France', '', 1_650_000, 815_000, 61_000, 13.4, 20.1, 12.2, 34.5, 0.281],
    ['Département', '75', 'Paris', '75', 520_000, 265_400, 10_240, 25.9, 38.5, 22.1, 59.2, 0.347],
    ['Département', '93', 'Seine-Saint-Denis', '93', 310_000, 128_500, 8_950, 14.4, 19.7, 13.0, 36.8, 0.262],
    ['EPCI', '200054781', 'Métropole du Grand Paris', '', 1_200_000, 600_000, 38_000, 15.8, 24.0, 14.1, 41.0, 0.301],
    ['EPT', '200058790', 'Grand Paris Grand Est', '93', 75_000, 30_100, 2_110, 14.3, 18.4, 12.9, 35.0, 0.255],
    // Paris: the commune row holds only the demands that name no arrondissement, and no attribution.
    ['Commune', '75056', 'Paris', '75', 61_000, 2_300, '-', '-', '-', '-', '-', 0.41],
    ['Commune', '75101', 'Paris 1er Arrondissement', '75', 21_000, 640, 35, 18.3, '-', 15.0, 52.0, 0.3],
    ['Commune', '75120', 'Paris 20e Arrondissement', '75', 90_000, 21_800, 990, 22.0, 31.2, 20.4, 57.5, 0.352],
    ['Commune', '93051', 'Noisy-le-Grand', '93', 9_000, 4_210, 312, 13.5, 21.2, 11.8, 38.4, 0.236],
    ['Commune', '93015', 'Coubron', '93', 130, 45, '-', '-', '-', '-', '-', 0.31],
    ['Commune', '93032', 'Gagny', '93', 6_400, 1_875, 96, 19.5, '-', 16, 41, 0.29],
    // Outside the territory of the tests: left aside.
    ['Commune', '93066', 'Saint-Denis', '93', 20_000, 9_800, 640, 15.3, 22.0, 14.0, 33.0, 0.24],
  ];
}

/** Writes the workbook to `path`; `titles` replaces the titles of row 3 (tests of a changed layout). */
export async function writeDrihlWorkbook(
  path: string,
  year: number,
  rows: DrihlRow[] = drihlRows(),
  titles: string[] = drihlTitles(year),
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notice').addRow(['Socle de données demandes et attributions : notice']);
  const s = wb.addWorksheet('Ensemble');
  s.addRow([`Socle de données demandes et attributions de logements sociaux en Île-de-France, ${year}`]);
  s.addRow(['Territoire', '', '', '', 'Demandes', '', 'Attributions', 'Tension', '', '', 'Délai', 'Ancienneté']);
  s.addRow(titles);
  for (const r of rows) {
    const row = s.addRow(r);
    // The share is a number shown as a percentage, as in the published file.
    row.getCell(titles.length).numFmt = '0.0%';
  }
  await wb.xlsx.writeFile(path);
}
