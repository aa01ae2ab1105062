/**
 * What a column accepts, in words, from its declaration: the dictionary of /donnees/ shows these words,
 * and the reader of the demand table quotes them, with the schema constraint, in its messages.
 */
import type { FieldDeclaration, TableDeclaration } from './declaration.ts';

const TYPE_WORDS: Record<FieldDeclaration['type'], string> = {
  integer: 'un nombre entier',
  number: 'un nombre',
  year: 'une année sur 4 chiffres',
  string: 'un texte',
};

/** The range of a number, in words: « 0 ou plus », « de 2000 à 2100 ». */
function rangeWords(f: FieldDeclaration): string | undefined {
  if (f.minimum !== undefined && f.maximum !== undefined) return `de ${f.minimum} à ${f.maximum}`;
  if (f.minimum !== undefined) return `${f.minimum} ou plus`;
  if (f.maximum !== undefined) return `${f.maximum} ou moins`;
  return undefined;
}

/** What a value of the column must be, in words: « un nombre entier, 0 ou plus ». */
export function fieldRule(f: FieldDeclaration): string {
  if (f.values) return `une valeur parmi ${f.values.join(', ')}`;
  if (f.patternWords) return f.patternWords;
  const range = rangeWords(f);
  return range ? `${TYPE_WORDS[f.type]}, ${range}` : TYPE_WORDS[f.type];
}

/** The column's Table Schema type and constraints, as written in the schema: « type integer, minimum 0 ». */
export function constraintText(f: FieldDeclaration): string {
  return [
    `type ${f.type}`,
    ...(f.required ? ['required'] : []),
    ...(f.values ? [`enum ${f.values.join(' ')}`] : []),
    ...(f.pattern ? [`pattern ${f.pattern}`] : []),
    ...(f.minimum !== undefined ? [`minimum ${f.minimum}`] : []),
    ...(f.maximum !== undefined ? [`maximum ${f.maximum}`] : []),
  ].join(', ');
}

/** The texts that stand for a hidden value, in words: « s », « nd »… or an empty cell. */
export function missingWords(table: TableDeclaration): string {
  const marks = (table.missingValues ?? ['']).filter((m) => m !== '').map((m) => `« ${m} »`);
  return marks.length > 0 ? `${marks.join(', ')} ou une case vide` : 'une case vide';
}

/**
 * What a column expects, quoting its schema, for a message: « attendu : un nombre entier, 0 ou plus, ou
 * une marque de secret : « s »… ou une case vide. Schéma tableau-demandes, colonne demandes : type
 * integer, minimum 0 ».
 */
export function expectation(table: TableDeclaration, f: FieldDeclaration): string {
  const hidden = f.required ? '' : `, ou une marque de secret : ${missingWords(table)}`;
  return `attendu : ${fieldRule(f)}${hidden}. Schéma ${table.name}, colonne ${f.name} : ${constraintText(f)}`;
}

/** The declaration of a column by name (a programming error when absent). */
export function fieldOf(table: TableDeclaration, name: string): FieldDeclaration {
  const f = table.fields.find((x) => x.name === name);
  if (!f) throw new Error(`colonne ${name} absente de la déclaration ${table.name}`);
  return f;
}

/** Why a number breaks its column's type or range, in words, or undefined when it is fine. */
export function numberProblem(f: FieldDeclaration, n: number): string | undefined {
  if (f.minimum !== undefined && n < f.minimum) return n < 0 ? 'nombre négatif' : 'nombre trop petit';
  if (f.maximum !== undefined && n > f.maximum) return 'nombre trop grand';
  if ((f.type === 'integer' || f.type === 'year') && !Number.isInteger(n)) return 'nombre à virgule';
  return undefined;
}

/** True when a text follows the column's pattern (matched against the whole text). */
export function matchesPattern(f: FieldDeclaration, text: string): boolean {
  return f.pattern === undefined || new RegExp(`^(?:${f.pattern})$`).test(text);
}

/** One line of the dictionary: a column, what it holds, what values it takes. */
export interface DictionaryEntry {
  name: string;
  description: string;
  values: string;
}

/** The values a column takes, in words, for the dictionary, after « Valeurs : ». */
function valueWords(table: TableDeclaration, f: FieldDeclaration): string {
  if (f.values && !f.required) return `vide, ou une valeur parmi ${f.values.join(', ')}.`;
  const base = `${fieldRule(f)}.`;
  if (f.required) return `${base} Jamais vide.`;
  const numeric = f.type === 'integer' || f.type === 'number';
  if (numeric && table.missingValues?.some((m) => m !== ''))
    return `${base} Une marque comme « s » veut dire non publié.${f.optional ? ' Colonne facultative.' : ''}`;
  if (f.optional) return `${base} Colonne facultative.`;
  const has = (name: string) => table.fields.some((x) => x.name === name);
  if (has(`${f.name}_statut`)) return `${base} Vide si le nombre n’est pas publié.`;
  const bounded = f.name.replace(/_minimum$/, '');
  if (bounded !== f.name && has(`${bounded}_statut`))
    return `${base} Rempli seulement pour le statut borne_inferieure.`;
  return `${base} Peut être vide.`;
}

/** Every column of a table for the dictionary, in the order of the file. */
export function dictionary(table: TableDeclaration): DictionaryEntry[] {
  return table.fields.map((f) => ({ name: f.name, description: f.description, values: valueWords(table, f) }));
}
