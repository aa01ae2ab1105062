/**
 * Dates in words (RLS: the month in letters), one function for the whole site: the pages, the leaflets, the
 * eligibility island and the legal texts' dates. Expected texts written by hand.
 */
import { describe, expect, test } from 'vitest';
import { MONTHS, frenchDay } from '../../src/lib/format/index.ts';

describe('frenchDay', () => {
  test('le premier du mois s’écrit « 1er »', () => {
    expect(frenchDay('2026-01-01')).toBe('1er janvier 2026');
    expect(frenchDay(new Date('2025-03-01T00:00:00Z'))).toBe('1er mars 2025');
  });

  test('les autres jours en chiffres, le mois en lettres', () => {
    expect(frenchDay('2025-12-24')).toBe('24 décembre 2025');
    expect(frenchDay('2026-08-02')).toBe('2 août 2026');
    expect(frenchDay('2024-02-29')).toBe('29 février 2024');
    expect(frenchDay('2026-12-31')).toBe('31 décembre 2026');
  });

  test('le jour du fichier, pas celui de l’heure de Paris (UTC)', () => {
    // 23 h 30 le 31 décembre à UTC est déjà le 1er janvier à Paris : la date d'un fichier est un jour.
    expect(frenchDay(new Date('2025-12-31T23:30:00Z'))).toBe('31 décembre 2025');
    expect(frenchDay('2025-07-14T00:00:00.000Z')).toBe('14 juillet 2025');
  });

  test('les douze mois, dans l’ordre', () => {
    expect(MONTHS).toEqual([
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ]);
    for (let m = 1; m <= 12; m += 1)
      expect(frenchDay(`2026-${String(m).padStart(2, '0')}-15`)).toBe(`15 ${MONTHS[m - 1]} 2026`);
  });
});
