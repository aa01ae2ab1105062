/**
 * Writes a national-like DiDo RPLS file for the benchmark: every current commune of France in turn (many
 * départements), quoted strings, 30 columns, about 250 bytes a row. Streamed to disk.
 */
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { seeded } from '../demo/random.ts';

const require = createRequire(import.meta.url);

const HEADER = [
  'REG_CODE',
  'REG_LIBELLE',
  'DEP_CODE',
  'DEP_LIBELLE',
  'EPCI_CODE',
  'EPCI_LIBELLE',
  'DEPCOM',
  'CODEPOSTAL',
  'LIBCOM',
  'NUMVOIE',
  'TYPVOIE',
  'NOMVOIE',
  'ETAGE',
  'QPV_CODE',
  'QPV_LIBELLE',
  'DROIT_CODE',
  'TYPECONST_CODE',
  'TYPECONST_LIBELLE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'LOCAT',
  'PATRIMOINE',
  'ORIGINE',
  'FINAN_CODE',
  'FINAN_LIBELLE',
  'CONV',
  'DPEENERGIE',
  'DPESERRE',
  'EPSG',
];

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
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (text: string) =>
    new Promise<void>((ok) => {
      bytes += Buffer.byteLength(text);
      if (out.write(text)) ok();
      else out.once('drain', () => ok());
    });
  await write(`\ufeff${HEADER.join(';')}\n`);
  const labels = ['PLA d’intégration', 'PLUS', 'PLS/PPLS/PCLS/PLA CFF', 'HLM/O', 'PLA ordinaire'];
  const codes = ['10', '13', '14', '52', '12'];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const c = communes[Math.floor(random() * communes.length)]!;
    const f = Math.floor(random() * codes.length);
    const rooms = 1 + Math.floor(random() * 6);
    chunk += `"${c.region ?? ''}";"Région";"${c.departement ?? ''}";"Département";"200000000";"Intercommunalité";"${c.code}";"${c.codesPostaux?.[0] ?? ''}";"${c.nom}";"${1 + (i % 120)}";"RUE";"DES ÉCOLES";"${i % 8}";"";"";"1";"C";"Logement collectif";${rooms};${(20 + rooms * 14 + random() * 10).toFixed(1)};${1950 + (i % 74)};${1951 + (i % 74)};${1951 + (i % 74)};"1";"${codes[f]}";"${labels[f]}";"1";"${'ABCDEFG'[i % 7]}";"${'ABCDEFG'[(i + 3) % 7]}";"2154"\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((ok) => out.end(ok));
  return bytes;
}
