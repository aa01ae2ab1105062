/** Kandel–Moles score: short sentences of short words score higher; the score is information only. */
import { describe, expect, test } from 'vitest';
import { kandelMoles, lintMdx, sentencesOf, syllables } from '../../src/lib/falc/index.ts';

describe('syllabes', () => {
  test('compte les groupes de voyelles, sans le e muet final', () => {
    expect(syllables('logement')).toBe(3);
    expect(syllables('demande')).toBe(2);
    expect(syllables('bail')).toBe(1);
    expect(syllables('attribution')).toBe(4);
  });
});

describe('score de Kandel et Moles', () => {
  test('un texte court et simple a un meilleur score qu’un texte administratif', () => {
    const easy = kandelMoles(sentencesOf('Vous faites une demande. Le guichet vous aide.'))!;
    const hard = kandelMoles(
      sentencesOf(
        'La commission d’attribution des logements et d’examen de l’occupation des logements examine collégialement les candidatures présentées par les réservataires.',
      ),
    )!;
    expect(easy).toBeGreaterThan(hard);
    expect(easy).toBeGreaterThan(70);
  });
  test('la page reçoit son score comme une information, en ligne 1', () => {
    const info = lintMdx('Vous faites une demande.', { acronyms: new Set() }).findings.filter(
      (f) => f.rule === 'lisibilite',
    );
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: 'info', line: 1, column: 1 });
    expect(info[0]?.message).toMatch(/Kandel et Moles : \d+/);
  });
});
