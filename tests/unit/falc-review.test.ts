/** The review record of a FALC text: who (an organisation), when, and which text (its fingerprint). */
import { describe, expect, test } from 'vitest';
import { falcReviewSchema, fingerprintLabel, reviewStatus, textFingerprint } from '../../src/lib/falc/index.ts';

const record = (fingerprint: string, by = 'ESAT de la Vallée') => ({ by, date: '2026-11-30', fingerprint });

describe('relecture FALC', () => {
  test('les espaces et les retours à la ligne ne changent pas la version ; un mot, un signe ou un chiffre la changent', () => {
    const base = textFingerprint(['Titre', 'Une phrase.', 'Le corps.\n\nUn autre paragraphe.']);
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(textFingerprint(['Titre ', 'Une   phrase.', '  Le corps.\nUn autre paragraphe.\n'])).toBe(base);
    for (const changed of [
      ['Titre', 'Une phrase !', 'Le corps.\n\nUn autre paragraphe.'],
      ['Titre', 'Une phrase.', 'Le corps.\n\nUn autre paragraphe 2.'],
      ['Titres', 'Une phrase.', 'Le corps.\n\nUn autre paragraphe.'],
      // A part moved to the next one is another text.
      ['Titre Une', 'phrase.', 'Le corps.\n\nUn autre paragraphe.'],
    ])
      expect(textFingerprint(changed), changed.join('|')).not.toBe(base);
  });

  test('la version se recopie comme elle est affichée, par groupes de quatre', () => {
    expect(fingerprintLabel('0123456789ab')).toBe('0123 4567 89ab');
    expect(falcReviewSchema.parse(record('0123 4567 89AB')).fingerprint).toBe('0123456789ab');
    expect(falcReviewSchema.safeParse(record('0123 4567 89a')).success).toBe(false);
    expect(falcReviewSchema.safeParse(record('0123 4567 89ag')).success).toBe(false);
  });

  test('les relecteurs sont une organisation, jamais une personne nommée par sa civilité', () => {
    for (const by of ['ESAT Les Ateliers', 'Nous Aussi 63', 'Association Madame Lune', 'Groupe Dr Relecture'])
      expect(falcReviewSchema.safeParse(record('0123456789ab', by)).success, by).toBe(true);
    for (const by of ['Mme Martin', 'M. Durand', 'Monsieur Petit', 'madame Leroy', 'Dr Morel', 'Mlle Roux', ' '])
      expect(falcReviewSchema.safeParse(record('0123456789ab', by)).success, by).toBe(false);
  });

  test('la mention n’est donnée que pour le texte relu', () => {
    const review = falcReviewSchema.parse(record('0123456789ab'));
    expect(reviewStatus(review, '0123456789ab').state).toBe('current');
    expect(reviewStatus(review, '0123456789ac').state).toBe('stale');
    expect(reviewStatus(undefined, '0123456789ab').state).toBe('none');
  });
});
