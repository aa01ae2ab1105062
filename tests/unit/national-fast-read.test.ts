/**
 * The split reads a clean national file from its bytes (readCleanCsv) and any other file as text
 * (readTable). Both must give the same result: every file below is split both ways and compared (compact
 * lines of every commune, totals, codes without commune, unknown, former or arrondissement codes, messages).
 * A clean file must be read from its bytes; a file with anything unusual must be read as text, where the
 * messages come from. Expected dwellings of the first file are counted by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compactCsv, partitionRpls } from '../../src/lib/national/index.ts';
import { NATIONAL_HEADER, nationalRow } from '../helpers/national-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-lecture-octets-'));
let files = 0;
function write(content: string | Buffer): string {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

const row = nationalRow;
const HEADER = NATIONAL_HEADER.join(';');

/** Everything a split reports, as one comparable value. */
async function both(path: string) {
  const read = async (textOnly: boolean) => {
    const p = await partitionRpls(path, { display: 'national.csv', textOnly });
    const { lines, communes, readAs, ...rest } = p;
    const csv = compactCsv(p, [...communes.keys()].sort());
    lines.close();
    return {
      readAs,
      result: JSON.stringify({ csv, communes: [...communes], ...rest }, (_, v: unknown) =>
        v instanceof Map ? [...(v as Map<unknown, unknown>)] : v,
      ),
      csv,
      diagnostics: rest.diagnostics,
      dwellings: rest.dwellings,
    };
  };
  const bytes = await read(false);
  const text = await read(true);
  return { bytes, text };
}

/** Every usual and unusual value of each column, in rows that stay clean CSV. */
const VARIED = [
  HEADER,
  row({
    DEPCOM: '63430',
    NBPIECE: '3',
    SURFHAB: '60.5',
    CONSTRUCT: '1990',
    TYPECONST_CODE: 'C',
    FINAN_CODE: '13',
    DPEENERGIE: 'D',
  }),
  row({ DEPCOM: '63430', NBPIECE: '7', SURFHAB: '101,25', CONSTRUCT: '2010', TYPECONST_CODE: 'I', FINAN_CODE: '11' }),
  row({
    DEPCOM: '63430',
    NBPIECE: 'x',
    SURFHAB: '40',
    CONSTRUCT: '',
    TYPECONST_CODE: 'c',
    FINAN_CODE: '99',
    DPEENERGIE: 'a',
  }),
  row({ DEPCOM: '63430', NBPIECE: ' 3', SURFHAB: ' 55 ', CONSTRUCT: '1978', TYPECONST_CODE: 'E', FINAN_CODE: '5' }),
  row({ DEPCOM: '63430', NBPIECE: '12', SURFHAB: '1.234', CONSTRUCT: '2008', FINAN_CODE: '1x', DPEENERGIE: 'AB' }),
  row({ DEPCOM: '63430', NBPIECE: '0', SURFHAB: '0', CONSTRUCT: '999', TYPECONST_CODE: 'X', FINAN_CODE: '16' }),
  row({ DEPCOM: '63430', NBPIECE: '2', SURFHAB: 'abc', CONSTRUCT: '19xx', FINAN_CODE: '14', DPEENERGIE: 'G' }),
  row({ DEPCOM: '63430', NBPIECE: '4', SURFHAB: '0.00', CONSTRUCT: '2023.0', FINAN_CODE: '55', DPEENERGIE: 'Z' }),
  row({
    DEPCOM: '63430',
    NBPIECE: '5',
    SURFHAB: '1234567890',
    CONSTRUCT: '1979',
    FINAN_CODE: '52',
    QPV_CODE: 'QN06301M',
  }),
  row({ DEPCOM: '"63430"', NBPIECE: '"2"', SURFHAB: '"45.7"', CONSTRUCT: '"1985"', TYPECONST_CODE: '"C"' }),
  row({ DEPCOM: ' 63430 ', NBPIECE: '1', SURFHAB: '25.', CONSTRUCT: '2001' }),
  row({ DEPCOM: '93059', NBPIECE: '3', SURFHAB: '70' }),
  row({ DEPCOM: '75101', NBPIECE: '2', SURFHAB: '44.1' }),
  row({ DEPCOM: '75101', NBPIECE: '2', SURFHAB: '44.1' }),
  row({ DEPCOM: '99999', NBPIECE: '2' }),
  row({ DEPCOM: '2A004', NBPIECE: '3', SURFHAB: '61' }),
  row({ DEPCOM: '1053', NBPIECE: '3' }),
  row({ DEPCOM: '6343', NBPIECE: '3' }),
  row({ DEPCOM: 'abcde', NBPIECE: '3' }),
  row({ DEPCOM: '', NBPIECE: '3' }),
  row({ DEPCOM: '"Thiers"', NBPIECE: '3' }),
  row({ DEPCOM: '63430', LIBCOM: '"Saint-Rémy-sur-Durolle ’ «»"', NBPIECE: '3', SURFHAB: '65' }),
  '',
].join('\n');

