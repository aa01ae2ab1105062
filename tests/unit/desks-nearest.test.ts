import { describe, expect, test } from 'vitest';
import { distanceKm, nearestDesks, type Desk } from '../../src/lib/desks/index.ts';

function desk(
  id: string,
  lat: number,
  lon: number,
  levels: Desk['levels'] = [2],
  audience: Desk['audience'] = 'tous',
): Desk {
  return {
    id,
    name: id,
    kind: 'mairie',
    levels,
    street: '1 rue',
    postcode: '63300',
    city: 'Thiers',
    commune: '63430',
    outsideTerritory: false,
    location: { lat, lon, precision: 'commune' },
    byAppointment: false,
    audience,
    source: 'test',
  };
}

describe('guichets les plus proches', () => {
  test('distance à vol d’oiseau : Paris – Lyon fait environ 392 km', () => {
    expect(distanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(392, -1);
    expect(distanceKm({ lat: 45, lon: 3 }, { lat: 45, lon: 3 })).toBe(0);
  });

  test('le plus proche d’abord, limité au nombre demandé', () => {
    const from = { lat: 45.85, lon: 3.55 };
    const desks = [desk('loin', 45.77, 3.08), desk('pres', 45.856, 3.547), desk('moyen', 45.8, 3.17)];
    expect(nearestDesks(from, desks, { limit: 2 }).map((r) => r.desk.id)).toEqual(['pres', 'moyen']);
  });

  test('seulement les guichets du niveau demandé, ouverts à tous si on le demande', () => {
    const from = { lat: 45.85, lon: 3.55 };
    const desks = [
      desk('info', 45.85, 3.55, [1]),
      desk('salaries', 45.851, 3.55, [2], 'salaries'),
      desk('depot', 45.9, 3.6, [1, 2]),
    ];
    expect(nearestDesks(from, desks, { level: 2 }).map((r) => r.desk.id)).toEqual(['salaries', 'depot']);
    expect(nearestDesks(from, desks, { level: 2, everyoneOnly: true }).map((r) => r.desk.id)).toEqual(['depot']);
  });

  test('un service par téléphone, sans position, est laissé de côté', () => {
    const phone: Desk = { ...desk('115', 0, 0), kind: 'siao', location: undefined };
    expect(nearestDesks({ lat: 45, lon: 3 }, [phone, desk('a', 45.1, 3)]).map((r) => r.desk.id)).toEqual(['a']);
  });

  test('deux guichets à la même distance : ordre alphabétique, donc stable', () => {
    const desks = [desk('b', 45.1, 3), desk('a', 45.1, 3)];
    expect(nearestDesks({ lat: 45, lon: 3 }, desks).map((r) => r.desk.id)).toEqual(['a', 'b']);
  });
});

describe('nom de commune après « à »', () => {
  test('à Thiers, au Raincy, aux Pavillons-sous-Bois', async () => {
    const { atCommune } = await import('../../src/lib/desks/index.ts');
    expect(atCommune('Thiers')).toBe('à Thiers');
    expect(atCommune('Le Raincy')).toBe('au Raincy');
    expect(atCommune('Les Pavillons-sous-Bois')).toBe('aux Pavillons-sous-Bois');
    expect(atCommune('La Monnerie-le-Montel')).toBe('à La Monnerie-le-Montel');
  });
});
