import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isFrenchPublicHoliday, isOpenAt, openStateAt, toWeeklySchedule } from '../../src/lib/desks/index.ts';

// opening_hours reads the process's local time; the browser code reads Paris time. Align them.
process.env.TZ = 'Europe/Paris';

const coubron = toWeeklySchedule('Mo-Fr 08:30-12:00,13:00-17:00; PH off')!;

describe('ouvert maintenant', () => {
  test('un mardi à 10 h : ouvert ; à 12 h 30 : fermé ; le samedi : fermé', () => {
    expect(openStateAt(coubron, new Date('2026-01-13T10:00:00+01:00'))).toBe('ouvert');
    expect(openStateAt(coubron, new Date('2026-01-13T12:30:00+01:00'))).toBe('ferme');
    expect(openStateAt(coubron, new Date('2026-01-17T10:00:00+01:00'))).toBe('ferme');
  });

  test('l’heure de Paris compte, même l’été et quelle que soit l’heure du visiteur', () => {
    // 06:45 UTC in July is 08:45 in Paris.
    expect(openStateAt(coubron, new Date('2026-07-15T06:45:00Z'))).toBe('ouvert');
    expect(openStateAt(coubron, new Date('2026-07-15T06:15:00Z'))).toBe('ferme');
  });

  test('fermé les jours fériés : 14 juillet, lundi de Pâques, Ascension, lundi de Pentecôte', () => {
    for (const day of ['2026-07-14', '2026-04-06', '2026-05-14', '2026-05-25', '2027-03-29'])
      expect(openStateAt(coubron, new Date(`${day}T10:00:00+02:00`)), day).toBe('ferme');
    expect(isFrenchPublicHoliday(2026, 4, 7)).toBe(false);
  });

  test('sans « PH off », un jour férié est un jour comme les autres', () => {
    const open = toWeeklySchedule('Mo-Fr 08:30-12:00')!;
    expect(openStateAt(open, new Date('2026-07-14T10:00:00+02:00'))).toBe('ouvert');
  });

  test('un créneau « sur rendez-vous »', () => {
    const s = toWeeklySchedule('We 13:30-17:30 "sur rendez-vous"')!;
    expect(openStateAt(s, new Date('2026-01-14T14:00:00+01:00'))).toBe('rendez-vous');
  });

  test('des horaires irréguliers ne donnent pas d’état', () => {
    expect(openStateAt(toWeeklySchedule('week 1-53/2 Th 09:00-12:00')!, new Date())).toBeUndefined();
  });

  test('même réponse que la bibliothèque opening_hours, à tout moment de 2026 à 2030', () => {
    const values = [
      'Mo-Fr 08:30-12:00,13:30-17:00; PH off',
      'Mo,We,Th 08:30-12:30,13:30-17:00; Tu 10:00-12:30,13:30-17:00; Fr 13:30-17:00; Sa 09:00-12:00; PH off',
      'Mo,We-Fr 08:30-12:00,13:30-17:30; Tu 13:30-17:30; PH off',
      '24/7',
    ];
    const schedules = values.map((v) => toWeeklySchedule(v)!);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: values.length - 1 }),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (i, date) => {
          const expected = isOpenAt(values[i]!, date) ? 'ouvert' : 'ferme';
          expect(openStateAt(schedules[i]!, date)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
    // 500 comparisons with the library: a few seconds on a loaded machine, more than vitest's 5 s default.
  }, 60_000);
});
