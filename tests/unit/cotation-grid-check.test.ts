import { describe, expect, it } from 'vitest';
import { parseGrid } from '../../src/lib/cotation/index.ts';

/** A small valid grid file; each test breaks one line of it. */
const valid = `title: Grille de test
reference: Délibération de test
questions:
  - id: housing
    step: logement
    kind: choice
    label: Où habitez-vous ?
    options:
      - { value: hotel, label: À l’hôtel }
      - { value: hlm, label: Logement social }
  - id: demand_month
    step: anciennete
    kind: month
    label: Quand avez-vous fait votre demande ?
criteria:
  - id: hotel
    label: Vous vivez à l’hôtel
    official: A l'hôtel
    category: Logement actuel
    nature: cch
    when: { fact: housing, is: hotel }
    points: 30
    reference: test
  - id: anciennete
    label: Ancienneté
    official: Ancienneté
    category: Situation
    nature: facultatif
    bands:
      fact: seniority_years
      steps:
        - { from: 3, to: 5, points: 3 }
        - { from: 5, points: 5 }
    reference: test
examplesMonth: 2024-12
examples:
  - name: Hôtel depuis 4 ans
    answers: { housing: hotel, demand_month: 2020-12 }
    total: 33
    points: { hotel: 30, anciennete: 3 }
`;
const parse = (text: string) => parseGrid('cotation.yaml', text);
const only = (text: string) => {
  const r = parse(text);
  expect(r.grid).toBeUndefined();
  return r.diagnostics;
};

describe('grid file check', () => {
  it('accepts a valid grid and runs its examples', () => {
    const r = parse(valid);
    expect(r.diagnostics).toEqual([]);
    expect(r.grid?.criteria).toHaveLength(2);
  });

  it('rejects an unknown question id with its line and column', () => {
    const [d] = only(valid.replace('when: { fact: housing, is: hotel }', 'when: { fact: logement, is: hotel }'));
    expect(d).toMatchObject({ file: 'cotation.yaml', line: 21, severity: 'error' });
    expect(d!.column).toBeGreaterThan(1);
    expect(d!.message).toContain('question inconnue : « logement »');
  });

  it('rejects a condition on an answer the question does not offer', () => {
    const [d] = only(valid.replace('is: hotel }', 'is: camping }'));
    expect(d).toMatchObject({ line: 21 });
    expect(d!.message).toContain('condition sur une réponse absente');
    expect(d!.hint).toContain('hotel, hlm');
  });

  it('rejects a derived fact whose answers the grid never asks', () => {
    const [d] = only(valid.replace('when: { fact: housing, is: hotel }', 'when: { fact: lone_parent }'));
    expect(d).toMatchObject({ line: 21 });
    expect(d!.message).toContain('le fait calculé « lone_parent » a besoin des questions has_partner, children');
  });

  it('rejects overlapping bands', () => {
    const [d] = only(valid.replace('- { from: 5, points: 5 }', '- { from: 4, points: 5 }'));
    expect(d).toMatchObject({ line: 33 });
    expect(d!.message).toContain('chevauche');
  });

  it('rejects a criterion with neither points nor a note', () => {
    const [d] = only(valid.replace('    points: 30\n', ''));
    expect(d).toMatchObject({ line: 16, column: 5 });
    expect(d!.message).toContain('ni points ni note');
  });

  it('accepts a criterion without points when a note explains it', () => {
    expect(
      parse(
        valid
          .replace('    points: 30\n', '    note: Sans points dans la grille.\n')
          .replace('total: 33', 'total: 3')
          .replace('hotel: 30, ', ''),
      ).diagnostics,
    ).toEqual([]);
  });

  it('reports a wrong example total where it is written', () => {
    const [d] = only(valid.replace('total: 33', 'total: 40'));
    expect(d).toMatchObject({ line: 39 });
    expect(d!.message).toContain('la grille donne 33 points');
  });

  it('reports a wrong expected point of a criterion where it is written', () => {
    const [d] = only(valid.replace('anciennete: 3 }', 'anciennete: 5 }'));
    expect(d).toMatchObject({ line: 40 });
    expect(d!.message).toContain('le critère « anciennete » donne 3 points, l’exemple attend 5');
  });

  it('reports an unanswered question the example does not expect', () => {
    const messages = only(valid.replace('housing: hotel, demand_month: 2020-12', 'housing: hotel')).map(
      (d) => d.message,
    );
    expect(messages).toContain(
      'exemple « Hôtel depuis 4 ans » : réponses qui manquent : demand_month. L’exemple attend : aucune',
    );
  });

  it('asks for the month of the examples when a question asks a date', () => {
    const [d] = only(valid.replace('examplesMonth: 2024-12\n', ''));
    expect(d!.message).toContain('examplesMonth');
  });

  it('reports schema errors in French with their position', () => {
    const [d] = only(valid.replace('nature: cch', 'nature: obligatoire'));
    expect(d).toMatchObject({ line: 20 });
    expect(d!.message).toContain('valeurs possibles');
  });

  it('reports YAML syntax errors', () => {
    expect(only(valid.replace('  - id: hotel\n', '  - id: hotel\n   bad')).length).toBeGreaterThan(0);
  });
});
