/**
 * Unreadable opening hours: the French message, where the reading stopped, and the advice for the usual
 * mistakes. Expected sentences are written by hand; they kill the mutants of src/lib/desks/hours.ts
 * (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { isOpenAt, parseOpeningHours } from '../../src/lib/desks/index.ts';

// Opening hours are read in the time of the desks, whatever the machine's (as in desks-open-now.test.ts).
process.env.TZ = 'Europe/Paris';

const error = (value: string) => {
  const r = parseOpeningHours(value);
  return r.ok ? 'lisible' : r.error;
};

describe('horaires illisibles', () => {
  it('heures écrites avec « h » : où la lecture s’arrête, et le conseil des deux-points', () => {
    expect(error('Mo 9 h 30-12 h')).toBe(
      'horaires illisibles : « Mo 9 h 30-12 h », erreur après « Mo 9 h » : les heures s’écrivent avec deux-points, par exemple 08:30',
    );
  });

  it('heure au-delà de 24:00', () => {
    expect(error('Mo 30:00-31:00')).toBe(
      'horaires illisibles : « Mo 30:00-31:00 », erreur après « Mo 30:00 » : une heure va de 00:00 à 24:00',
    );
  });

  it('heures sans espace, heure 25:00, jours en français : le conseil qui va', () => {
    expect(error('Mo-Fr 8h30-12h')).toBe(
      'horaires illisibles : « Mo-Fr 8h30-12h », erreur après « Mo-Fr 8h » : les heures s’écrivent avec deux-points, par exemple 08:30',
    );
    expect(error('Mo-Fr 25:00-26:00')).toBe(
      'horaires illisibles : « Mo-Fr 25:00-26:00 », erreur après « Mo-Fr 25:00 » : une heure va de 00:00 à 24:00',
    );
    expect(error('ma 08:00')).toBe(
      'horaires illisibles : « ma 08:00 », erreur après « ma 08:00 » : les jours s’écrivent en anglais, Mo Tu We Th Fr Sa Su',
    );
  });

  it('une erreur sans endroit dans le message de la bibliothèque : ni endroit ni conseil', () => {
    expect(error('Mo-Fr 08:30-12:00 ;  Xy')).toBe('horaires illisibles : « Mo-Fr 08:30-12:00 ;  Xy »');
  });

  it('sans conseil quand l’erreur n’est pas une erreur connue', () => {
    expect(error('xx Mo')).toBe('horaires illisibles : « xx Mo », erreur après « xx »');
  });

  it('horaires lisibles, et ouvert ou fermé à une date', () => {
    expect(error('Mo-Fr 08:30-12:00; PH off')).toBe('lisible');
    // Lundi 5 janvier 2026 à 9 h (heure de Paris) : ouvert ; à 13 h : fermé ; horaires illisibles : on ne sait pas.
    expect(isOpenAt('Mo-Fr 08:30-12:00', new Date('2026-01-05T09:00:00+01:00'))).toBe(true);
    expect(isOpenAt('Mo-Fr 08:30-12:00', new Date('2026-01-05T13:00:00+01:00'))).toBe(false);
    expect(isOpenAt('xx Mo', new Date('2026-01-05T09:00:00+01:00'))).toBeUndefined();
  });
});
