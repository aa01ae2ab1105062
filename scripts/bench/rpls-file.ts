/**
 * Writes a national-like DiDo RPLS file for the benchmark: the 70 columns of the 2025 vintage named in
 * reference/data-formats.md §a.3 (geography, address, QPV, dwelling, financing, DPE, SRU, segment,
 * accessibility, geocoding, zonings, quality, INSEE zonings), quoted strings, numbers bare, about 520
 * bytes a row. Dwellings come by programme, as in the real file: a building of 1 to 40 dwellings shares
 * its commune, address, year, kind, financing, energy label and QPV; rooms and surface vary from one
 * dwelling to the next. Programmes are spread over every commune of France in no order. Streamed to disk.
 */
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { seeded } from '../demo/random.ts';

const require = createRequire(import.meta.url);

export const HEADER = [
  // geography
  'REG_CODE',
  'REG_LIBELLE',
  'DEP_CODE',
  'DEP_LIBELLE',
  'EPCI_CODE',
  'EPCI_LIBELLE',
  'DEPCOM',
  'CODEPOSTAL',
  'LIBCOM',
  // address
  'NUMVOIE',
  'INDREP',
  'TYPVOIE',
  'NOMVOIE',
  'ETAGE',
  'COMPLGEO',
  'LIEUDIT',
  // QPV
  'QPV_CODE',
  'QPV_LIBELLE',
  // dwelling
  'DROIT_CODE',
  'DROIT_LIBELLE',
  'TYPECONST_CODE',
  'TYPECONST_LIBELLE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'LOCAT',
  'PATRIMOINE',
  'ORIGINE',
  // financing
  'FINAN_CODE',
  'FINAN_LIBELLE',
  'FINANAUTRE',
  'CONV',
  'NUMCONV',
  'DATCONV',
  'NEWLOGT_CODE',
  'NEWLOGT_LIBELLE',
  'CUS',
  // DPE
  'DPEDATE',
  'DPEENERGIE',
  'DPESERRE',
  // SRU
  'SRU_EXPIR',
  'SRU_ALINEA',
  // segment
  'CODSEGPATRIM',
  'LIBSEGPATRIM',
  // accessibility
  'PMR_CODE',
  'PMR_LIBELLE',
  // geocoding
  'PLG_VOIE',
  'EPSG',
  'X',
  'Y',
  // zonings
  'PLG_QP24',
  'PLG_QP15',
  'PLG_IRIS2024_CODE',
  'PLG_IRIS2024_LIBELLE',
  'PLG_ZUS',
  'PLG_QVA',
  // quality
  'QUALITE_VOIE',
  'QUALITE_NUMERO',
  'QUALITE_XY',
  'DISTANCE_PRECISION',
  'QUALITE_QP24',
  'QUALITE_QP15',
  'QUALITE_IRIS',
  'QUALITE_ZUS',
  'QUALITE_QVA',
  // INSEE zonings
  'COMAQP',
  'COMAZUS',
  'UU2020',
  'AAV2020',
  'ZE2020',
];

const FINANCING: readonly [string, string][] = [
  ['10', 'PLA d’intégration'],
  ['13', 'PLUS'],
  ['14', 'PLS/PPLS/PCLS/PLA CFF'],
  ['52', 'HLM/O'],
  ['12', 'PLA ordinaire'],
];
const STREETS = ['RUE', 'AV', 'BD', 'PL', 'CHE', 'ALL', 'IMP'];
const NAMES = ['DES ÉCOLES', 'JEAN JAURÈS', 'DE LA RÉPUBLIQUE', 'VICTOR HUGO', 'DU GÉNÉRAL DE GAULLE', 'DES LILAS'];

/**
 * Writes `rows` rows to `path`; returns the size in bytes. With `only`, every row is in one of these
 * communes (a large territory's own file); otherwise rows are spread over every commune of France.
 */
export async function writeNationalRpls(path: string, rows: number, only?: readonly string[]): Promise<number> {
  const communes = (
    require('@etalab/decoupage-administratif/data/communes.json') as {
      code: string;
      nom: string;
      type: string;
      departement?: string;
      region?: string;
      codesPostaux?: string[];
    }[]
  ).filter((c) => c.type === 'commune-actuelle' && (!only || only.includes(c.code)));
  const random = seeded(2025);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (text: string) =>
    new Promise<void>((ok) => {
      bytes += Buffer.byteLength(text);
      if (out.write(text)) ok();
      else out.once('drain', () => ok());
    });
  await write(`\ufeff${HEADER.join(';')}\n`);
  let chunk = '';
  let written = 0;
  let programme = 0;
  while (written < rows) {
    // One building: what its dwellings share.
    programme++;
    const size = Math.min(rows - written, 1 + Math.floor(random() * random() * 40));
    const c = pick(communes);
    const [finan, finanLabel] = pick(FINANCING);
    const individual = random() < 0.15;
    const year = 1950 + Math.floor(random() * 74);
    const energy = 'ABCDEFG'[Math.floor(random() * 7)]!;
    const qpv =
      random() < 0.1 ? `QN0${(c.departement ?? '00').slice(0, 2)}0${String(programme % 100).padStart(2, '0')}M` : '';
    const street = `"${1 + (programme % 150)}";"";"${pick(STREETS)}";"${pick(NAMES)}"`;
    const x = (600000 + random() * 400000).toFixed(1);
    const y = (6200000 + random() * 800000).toFixed(1);
    const iris = `${c.code}0000`;
    for (let d = 0; d < size; d++) {
      const rooms = 1 + Math.floor(random() * 6);
      const surface = (20 + rooms * 14 + random() * 10).toFixed(1);
      chunk +=
        `"${c.region ?? ''}";"Région";"${c.departement ?? ''}";"Département";"200000000";"Intercommunalité";` +
        `"${c.code}";"${c.codesPostaux?.[0] ?? ''}";"${c.nom}";${street};"${individual ? 0 : d % 8}";"";"";` +
        `"${qpv}";"${qpv ? 'Quartier prioritaire' : ''}";"1";"Pleine propriété";"${individual ? 'I' : 'C'}";` +
        `"${individual ? 'Logement individuel' : 'Logement collectif'}";${rooms};${surface};${year};${year + 1};` +
        `${year + 1};"1";"${finan}";"${finanLabel}";"";"1";"${c.code.slice(0, 2)}/${programme}";"${year}-06-30";` +
        `"2";"Logement existant";"";"2023-03-15";"${energy}";"${'ABCDEFG'[(programme + d) % 7]}";"";"";"1";` +
        `"Segment 1";"1";"Non adapté";"1";"2154";${x};${y};"${qpv}";"";"${iris}";"IRIS";"";"";"1";"1";"1";` +
        `12.5;"1";"1";"1";"1";"1";"${qpv ? '1' : '0'}";"0";"00851";"001";"0051"\n`;
      written++;
    }
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((ok) => out.end(ok));
  return bytes;
}
