import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import type { YamlFile } from './yaml-file.ts';

/**
 * Turns zod issues into French diagnostics placed on the offending YAML value.
 * Schemas carry their own French messages; this adds the generic ones zod would print in English.
 */
export function zodIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  yaml: YamlFile,
  prefix: readonly PropertyKey[] = [],
): Diagnostic[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const { line, column } = yaml.locate(path);
    const field = path.length ? `« ${fieldName(path)} »` : 'le fichier';
    const value = valueAt(yaml.data, path);
    return {
      file: yaml.file,
      line,
      column,
      severity: 'error' as const,
      message: `${field} : ${wrongKind(issue, value) ?? frenchIssue(issue, value === undefined)}`,
      hint: hintFor(issue, value),
    };
  });
}

/** "levels" of the 3rd item reads "n°3 › levels": people count from 1. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `n°${k + 1}` : String(k))).join(' › ');
}

/** Value at a path of the parsed document (zod 4 does not report the input by default). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function frenchIssue(issue: z.core.$ZodIssue, absent: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return absent
        ? `champ obligatoire absent (attendu : ${typeName(issue.expected)})`
        : `valeur de mauvais type (attendu : ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      return `champ inconnu : ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `valeur non autorisée (valeurs possibles : ${issue.values.map(String).join(', ')})`;
    case 'too_small':
      return `valeur trop petite (minimum : ${String(issue.minimum)})`;
    case 'too_big':
      return `valeur trop grande (maximum : ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : `format incorrect (${issue.format})`;
    default:
      return issue.message;
  }
}

/** What YAML read instead of the expected type: a bare 2023 is a number, a bare yes a boolean, "oui" a text. */
function wrongKind(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code !== 'invalid_type' || value === undefined) return undefined;
  if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `un texte est attendu, mais ${String(value)} est lu comme ${typeof value === 'number' ? 'un nombre' : 'une valeur vrai/faux'}`;
  if (issue.expected === 'boolean' && typeof value === 'string')
    return `« ${value} » n’est pas compris : écrivez true pour oui, false pour non`;
  if (issue.expected === 'number' && typeof value === 'string')
    return `un nombre est attendu, mais « ${value} » est un texte`;
  return undefined;
}

function hintFor(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'unrecognized_keys') return 'supprimez ce champ ou corrigez son orthographe';
  if (issue.code === 'invalid_type' && value === undefined) return 'ajoutez ce champ';
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    (typeof value === 'number' || typeof value === 'boolean')
  )
    return `mettez la valeur entre guillemets : "${String(value)}"`;
  if (issue.code === 'invalid_type' && issue.expected === 'boolean')
    return 'true et false s’écrivent sans guillemets, en anglais';
  if (issue.code === 'invalid_type' && issue.expected === 'number')
    return 'écrivez le nombre en chiffres, sans guillemets ni unité';
  return 'corrigez la valeur';
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'un texte',
    number: 'un nombre',
    boolean: 'true ou false',
    array: 'une liste',
    object: 'un groupe de champs',
  };
  return names[expected] ?? expected;
}
