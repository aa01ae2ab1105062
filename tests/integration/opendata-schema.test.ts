/**
 * Every file under /donnees/ follows the Table Schema served next to it, checked by a small validator
 * written here (not the site's own code): the schema is a valid Table Schema, every value of every row
 * meets its field's type and constraints, the primary key is unique, a numeric column is empty exactly
 * when its `_statut` column is filled, donnees.json has the same rows, and the dictionary of /donnees/
 * lists exactly the columns of each file. The fixture has hidden, missing and bounded values of every kind.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Constraints {
  required?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}
interface Field {
  name: string;
  type: string;
  decimalChar?: string;
  constraints?: Constraints;
}
interface Schema {
  name: string;
  fields: Field[];
  primaryKey?: string[];
  missingValues?: string[];
}

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'date', 'time', 'datetime', 'year', 'yearmonth']);
const CONSTRAINTS = new Set(['required', 'unique', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength']);

let donnees = '';
let csvFiles: string[] = [];
let schemaFiles: string[] = [];

beforeAll(() => {
  const site = join(mkdtempSync(join(tmpdir(), 'opendata-schema-')), 'site');
  execFileSync(join(root, 'node_modules/.bin/node'), ['tests/fixtures/opendata/build-site.ts', site], {
    cwd: root,
    stdio: 'pipe',
  });
  donnees = join(site, 'donnees');
  csvFiles = readdirSync(donnees).filter((f) => f.endsWith('.csv'));
  schemaFiles = readdirSync(donnees).filter((f) => f.endsWith('.schema.json'));
}, 300_000);

const read = (file: string) => readFileSync(join(donnees, file), 'utf8');
const schemaOf = (csv: string) => JSON.parse(read(csv.replace(/\.csv$/, '.schema.json'))) as Schema;

/** The rows of a CSV as records of text, header first. */
function table(file: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(read(file).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors, file).toEqual([]);
  const [header = [], ...lines] = parsed.data;
  return { header, rows: lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? '']))) };
}

