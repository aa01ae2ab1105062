import { describe, expect, test } from 'vitest';
import { frenchOpeningLines, frenchDays, frenchTime, toWeeklySchedule } from '../../src/lib/desks/index.ts';

const lines = (value: string) => frenchOpeningLines(toWeeklySchedule(value)!);

describe('horaires en français', () => {
  test('heures : « 8 h 30 », « 12 h »', () => {
    expect(frenchTime(510)).toBe('8 h 30');
    expect(frenchTime(720)).toBe('12 h');
    expect(frenchTime(1005)).toBe('16 h 45');
  });

  test('jours : un jour, deux jours, une suite de jours, des jours séparés', () => {
    expect(frenchDays([0])).toBe('Le lundi');
    expect(frenchDays([0, 1])).toBe('Le lundi et le mardi');
    expect(frenchDays([0, 1, 2, 3, 4])).toBe('Du lundi au vendredi');
    expect(frenchDays([0, 2, 3])).toBe('Le lundi, le mercredi et le jeudi');
    expect(frenchDays([0, 1, 2, 4])).toBe('Du lundi au mercredi et le vendredi');
  });

  test('un seul jour avec pause de midi', () => {
    expect(lines('Mo 08:30-12:00,13:30-17:00')).toEqual([
      'Le lundi : de 8 h 30 à 12 h et de 13 h 30 à 17 h.',
      'Fermé du mardi au dimanche.',
    ]);
  });

  test('du lundi au vendredi, fermé les jours fériés', () => {
    expect(lines('Mo-Fr 08:30-12:00,13:30-17:00; PH off')).toEqual([
      'Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h 30 à 17 h.',
      'Fermé le samedi et le dimanche.',
      'Fermé les jours fériés.',
    ]);
  });

  test('le samedi matin est dit à part', () => {
    expect(lines('Mo-Fr 08:30-12:00; Sa 09:00-12:00; PH off')).toEqual([
      'Du lundi au vendredi : de 8 h 30 à 12 h.',
      'Le samedi : de 9 h à 12 h.',
      'Fermé le dimanche.',
      'Fermé les jours fériés.',
    ]);
  });

  test('les horaires de Clichy-sous-Bois, seed 002 annexe 3', () => {
    expect(
      lines('Mo,We,Th 08:30-12:30,13:30-17:00; Tu 10:00-12:30,13:30-17:00; Fr 13:30-17:00; Sa 09:00-12:00; PH off'),
    ).toEqual([
      'Le lundi, le mercredi et le jeudi : de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h.',
      'Le mardi : de 10 h à 12 h 30 et de 13 h 30 à 17 h.',
      'Le vendredi : de 13 h 30 à 17 h.',
      'Le samedi : de 9 h à 12 h.',
      'Fermé le dimanche.',
      'Fermé les jours fériés.',
    ]);
  });

  test('« sur rendez-vous » écrit dans les horaires', () => {
    expect(lines('Mo 09:30-11:00; We 13:30-17:30 "sur rendez-vous"; PH off')).toEqual([
      'Le lundi : de 9 h 30 à 11 h.',
      'Le mercredi : de 13 h 30 à 17 h 30 sur rendez-vous.',
      'Fermé le mardi et du jeudi au dimanche.',
      'Fermé les jours fériés.',
    ]);
  });

  test('ouvert tout le temps : le 115', () => {
    expect(lines('24/7')).toEqual(['Tous les jours, 24 heures sur 24.']);
  });

  test('des horaires qui changent selon les semaines ne sont pas réduits à une semaine', () => {
    expect(lines('week 1-53/2 Th 09:00-12:00')).toEqual(['Les horaires changent selon les semaines.']);
  });

  test('le texte respecte les règles FALC : pas de parenthèses, pas de point-virgule', () => {
    for (const value of ['Mo-Fr 08:30-12:00,13:30-17:00; PH off', 'Mo 09:30-11:00; We 13:30-17:30 "sur rendez-vous"']) {
      for (const line of lines(value)) expect(line).not.toMatch(/[;()…]/);
    }
  });
});
