/** The easy-to-read sentences of mobility, vacancy and rent (src/lib/dataset/turnover-words.ts), written by hand. */
import { describe, expect, it } from 'vitest';
import {
  longVacancySentence,
  mobilitySentence,
  rateText,
  rentFor,
  rentSentences,
  rentText,
  vacancySentence,
} from '../../src/lib/dataset/index.ts';

const hidden = { masked: 'source' } as const;

describe('phrases de la mobilité et de la vacance', () => {
  it('mobilité : arrondie, au singulier pour 1, « moins de 1 » sous 0,5', () => {
    expect(mobilitySentence(9.4)).toBe('Chaque année, environ 9 logements sur 100 changent de locataire.');
    expect(mobilitySentence(9.5)).toBe('Chaque année, environ 10 logements sur 100 changent de locataire.');
    expect(mobilitySentence(1.4)).toBe('Chaque année, environ 1 logement sur 100 change de locataire.');
    expect(mobilitySentence(0.4)).toBe('Chaque année, moins de 1 logement sur 100 change de locataire.');
    expect(mobilitySentence(0.5)).toBe('Chaque année, environ 1 logement sur 100 change de locataire.');
    expect(mobilitySentence(null)).toBeUndefined();
    expect(mobilitySentence(hidden)).toBe('Le nombre de logements qui changent de locataire n’est pas publié.');
  });

  it('vacance : une majuscule au début de la phrase', () => {
    expect(vacancySentence(3.2)).toBe('Environ 3 logements sur 100 sont vides.');
    expect(vacancySentence(1)).toBe('Environ 1 logement sur 100 est vide.');
    expect(vacancySentence(0.2)).toBe('Moins de 1 logement sur 100 est vide.');
    expect(vacancySentence(null)).toBeUndefined();
    expect(vacancySentence(hidden)).toBe('Le nombre de logements vides n’est pas publié.');
  });

  it('vacance de plus de 3 mois : rien quand elle est cachée', () => {
    expect(longVacancySentence(1.2)).toBe('Environ 1 logement sur 100 est vide depuis plus de 3 mois.');
    expect(longVacancySentence(2.6)).toBe('Environ 3 logements sur 100 sont vides depuis plus de 3 mois.');
    expect(longVacancySentence(0)).toBe('Moins de 1 logement sur 100 est vide depuis plus de 3 mois.');
    expect(longVacancySentence(null)).toBeUndefined();
    expect(longVacancySentence(hidden)).toBeUndefined();
  });
});

describe('loyer', () => {
  it('un T3 de 65 m², arrondi à 10 €', () => {
    // 5,57 × 65 = 362,05 → 360 ; 5,65 × 65 = 367,25 → 370.
    expect(rentFor(5.57, 65)).toBe(360);
    expect(rentFor(5.65, 65)).toBe(370);
    expect(rentFor(20, 65)).toBe(1300);
    expect(rentSentences(5.57)).toEqual([
      'Le loyer moyen est d’environ 5,57 € par m² et par mois.',
      'Par exemple, un T3 de 65 m² : environ 360 € par mois, sans les charges.',
    ]);
    expect(rentSentences(20)[0]).toBe('Le loyer moyen est d’environ 20,00 € par m² et par mois.');
    expect(rentSentences(20)[1]).toBe('Par exemple, un T3 de 65 m² : environ 1\u202f300 € par mois, sans les charges.');
    expect(rentSentences(null)).toEqual([]);
    expect(rentSentences(hidden)).toEqual(['Le loyer moyen n’est pas publié.']);
  });

  it('dans un tableau', () => {
    expect(rateText(9.44)).toBe('9,4 sur 100');
    expect(rateText(10)).toBe('10 sur 100');
    expect(rateText(null)).toBe('–');
    expect(rateText(hidden)).toBe('non publié');
    expect(rentText(4.6)).toBe('4,60 € par m²');
    expect(rentText(4.567)).toBe('4,57 € par m²');
    expect(rentText(null)).toBe('–');
    expect(rentText(hidden)).toBe('non publié');
  });
});
