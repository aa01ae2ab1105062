/**
 * The checks of orientation.yaml (the « Où aller ? » questions), each with its exact message, level and
 * line, and the page address and question number of each step. Written by hand on a small file; they kill
 * the mutants of src/lib/desks/orientation.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/lib/diagnostics/index.ts';
import {
  orientationDepths,
  orientationStepPath,
  validateOrientation,
  type Desk,
  type Orientation,
} from '../../src/lib/desks/index.ts';

/** Three questions, two results; `a` → `b` → `c` → results. Line numbers below count from this text. */
const VALID = `source: test
start: a
questions:
  - id: a
    question: Question A ?
    answers:
      - { id: oui, label: Oui, next: b }
      - { id: non, label: Non, next: fin-1 }
  - id: b
    question: Question B ?
    answers:
      - { id: oui, label: Oui, next: c }
      - { id: non, label: Non, next: fin-1 }
  - id: c
    question: Question C ?
    answers:
      - { id: oui, label: Oui, next: fin-2 }
      - { id: non, label: Non, next: fin-1 }
outcomes:
  - id: fin-1
    orientation: ccas
    title: Le CCAS
    text: [Allez au CCAS.]
  - id: fin-2
    orientation: bailleur
    title: Un bailleur
    text: [Allez chez votre bailleur.]
    desks: { kinds: [bailleur] }
    whenNoDesk: Appelez votre bailleur.
`;
const bailleur = { id: 'b1', kind: 'bailleur', levels: [1], audience: 'tous' } as unknown as Desk;
const check = (text: string, desks: Desk[] = [bailleur]) =>
  validateOrientation(parseYamlFile('orientation.yaml', text), desks);
const lines = (text: string, desks?: Desk[]) =>
  check(text, desks).diagnostics.map((d) => [d.line, d.severity, d.message, d.hint]);

describe('vérification de orientation.yaml', () => {
  it('le fichier de départ est valide', () => {
    const r = check(VALID);
    expect(r.diagnostics).toEqual([]);
    expect(r.orientation?.start).toBe('a');
  });

  it('identifiant en double, première question absente, réponse vers rien', () => {
    const text = VALID.replace('  - id: c\n', '  - id: b\n')
      .replace('start: a', 'start: z')
      .replace('next: fin-2', 'next: fin-3');
    const r = check(text);
    expect(r.orientation).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.line, d.severity, d.message, d.hint])).toEqual([
      [
        14,
        'error',
        'identifiant « b » utilisé deux fois',
        'chaque question et chaque résultat doit avoir son propre identifiant',
      ],
      [2, 'error', 'la première question « z » n’existe pas', 'écrivez l’identifiant d’une des questions'],
      // The first « b » still leads to « c », which is gone.
      [
        12,
        'error',
        '« c » n’est ni une question ni un résultat',
        'écrivez l’identifiant d’une question ou d’un résultat',
      ],
      [
        17,
        'error',
        '« fin-3 » n’est ni une question ni un résultat',
        'écrivez l’identifiant d’une question ou d’un résultat',
      ],
    ]);
  });

  it('questions qui tournent en rond', () => {
    const r = check(VALID.replace('next: fin-2', 'next: a'));
    expect(r.orientation).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.line, d.severity, d.message, d.hint])).toContainEqual([
      4,
      'error',
      'les questions tournent en rond à « a »',
      'chaque réponse doit mener plus loin, jamais à une question déjà posée',
    ]);
  });

  it('question jamais posée, résultat jamais atteint, aucun guichet pour un résultat : des avertissements', () => {
    const text = VALID.replace('next: c }', 'next: fin-1 }').replace('    whenNoDesk: Appelez votre bailleur.\n', '');
    const r = check(text, []);
    expect(r.orientation?.start).toBe('a');
    expect(r.diagnostics.map((d) => [d.line, d.severity, d.message, d.hint])).toEqual([
      [14, 'warning', 'la question « c » n’est jamais posée', 'reliez-la à une réponse ou supprimez-la'],
      [24, 'warning', 'le résultat « fin-2 » n’est jamais atteint', 'reliez-le à une réponse ou supprimez-le'],
      [
        28,
        'warning',
        'aucun guichet ne correspond au résultat « fin-2 »',
        'ajoutez le guichet dans desks.yaml ou écrivez « whenNoDesk » pour dire où aller',
      ],
    ]);
    expect(lines(VALID, [])).toEqual([]);
  });

  it('adresse de chaque étape et numéro de chaque question', () => {
    const o = check(VALID).orientation as Orientation;
    expect(orientationStepPath(o, 'a')).toBeUndefined();
    expect(orientationStepPath(o, 'b')).toBe('b');
    expect(orientationStepPath(o, 'fin-2')).toBe('resultat/fin-2');
    expect(Object.fromEntries(orientationDepths(o))).toEqual({ a: 1, b: 2, 'fin-1': 2, c: 3, 'fin-2': 4 });
  });
});
