/**
 * The desks serving a commune (its own, then the 3 nearest registration desks open to everyone) and the
 * choices of the directory's "Où habitez-vous ?" filter: every commune of the territory, even without a desk.
 */
import { describe, expect, test } from 'vitest';
import { desksServing, homeCommuneChoices, type Desk } from '../../src/lib/desks/index.ts';

const at = (lat: number, lon: number) => ({ lat, lon, precision: 'adresse' as const });
const desk = (id: string, over: Partial<Desk>): Desk =>
  ({ id, name: id, levels: [2], audience: 'tous', outsideTerritory: false, ...over }) as Desk;

// On one line of longitude, 0.01° of latitude apart (about 1.1 km each).
const desks = [
  desk('mairie-a', { commune: 'A', levels: [1], location: at(45.0, 3) }),
  desk('depot-a', { commune: 'A', location: at(45.0, 3) }),
  desk('depot-b', { commune: 'B', location: at(45.01, 3) }),
  desk('depot-c', { commune: 'C', location: at(45.02, 3) }),
  desk('salaries-c', { commune: 'C', audience: 'salaries', location: at(45.02, 3) }),
  desk('depot-d', { commune: 'D', location: at(45.03, 3) }),
  desk('depot-e', { commune: 'E', location: at(45.04, 3) }),
  desk('telephone', { kind: 'siao', levels: [3] }),
];

describe('les guichets qui servent une commune', () => {
  test('ceux de la commune, puis les 3 guichets de dépôt ouverts à tous les plus proches', () => {
    const r = desksServing('A', { lat: 45.0, lon: 3 }, desks);
    expect(r.here.map((d) => d.id)).toEqual(['mairie-a', 'depot-a']);
    expect(r.nearest.map((n) => n.desk.id)).toEqual(['depot-b', 'depot-c', 'depot-d']);
  });

  test('une commune sans guichet : les 3 plus proches de son centre', () => {
    const r = desksServing('Z', { lat: 45.035, lon: 3 }, desks);
    expect(r.here).toEqual([]);
    expect(r.nearest.map((n) => n.desk.id).sort()).toEqual(['depot-c', 'depot-d', 'depot-e']);
  });

  test('sans centre connu : seulement les guichets de la commune', () => {
    expect(desksServing('B', undefined, desks)).toEqual({ here: [desks[2]], nearest: [] });
  });
});

describe('le filtre « Où habitez-vous ? »', () => {
  test('toutes les communes, par ordre alphabétique, avec les guichets qui les servent', () => {
    const communes = [
      { code: 'Z', name: 'Zonza', slug: 'zonza' },
      { code: 'A', name: 'Ébreuil', slug: 'ebreuil' },
      { code: 'B', name: 'Arconsat', slug: 'arconsat' },
    ];
    const choices = homeCommuneChoices(communes, { A: { lat: 45.0, lon: 3 }, Z: { lat: 45.04, lon: 3 } }, desks);
    expect(choices).toEqual([
      { code: 'B', name: 'Arconsat', href: '/communes/arconsat/#guichets', deskIds: ['depot-b'] },
      {
        code: 'A',
        name: 'Ébreuil',
        href: '/communes/ebreuil/#guichets',
        deskIds: ['mairie-a', 'depot-a', 'depot-b', 'depot-c', 'depot-d'],
      },
      { code: 'Z', name: 'Zonza', href: '/communes/zonza/#guichets', deskIds: ['depot-e', 'depot-d', 'depot-c'] },
    ]);
  });
});
