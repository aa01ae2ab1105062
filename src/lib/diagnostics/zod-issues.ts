import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import type { YamlFile } from './yaml-file.ts';

/**
 * Turns zod issues into French diagnostics placed on the offending YAML value.
 * Schemas carry their own French messages; this adds the generic ones zod would print in English.
 */
export function zodIssuesToDiagnostics(issues: readonly z.core.$ZodIssue[], yaml: YamlFile): Diagnostic[] {
  return issues.map((issue) => {
    const { line, column } = yaml.locate(issue.path);
    const field = issue.path.length ? `« ${issue.path.join('.')} »` : 'le fichier';
    return {
      file: yaml.file,
      line,
      column,
      severity: 'erreur' as const,
      message: `${field} : ${frenchIssue(issue)}`,
      hint: hintFor(issue),
    };
  });
}

function frenchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
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

function hintFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'supprimez ce champ ou corrigez son orthographe';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'ajoutez ce champ';
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
