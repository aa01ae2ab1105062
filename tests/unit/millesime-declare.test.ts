import { describe, expect, it } from 'vitest';
import { declareSource, yearOfName } from '../../src/lib/millesime/index.ts';

const yaml = `# Le territoire
name: Essai # nom court
sources:
  # les RPLS
  - kind: rpls
    file: rpls-2022.csv
    millesime: 2022
  - kind: demande # le tableau
    file: d-2022.csv
    millesime: 2022
`;

describe('déclaration d’un millésime dans territory.yaml', () => {
  it('ajoute après le dernier fichier de la même sorte et garde les commentaires', () => {
    const r = declareSource(yaml, { kind: 'rpls', file: 'rpls-2023.csv', millesime: 2023 });
    expect('text' in r && r.text).toBe(`# Le territoire
name: Essai # nom court
sources:
  # les RPLS
  - kind: rpls
    file: rpls-2022.csv
    millesime: 2022
  - kind: rpls
    file: rpls-2023.csv
    millesime: 2023
  - kind: demande # le tableau
    file: d-2022.csv
    millesime: 2022
`);
  });

  it('écrit le préréglage reconnu et refuse un millésime déjà déclaré', () => {
    const r = declareSource(yaml, {
      kind: 'indicateurs',
      file: 'resultats.xlsx',
      millesime: 2024,
      preset: 'sdes-communes',
    });
    expect('text' in r && r.text).toContain(
      '  - kind: indicateurs\n    file: resultats.xlsx\n    millesime: 2024\n    preset: sdes-communes\n',
    );
    expect(declareSource(yaml, { kind: 'demande', file: 'autre.csv', millesime: 2022 })).toEqual({
      error: 'le millésime 2022 des fichiers « demande » est déjà déclaré (fichier d-2022.csv)',
    });
  });

  it('lit l’année dans le nom du fichier', () => {
    expect(yearOfName('/tmp/resultats_rpls_2024_v4.xlsx')).toBe(2024);
    expect(yearOfName('rpls.csv')).toBeUndefined();
  });
});
