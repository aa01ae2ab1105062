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
    return {
      file: yaml.file,
      line,
      column,
      severity: 'erreur' as const,
      message: `${field} : ${frenchIssue(issue, valueAt(yaml.data, path) === undefined)}`,
      hint: hintFor(issue, valueAt(yaml.data, path) === undefined),
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
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `format incorrect (${issue.format})`;
    default:
      return issue.message;
  }
}

function hintFor(issue: z.core.$ZodIssue, absent: boolean): string {
  if (issue.code === 'unrecognized_keys') return 'supprimez ce champ ou corrigez son orthographe';
  if (issue.code === 'invalid_type' && absent) return 'ajoutez ce champ';
  return 'corrigez la valeur';
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'un texte',
    number: 'un nombre',
    boolean: 'oui ou non (true ou false)',
    array: 'une liste',
    object: 'un groupe de champs',
  };
  return names[expected] ?? expected;
}
