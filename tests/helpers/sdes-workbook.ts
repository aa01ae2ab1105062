/**
 * A small SDES « résultats RPLS » workbook in the published layout: sheets INFORMATIONS, EPCI, COMMUNES;
 * titles on rows 1–4, row 5 empty, technical names on row 6, data from row 7, `_YYYY` history columns.
 */
import ExcelJS from 'exceljs';

/** One commune row: code, name, dwellings, mobility, vacancy, vacancy > 3 months, rent, mobility a year before. */
export type SdesRow = [
  string,
  string,
  number | string,
  number | string,
  number | string,
  number | string,
  number | string,
  number | string,
];

/** Writes the workbook to `path`. */
export async function writeSdesWorkbook(
  path: string,
  rows: SdesRow[],
  year: number,
  sheet = 'COMMUNES',
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('INFORMATIONS').addRow(['Résultats RPLS']);
  wb.addWorksheet('EPCI').addRow(['EPCI']);
  const s = wb.addWorksheet(sheet);
  s.addRow([`Le parc locatif social au 1er janvier ${year}`]);
  s.addRow(['Source : SDES, RPLS']);
  s.addRow(['Commune', '', '', 'Parc', 'Mobilité', 'Vacance']);
  s.addRow(['', '', '', 'Nombre', 'Taux', 'Taux']);
  s.addRow([]);
  s.addRow(['DEPCOM_ARM', 'LIBCOM', 'DEP', 'nb_ls', 'tx_mob', 'tx_vac', 'tx_vac3', 'loymoy', `tx_mob_${year - 1}`]);
  for (const [code, name, n, mob, vac, vac3, rent, before] of rows)
    s.addRow([code, name, code.slice(0, 2), n, mob, vac, vac3, rent, before]);
  await wb.xlsx.writeFile(path);
}