describe('lecture octet par octet d’un fichier propre', () => {
  test('mêmes résultats que la lecture en texte, comptés à la main', async () => {
    const { bytes, text } = await both(write(VARIED));
    expect(bytes.readAs).toBe('octets');
    expect(text.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
    // 22 rows: 1 without commune, 4 unknown (99999, 6343 which is no 06343, abcde, Thiers); 17 counted.
    expect(bytes.dwellings).toBe(17);
    // The two Paris 1er rows are one group of 2 dwellings of Paris; 1053 is Bourg-en-Bresse, 01053.
    expect(bytes.csv).toContain('\n75056;2;88.2;;;49;;;2\n');
    expect(bytes.csv).toContain('\n01053;3;;;;49;;;1\n');
  });

  test.each([
    ['fins de ligne CR LF', `${VARIED.split('\n').join('\r\n')}`],
    ['sans fin de ligne à la dernière ligne', VARIED.trimEnd()],
    ['avec la marque d’ordre des octets (BOM)', `\ufeff${VARIED}`],
    [
      'avec une ligne de séparateurs seuls, laissée par un tableur',
      VARIED.replace('\n93059', `\n${';'.repeat(20)}\n93059`),
    ],
    ['avec une ligne vide au milieu et à la fin', VARIED.replace('\n93059', '\n\n93059'.slice(1)) + '\n\n'],
  ])('%s : lu en octets, mêmes résultats', async (_, content) => {
    const { bytes, text } = await both(write(content));
    expect(bytes.readAs).toBe('octets');
    expect(bytes.result).toBe(text.result);
  });

  test('une colonne nb de logements, lue des octets', async () => {
    const header = `${HEADER};nb`;
    const lines = [
      header,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};12`,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};"4"`,
    ];
    const { bytes, text } = await both(write(`${lines.join('\n')}\n`));
    expect(bytes.readAs).toBe('octets');
    expect(bytes.result).toBe(text.result);
    expect(bytes.dwellings).toBe(16);
  });
});

describe('un fichier qui n’est pas propre est lu en texte, avec ses messages', () => {
  const clean = VARIED.split('\n');
  const withRow = (extra: string) => [...clean.slice(0, 3), extra, ...clean.slice(3)].join('\n');
  test.each([
    ['un guillemet doublé dans un champ', withRow(row({ DEPCOM: '63430', LIBCOM: '"La ""Vieille"" Ville"' }))],
    ['un guillemet au milieu d’un champ', withRow(row({ DEPCOM: '63430', NOMVOIE: '12"3' }))],
    ['un retour à la ligne entre guillemets', withRow(row({ DEPCOM: '63430', NOMVOIE: '"rue\nhaute"' }))],
    ['une ligne trop courte', withRow('63430;3;60')],
    ['une ligne trop longue', withRow(`${row({ DEPCOM: '63430' })};x;y`)],
    ['des caractères convertis deux fois', withRow(row({ DEPCOM: '63430', LIBCOM: '"RÃ©gion"' }))],
    ['un caractère de remplacement écrit tel quel', withRow(row({ DEPCOM: '63430', LIBCOM: '"Thiers \ufffd"' }))],
    ['une ligne de titre au-dessus des noms de colonnes', `Parc social au 1er janvier 2025\n${VARIED}`],
    ['deux colonnes DEPCOM', VARIED.replace('EPCI_CODE', 'DEPCOM')],
    ['une colonne absente', VARIED.replace('NBPIECE', 'PIECES')],
    ['la ligne des titres seule', `${HEADER}\n`],
    ['des virgules pour séparer', VARIED.replaceAll(';', ',')],
  ])('%s', async (_, content) => {
    const { bytes, text } = await both(write(content));
    expect(bytes.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
  });

  test('un octet qui n’est pas de l’UTF-8 dans un fichier marqué UTF-8 : lu en texte, et dit où', async () => {
    const [before, after] = ('\ufeff' + withRow(row({ DEPCOM: '63430', LIBCOM: '"Thiers @"' }))).split('@') as [
      string,
      string,
    ];
    const { bytes, text } = await both(
      write(Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)])),
    );
    expect(bytes.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
    expect(bytes.diagnostics.map((d) => [d.line, d.message])).toContainEqual([
      4,
      'caractère illisible : le fichier n’est pas entièrement en UTF-8',
    ]);
  });

  test('un nombre de logements incorrect : lu en texte, qui le dit avec sa ligne et sa colonne', async () => {
    const lines = [
      `${HEADER};nb`,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};12`,
      `${row({ DEPCOM: '63430', NBPIECE: '3' })};beaucoup`,
    ];
    const { bytes, text } = await both(write(`${lines.join('\n')}\n`));
    expect(bytes.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
    expect(bytes.diagnostics.map((d) => [d.line, d.message])).toContainEqual([
      3,
      'nombre de logements « beaucoup » incorrect',
    ]);
  });

  test('un fichier Windows-1252 : lu en texte', async () => {
    const { bytes, text } = await both(write(Buffer.from(VARIED.replace('’ «»', ''), 'latin1')));
    expect(bytes.readAs).toBe('texte');
    expect(bytes.result).toBe(text.result);
  });
});
