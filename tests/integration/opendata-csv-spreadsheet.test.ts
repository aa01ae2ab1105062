/**
 * Every CSV under /donnees/ opens in a French Excel or LibreOffice with accents and numbers intact, and
 * matches the Table Schema published next to it. No office suite needed: the bytes are checked for what
 * a French spreadsheet relies on (UTF-8 byte-order mark, `;` separator, one kind of line ending, decimal
 * comma), and each row is read with PapaParse against /donnees/<nom>.schema.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface SchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'year';
  decimalChar?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
interface Schema {
  fields: SchemaField[];
  missingValues: string[];
}

/** Number as a French spreadsheet reads it: digits, optional decimal comma, no thousands separator. */
const FRENCH_NUMBER = /^-?\d+(,\d+)?$/;
const INTEGER = /^-?\d+$/;
const YEAR = /^\d{4}$/;

let donnees = '';
let csvFiles: string[] = [];

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'opendata-csv-'));
  const site = join(tmp, 'site');
  execFileSync(
    join(root, 'node_modules/.bin/node'),
    ['tests/fixtures/stock/build-site.ts', 'thiers-dore-montagne', site, '--fake'],
    { cwd: root, stdio: 'pipe' },
  );
  donnees = join(site, 'donnees');
  csvFiles = readdirSync(donnees)
    .filter((f) => f.endsWith('.csv'))
    .sort();
}, 300_000);

const schemaOf = (file: string) =>
  JSON.parse(readFileSync(join(donnees, file.replace(/\.csv$/, '.schema.json')), 'utf8')) as Schema;

/** Why a value breaks its field, or undefined when it is fine. */
function problem(value: string, field: SchemaField, missing: readonly string[]): string | undefined {
  if (missing.includes(value)) return field.constraints?.required && value === '' ? 'vide' : undefined;
  const c = field.constraints ?? {};
  if (field.type === 'number' && !FRENCH_NUMBER.test(value)) return 'nombre attendu avec virgule décimale';
  if (field.type === 'integer' && !INTEGER.test(value)) return 'entier attendu';
  if (field.type === 'year' && !YEAR.test(value)) return 'année attendue';
  if (c.enum && !c.enum.includes(value)) return `une valeur parmi ${c.enum.join(', ')} attendue`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `motif ${c.pattern} attendu`;
  if (c.minimum !== undefined && Number(value.replace(',', '.')) < c.minimum) return `au moins ${c.minimum}`;
  return undefined;
}

describe('CSV de /donnees/ pour un tableur français', () => {
  it('publie logements.csv, demandes.csv et indicateurs.csv, chacun avec son schéma', () => {
    expect(csvFiles).toEqual(expect.arrayContaining(['demandes.csv', 'indicateurs.csv', 'logements.csv']));
    for (const file of csvFiles) expect(schemaOf(file).fields.length, file).toBeGreaterThan(0);
  });

  it('commence par le BOM UTF-8, sépare par ; et garde une seule sorte de fin de ligne', () => {
    for (const file of csvFiles) {
      const bytes = readFileSync(join(donnees, file));
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const crlf = (text.match(/\r\n/g) ?? []).length;
      const lf = (text.match(/\n/g) ?? []).length;
      // Either every line ends with CRLF, or none does (and no lone CR either).
      expect(crlf === lf || crlf === 0, `${file}: fins de ligne mélangées`).toBe(true);
      expect(/\r(?!\n)/.test(text), `${file}: retour chariot seul`).toBe(false);
      const firstLine = text.split(/\r?\n/)[0]!;
      expect(firstLine.split(';').length, file).toBe(schemaOf(file).fields.length);
      expect(firstLine, file).not.toContain(',');
    }
  });

  it('a les colonnes du schéma publié, dans son ordre, et autant de champs sur chaque ligne', () => {
    for (const file of csvFiles) {
      const text = readFileSync(join(donnees, file), 'utf8');
      const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
      expect(parsed.errors, file).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header, file).toEqual(schemaOf(file).fields.map((f) => f.name));
      // indicateurs.csv is empty for a territory without a turnover source: only its header is required.
      if (file !== 'indicateurs.csv') expect(rows.length, file).toBeGreaterThan(0);
      const wrong = rows.flatMap((r, i) => (r.length === header!.length ? [] : [`ligne ${i + 2}: ${r.length}`]));
      expect(wrong, file).toEqual([]);
    }
  });

  it('écrit les nombres à la française et chaque valeur suit le type de sa colonne', () => {
    let decimals = 0;
    for (const file of csvFiles) {
      const schema = schemaOf(file);
      const text = readFileSync(join(donnees, file), 'utf8').replace(/^\uFEFF/, '');
      const { data } = Papa.parse<Record<string, string>>(text, {
        delimiter: ';',
        header: true,
        skipEmptyLines: true,
      });
      const errors: string[] = [];
      data.forEach((row, i) => {
        for (const field of schema.fields) {
          const value = row[field.name] ?? '';
          const why = problem(value, field, schema.missingValues);
          if (why) errors.push(`${file} ligne ${i + 2}, colonne ${field.name} : « ${value} », ${why}`);
          if (field.type === 'number' && FRENCH_NUMBER.test(value) && value.includes(',')) decimals++;
        }
      });
      expect(errors.slice(0, 10)).toEqual([]);
      for (const field of schema.fields.filter((f) => f.type === 'number')) {
        expect(field.decimalChar, `${file} ${field.name}`).toBe(',');
      }
    }
    // The fixture has average surfaces with decimals: the decimal comma really shows up in a file.
    expect(decimals).toBeGreaterThan(0);
  });

  it('garde les accents des noms de communes', () => {
    const text = readFileSync(join(donnees, 'logements.csv'), 'utf8');
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/[àâçéèêëîïôûùüÿ]/i);
  });
});
