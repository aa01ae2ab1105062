/** FALC sentences stored in YAML files: findings point at the line and column in the YAML file. */
import { describe, expect, test } from 'vitest';
import { parseYamlFile } from '../../src/lib/diagnostics/index.ts';
import { collectLabels, findingsToDiagnostics, lintLabels } from '../../src/lib/falc/index.ts';

const yamlText = [
  'questions:',
  '  - id: age',
  '    label: Quel âge avez-vous ?',
  '    help: "Écrivez votre âge (en années)."',
  'criteria:',
  '  - id: dalo',
  '    label: Vous êtes reconnu prioritaire DALO',
  '    official: Demandeur reconnu prioritaire DALO (texte officiel ; non vérifié)',
  '  # falc-ignore sigle : nom de la loi',
  '  - label: Le SNE vous répond',
].join('\n');

describe('textes FALC des fichiers YAML', () => {
  const yaml = parseYamlFile('cotation.yaml', yamlText);
  const labels = collectLabels(yaml.data, [
    ['questions', '*', 'label'],
    ['questions', '*', 'help'],
    ['criteria', '*', 'label'],
  ]);

  test('seuls les champs publics sont lus, pas le texte officiel', () => {
    expect(labels.map((l) => l.path.join('.'))).toEqual([
      'questions.0.label',
      'questions.0.help',
      'criteria.0.label',
      'criteria.1.label',
    ]);
  });
  test('les erreurs pointent la ligne et la colonne dans le fichier YAML', () => {
    const f = lintLabels(yaml, yamlText, labels, new Set(['DALO']));
    expect(f.map((x) => [x.line, x.column, x.rule])).toEqual([
      [4, 30, 'ponctuation'],
      [4, 40, 'ponctuation'],
      [7, 17, 'voix-passive'],
    ]);
  });
  test('un commentaire falc-ignore couvre la ligne suivante ; le message nomme la règle', () => {
    const f = lintLabels(yaml, yamlText, labels, new Set(['DALO']));
    expect(f.some((x) => x.line === 10)).toBe(false);
    const d = findingsToDiagnostics('cotation.yaml', f);
    expect(d[0]).toMatchObject({ file: 'cotation.yaml', line: 4, column: 30, severity: 'error' });
    expect(d[0]?.message).toContain('[ponctuation]');
  });
});
