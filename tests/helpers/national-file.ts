/**
 * National-shape RPLS files for the tests of `npm run national`: one row per dwelling, with the real DiDo
 * column names (reference/data-formats.md §a.3), made by test code only (never with src/lib).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** Real public data beside the checkout (../shared/data), absent on some machines. */
export const SHARED_DATA = join(ROOT, '..', 'shared', 'data');

/** The real aggregated RPLS 2019 extract of the 24, 63 and 93 (one row = n identical dwellings). */
export const AGGREGATED_EXTRACT = join(SHARED_DATA, 'rpls', 'rpls2019_agrege_commune_dep24_63_93.csv');

export const NATIONAL_HEADER = [
  'REG_CODE',
  'DEP_CODE',
  'EPCI_CODE',
  'DEPCOM',
  'LIBCOM',
  'NUMVOIE',
  'NOMVOIE',
  'QPV_CODE',
  'QPV_LIBELLE',
  'TYPECONST_CODE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'FINAN_CODE',
  'DPEENERGIE',
  'DPESERRE',
];

/** A row of the national file with the given values by column name (the others empty, the commune name quoted). */
export function nationalRow(v: Partial<Record<(typeof NATIONAL_HEADER)[number], string>>): string {
  return NATIONAL_HEADER.map((name) => v[name] ?? (name === 'LIBCOM' ? '"Commune"' : '')).join(';');
}

/** Financing codes used in turn (data-formats.md §a.5), unknown ones included. */
const FINAN = ['10', '11', '12', '13', '14', '16', '17', '49', '51', '52', '55', '99'];

/** One dwelling of the national file, as its columns. */
export interface Dwelling {
  depcom: string;
  rooms: string;
  surface: string;
  year: string;
  kind: string;
  finan: string;
  energy: string;
  qpv: string;
}

/** The line of one dwelling (quoted texts, as DiDo writes them). */
export function dwellingLine(d: Dwelling, i: number): string {
  const dep = d.depcom.slice(0, 2);
  return [
    '84',
    dep,
    '',
    d.depcom,
    `"Commune ${d.depcom}"`,
    String(i % 90),
    '"rue de l\'Essai"',
    d.qpv,
    d.qpv ? '"Quartier"' : '',
    d.kind,
    d.rooms,
    d.surface,
    d.year,
    d.finan,
    d.energy,
    '',
  ].join(';');
}

/** Totals the tests expect, counted while the file is written. */
export interface WrittenTotals {
  /** Dwellings by the département of the code written (93059 counts in 93). */
  byDepartement: Map<string, number>;
  byCommune: Map<string, number>;
  withoutCommune: number;
  rows: number;
}

/**
 * Expands the aggregated extract into one line per dwelling (surfaces, financing and years varied by the
 * line number), plus `extraWithoutCommune` dwellings with an empty DEPCOM. Undefined when the extract is absent.
 */
export function nationalFromExtract(out: string, extraWithoutCommune = 3): WrittenTotals | undefined {
  if (!existsSync(AGGREGATED_EXTRACT)) return undefined;
  const lines = readFileSync(AGGREGATED_EXTRACT, 'utf8').trim().split('\n');
  const header = lines[0]!.split(';');
  const col = (name: string) => header.indexOf(name);
  const body: string[] = [NATIONAL_HEADER.join(';')];
  const totals: WrittenTotals = { byDepartement: new Map(), byCommune: new Map(), withoutCommune: 0, rows: 0 };
  let i = 0;
  for (const line of lines.slice(1)) {
    const f = line.split(';');
    const n = Number(f[col('n')]);
    const depcom = f[col('DEPCOM')]!;
    const rooms = f[col('nbpiece')] === '5 et plus' ? '5' : f[col('nbpiece')]!;
    const energy = f[col('dpeenergie')] === 'Inconnu' ? '' : f[col('dpeenergie')]!;
    const kind = f[col('typeconst')] === 'Logements collectifs' ? 'C' : 'I';
    const qpv = f[col('qpv')] === 'En QPV' ? `QP0${depcom.slice(0, 2)}001` : '';
    const year = f[col('construct')]!.replace(/\.0$/, '');
    for (let k = 0; k < n; k++, i++) {
      const roomsHere = rooms === '5' && i % 3 === 0 ? '6' : rooms;
      // Surfaces with one decimal, some with a decimal comma, some missing.
      const tenths = 150 + Number(roomsHere) * 140 + (i % 37) * 3;
      const surface = i % 101 === 0 ? '' : `${Math.floor(tenths / 10)}${i % 5 === 0 ? ',' : '.'}${tenths % 10}`;
      body.push(
        dwellingLine(
          { depcom, rooms: roomsHere, surface, year, kind, finan: FINAN[i % FINAN.length]!, energy, qpv },
          i,
        ),
      );
      totals.rows++;
    }
    const dep = depcom.slice(0, 2);
    totals.byDepartement.set(dep, (totals.byDepartement.get(dep) ?? 0) + n);
    totals.byCommune.set(depcom, (totals.byCommune.get(depcom) ?? 0) + n);
  }
  for (let k = 0; k < extraWithoutCommune; k++, i++) {
    body.push(
      dwellingLine(
        { depcom: '', rooms: '3', surface: '60', year: '1990', kind: 'C', finan: '13', energy: 'C', qpv: '' },
        i,
      ),
    );
    totals.withoutCommune++;
    totals.rows++;
  }
  writeFileSync(out, `\uFEFF${body.join('\n')}\n`);
  return totals;
}