/** What is wrong with a schema as a Table Schema, as a list of problems. */
function schemaProblems(s: Schema): string[] {
  const out: string[] = [];
  if (!Array.isArray(s.fields) || s.fields.length === 0) return ['fields vide'];
  const names = s.fields.map((f) => f.name);
  if (new Set(names).size !== names.length) out.push('noms de champs en double');
  for (const f of s.fields) {
    if (typeof f.name !== 'string' || f.name === '') out.push('champ sans nom');
    if (!TYPES.has(f.type)) out.push(`${f.name} : type ${f.type} inconnu`);
    if (f.decimalChar !== undefined && f.type !== 'number') out.push(`${f.name} : decimalChar hors d’un nombre`);
    for (const [k, v] of Object.entries(f.constraints ?? {})) {
      if (!CONSTRAINTS.has(k)) out.push(`${f.name} : contrainte ${k} inconnue`);
      if (k === 'enum' && (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string')))
        out.push(`${f.name} : enum doit être une liste de textes`);
      if (k === 'pattern') {
        if (f.type !== 'string') out.push(`${f.name} : pattern hors d’un texte`);
        try {
          new RegExp(String(v));
        } catch {
          out.push(`${f.name} : pattern illisible`);
        }
        // Table Schema patterns are XML Schema regular expressions: implicitly anchored, no ^ or $.
        if (/^\^|\$$/.test(String(v))) out.push(`${f.name} : pattern avec ^ ou $`);
      }
      if ((k === 'minimum' || k === 'maximum') && typeof v !== 'number') out.push(`${f.name} : ${k} non numérique`);
      if ((k === 'minimum' || k === 'maximum') && !['integer', 'number', 'year'].includes(f.type))
        out.push(`${f.name} : ${k} sur un texte`);
    }
  }
  for (const k of s.primaryKey ?? []) if (!names.includes(k)) out.push(`clé ${k} absente des champs`);
  if (!Array.isArray(s.missingValues) || s.missingValues.some((m) => typeof m !== 'string'))
    out.push('missingValues doit être une liste de textes');
  return out;
}

/** Why a value breaks its field (empty when fine); `missing` are the schema's missing values. */
function valueProblem(value: string, f: Field, missing: string[]): string | undefined {
  const c = f.constraints ?? {};
  if (missing.includes(value)) return c.required ? 'valeur obligatoire absente' : undefined;
  let n: number | undefined;
  if (f.type === 'integer') {
    if (!/^-?\d+$/.test(value)) return 'entier attendu';
    n = Number(value);
  } else if (f.type === 'number') {
    const dec = f.decimalChar ?? '.';
    const re = new RegExp(`^-?\\d+(\\${dec}\\d+)?$`);
    if (!re.test(value)) return `nombre attendu, séparateur décimal « ${dec} »`;
    n = Number(value.replace(dec, '.'));
  } else if (f.type === 'year') {
    if (!/^\d{4}$/.test(value)) return 'année sur 4 chiffres attendue';
    n = Number(value);
  }
  if (c.enum && !c.enum.includes(value)) return `une valeur parmi ${c.enum.join(', ')} attendue`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `motif ${c.pattern} attendu`;
  if (c.minimum !== undefined && n !== undefined && n < c.minimum) return `au moins ${c.minimum}`;
  if (c.maximum !== undefined && n !== undefined && n > c.maximum) return `au plus ${c.maximum}`;
  return undefined;
}

describe('données ouvertes conformes à leur Table Schema', () => {
  it('sert un Table Schema valide pour chaque CSV et pour le tableau des demandes', () => {
    expect(csvFiles.sort()).toEqual([
      'attente.csv',
      'demandes.csv',
      'indicateurs.csv',
      'logements.csv',
      'positionnement.csv',
    ]);
    expect(schemaFiles.sort()).toEqual([
      'attente.schema.json',
      'demandes.schema.json',
      'indicateurs.schema.json',
      'logements.schema.json',
      'positionnement.schema.json',
      'tableau-demandes.schema.json',
      'tableau-positionnement.schema.json',
    ]);
    for (const file of schemaFiles) {
      const s = JSON.parse(read(file)) as Schema;
      expect(schemaProblems(s), file).toEqual([]);
      expect(s.primaryKey?.length, file).toBeGreaterThan(0);
    }
  });

  it('a dans chaque CSV exactement les colonnes de son schéma, et une ligne par clé', () => {
    for (const file of csvFiles) {
      const schema = schemaOf(file);
      const { header, rows } = table(file);
      expect(header, file).toEqual(schema.fields.map((f) => f.name));
      expect(rows.length, file).toBeGreaterThan(10);
      const keys = rows.map((r) => schema.primaryKey!.map((k) => r[k]).join('|'));
      expect(new Set(keys).size, `${file} : clé en double`).toBe(keys.length);
    }
  });

  it('valide chaque valeur de chaque ligne contre son champ', () => {
    let checked = 0;
    for (const file of csvFiles) {
      const schema = schemaOf(file);
      const missing = schema.missingValues ?? [''];
      const errors: string[] = [];
      table(file).rows.forEach((row, i) => {
        for (const f of schema.fields) {
          checked++;
          const why = valueProblem(row[f.name]!, f, missing);
          if (why) errors.push(`${file} ligne ${i + 2}, ${f.name} « ${row[f.name]} » : ${why}`);
        }
      });
      expect(errors.slice(0, 10), file).toEqual([]);
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('laisse un nombre vide exactement quand son _statut est rempli, et donne le minimum d’une borne', () => {
    const seen = new Set<string>();
    for (const file of csvFiles) {
      const { header, rows } = table(file);
      const figures = header.filter((h) => header.includes(`${h}_statut`));
      // attente.csv holds answers, not figures: its empty cells are said by its `reponse` and `raison` columns.
      if (file === 'attente.csv') {
        expect(figures, file).toEqual([]);
        continue;
      }
      // positionnement.csv has one count per row (the band's); the others several.
      expect(figures.length, file).toBeGreaterThan(file === 'positionnement.csv' ? 0 : 3);
      for (const h of header.filter((x) => x.endsWith('_statut')))
        expect(header, `${file} : ${h} sans sa colonne de nombres`).toContain(h.replace(/_statut$/, ''));
      rows.forEach((row, i) => {
        for (const name of figures) {
          const status = row[`${name}_statut`]!;
          seen.add(status);
          expect(row[name] === '', `${file} ligne ${i + 2} ${name} « ${row[name]} », statut « ${status} »`).toBe(
            status !== '',
          );
          if (`${name}_minimum` in row)
            expect(row[`${name}_minimum`] !== '', `${file} ligne ${i + 2} ${name}_minimum`).toBe(
              status === 'borne_inferieure',
            );
        }
      });
    }
    // The fixture has every kind of empty figure.
    for (const status of [
      '',
      'secret',
      'secret_secondaire',
      'non_publie_source',
      'non_calculable',
      'borne_inferieure',
      'absent',
    ])
      expect(seen, status).toContain(status);
  });

  it('n’écrit jamais de texte dans une colonne de nombres de indicateurs.csv', () => {
    const text = read('indicateurs.csv');
    expect(text).not.toContain('non publié');
    const { rows } = table('indicateurs.csv');
    expect(rows.some((r) => r['taux_mobilite_statut'] === 'non_publie_source' && r['taux_mobilite'] === '')).toBe(true);
  });

  it('donne dans donnees.json les mêmes lignes et les mêmes colonnes que les CSV', () => {
    const json = JSON.parse(read('donnees.json')) as Record<string, Record<string, string | number | null>[]>;
    for (const file of csvFiles) {
      const key = file.replace(/\.csv$/, '');
      const { header, rows } = table(file);
      const objects = json[key]!;
      expect(objects.length, key).toBe(rows.length);
      objects.forEach((o, i) => {
        expect(Object.keys(o), key).toEqual(header);
        for (const h of header) {
          const v = o[h];
          const asText = v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
          expect(asText, `${key} ligne ${i + 2} ${h}`).toBe(rows[i]![h]);
        }
      });
    }
  });

  it('explique sur /donnees/ chaque colonne de chaque fichier, et chaque valeur des _statut', () => {
    const html = read('index.html');
    /** The rows of the table with this caption (Astro adds its own attributes to the tags). */
    const tableWith = (caption: string) => {
      const at = html.search(new RegExp(`<caption[^>]*>${caption}</caption>`));
      expect(at, caption).toBeGreaterThan(0);
      return html.slice(at, html.indexOf('</table>', at));
    };
    const codes = (part: string, cell: string) =>
      // A column name may carry <wbr> tags, where a phone may break the line: they are not text.
      [...part.matchAll(new RegExp(`<${cell}[^>]*><code[^>]*>(.*?)</code>`, 'g'))].map((m) =>
        m[1]!.replace(/<[^>]+>/g, ''),
      );
    for (const file of csvFiles)
      expect(codes(tableWith(`Colonnes du fichier ${file}`), 'th scope="row"'), file).toEqual(table(file).header);
    const input = JSON.parse(read('tableau-demandes.schema.json')) as Schema;
    expect(
      codes(tableWith('Colonnes du tableau des demandes déposé par l’intercommunalité'), 'th scope="row"'),
    ).toEqual(input.fields.map((f) => f.name));
    const points = JSON.parse(read('tableau-positionnement.schema.json')) as Schema;
    expect(codes(tableWith('Colonnes du tableau des points déposé par l’intercommunalité'), 'th scope="row"')).toEqual(
      points.fields.map((f) => f.name),
    );
    const listed = new Set(codes(tableWith('Les valeurs des colonnes _statut'), 'th scope="row"'));
    const declared = new Set(
      schemaFiles.flatMap((f) =>
        (JSON.parse(read(f)) as Schema).fields
          .filter((x) => x.name.endsWith('_statut'))
          .flatMap((x) => x.constraints?.enum ?? []),
      ),
    );
    expect([...listed].sort()).toEqual([...declared].sort());
  });
});
