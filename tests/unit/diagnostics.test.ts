import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { formatDiagnostic, parseYamlFile, zodIssuesToDiagnostics } from '../../src/lib/diagnostics/index.ts';

describe('positions YAML', () => {
  const text = 'name: Test\nlist:\n  - id: a\n    value: 3\n  - id: b\n    value: x\n';
  test('locate donne la ligne et la colonne réelles d’une valeur', () => {
    const yaml = parseYamlFile('f.yaml', text);
    expect(yaml.locate(['list', 1, 'value'])).toEqual({ line: 6, column: 12 });
    expect(yaml.locate(['name'])).toEqual({ line: 1, column: 7 });
  });

  test('une erreur de syntaxe est placée à son endroit', () => {
    const yaml = parseYamlFile('f.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(yaml.syntaxErrors.length).toBeGreaterThan(0);
    expect(yaml.syntaxErrors[0]?.message).toContain('syntaxe YAML incorrecte');
    expect(yaml.syntaxErrors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  test('les erreurs zod deviennent des lignes françaises placées sur la valeur fautive', () => {
    const yaml = parseYamlFile('f.yaml', text);
    const schema = z.object({ name: z.string(), list: z.array(z.object({ id: z.string(), value: z.number() })), missing: z.string() });
    const result = schema.safeParse(yaml.data);
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = zodIssuesToDiagnostics(result.error.issues, yaml).map(formatDiagnostic);
    expect(lines).toContain('f.yaml:6:12  erreur : « list › n°2 › value » : valeur de mauvais type (attendu : un nombre)  (corrigez la valeur)');
    expect(lines.some((l) => l.includes('« missing » : champ obligatoire absent'))).toBe(true);
  });
});
