/** Desks in order of use: the territory's own first, the orientation results, the words about hours. */
import { describe, expect, test } from 'vitest';
import {
  deskFilters,
  deskGroups,
  directorySummary,
  followAnswers,
  nearestDesks,
  orderDesks,
  outcomeDesks,
  outsideTerritoryText,
  type Desk,
  type OrientationOutcome,
} from '../../src/lib/desks/index.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { PICTOGRAMS } from '../../src/lib/pictograms/index.ts';
import { PICTOGRAMS as LEAFLET_PICTOGRAMS } from '../../src/lib/leaflets/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

const THIERS = { lat: 45.8564, lon: 3.5475 };
// Loaded once, outside the tests' time limit: reading the official commune list takes a few seconds.
const REAL = Object.fromEntries(
  ['thiers-dore-montagne', 'grand-paris-grand-est'].map((slug) => [
    slug,
    loadTerritory(slug, { territoriesDir: TERRITORIES }).territory!,
  ]),
);

function desk(id: string, over: Partial<Desk> = {}): Desk {
  return {
    id,
    name: id,
    kind: 'mairie',
    levels: [1, 2],
    street: '1 rue',
    postcode: '63300',
    city: 'Thiers',
    commune: '63430',
    outsideTerritory: false,
    location: { ...THIERS, precision: 'commune' },
    byAppointment: false,
    audience: 'tous',
    source: 'test',
    ...over,
  };
}

const far = { lat: 45.7772, lon: 3.087, precision: 'commune' as const };
const near = { lat: 45.86, lon: 3.55, precision: 'commune' as const };

describe('ordre d’usage des guichets', () => {
  test('le territoire d’abord, même quand un guichet hors du territoire a un nom qui vient avant', () => {
    const desks = [
      desk('action-logement', {
        name: 'Action Logement',
        kind: 'action-logement',
        levels: [2],
        outsideTerritory: true,
        audience: 'salaries',
        location: far,
      }),
      desk('auvergne-habitat', { name: 'Auvergne Habitat', kind: 'bailleur', outsideTerritory: true, location: far }),
      desk('service', { name: 'Service Logement', kind: 'epci' }),
      desk('ophis', { name: 'Ophis', kind: 'bailleur' }),
    ];
    expect(orderDesks(desks).map((d) => d.id)).toEqual(['service', 'ophis', 'auvergne-habitat', 'action-logement']);
  });

  test('par niveau : dépôt, puis accompagnement, puis information', () => {
    const desks = [
      desk('info', { levels: [1] }),
      desk('aide', { levels: [3], kind: 'ccas' }),
      desk('depot', { levels: [2] }),
    ];
    expect(orderDesks(desks).map((d) => d.id)).toEqual(['depot', 'aide', 'info']);
  });

  test('puis le plus proche de la commune, puis ouvert à tous avant réservé', () => {
    const desks = [
      desk('loin', { location: far }),
      desk('pres', { location: near }),
      desk('salaries', { audience: 'salaries', location: near }),
    ];
    expect(orderDesks(desks, { from: THIERS }).map((d) => d.id)).toEqual(['pres', 'loin', 'salaries']);
  });

  test('l’entrée n’est pas modifiée', () => {
    const desks = [desk('b'), desk('a')];
    orderDesks(desks);
    expect(desks.map((d) => d.id)).toEqual(['b', 'a']);
  });

  test('les groupes de l’annuaire : un par niveau, puis les guichets hors du territoire', () => {
    const groups = deskGroups([
      desk('dehors', { outsideTerritory: true, location: far }),
      desk('aide', { levels: [3] }),
      desk('depot'),
      desk('info', { levels: [1] }),
    ]);
    expect(groups.map((g) => [g.id, g.desks.map((d) => d.id)])).toEqual([
      ['niveau-2', ['depot']],
      ['niveau-3', ['aide']],
      ['niveau-1', ['info']],
      ['hors-territoire', ['dehors']],
    ]);
  });

  test('un guichet hors du territoire dit où il est et qui il reçoit', () => {
    expect(
      outsideTerritoryText(desk('a', { outsideTerritory: true, city: 'Clermont-Ferrand', audience: 'salaries' })),
    ).toBe(
      'Ce guichet est à Clermont-Ferrand, hors du territoire. Il reçoit seulement les salariés des entreprises privées.',
    );
    expect(outsideTerritoryText(desk('b', { outsideTerritory: true, city: 'Aulnat' }))).toBe(
      'Ce guichet est à Aulnat, hors du territoire. Il reçoit tout le monde.',
    );
    expect(outsideTerritoryText(desk('c'))).toBeUndefined();
  });
});

describe('le guichet le plus proche', () => {
  test('jamais hors du territoire quand le territoire en a un, même plus loin', () => {
    const desks = [desk('dehors', { outsideTerritory: true, location: near }), desk('dedans', { location: far })];
    expect(nearestDesks(THIERS, desks, { level: 2 }).map((r) => r.desk.id)).toEqual(['dedans']);
  });

  test('hors du territoire seulement quand le territoire n’en a aucun', () => {
    const desks = [desk('dehors', { outsideTerritory: true, location: far }), desk('info', { levels: [1] })];
    expect(nearestDesks(THIERS, desks, { level: 2 }).map((r) => r.desk.id)).toEqual(['dehors']);
  });

  test('Thiers Dore et Montagne : aucune commune ne se voit proposer un guichet hors du territoire', () => {
    const t = REAL['thiers-dore-montagne']!;
    for (const c of t.communes) {
      const centre = t.deskExtras.communeCentres[c.code];
      if (!centre) continue;
      for (const r of nearestDesks(centre, t.desks, { level: 2, limit: 3 }))
        expect(r.desk.outsideTerritory, `${c.name} : ${r.desk.id}`).toBe(false);
    }
  });
});

describe('résultats de « Où aller ? »', () => {
  const outcome = (over: Partial<OrientationOutcome>): OrientationOutcome => ({
    id: 'r',
    orientation: 'ccas',
    title: 'T',
    text: ['Texte.'],
    portals: false,
    links: [],
    register: false,
    ...over,
  });

  test('sans CCAS, les mairies du territoire disent où il est', () => {
    const desks = [
      desk('mairie-a'),
      desk('bailleur', { kind: 'bailleur' }),
      desk('mairie-dehors', { outsideTerritory: true, location: far }),
    ];
    const r = outcomeDesks(outcome({ desks: { kinds: ['ccas'] } }), desks);
    expect(r.desks).toEqual([]);
    expect(r.fallback?.kind).toBe('mairie');
    expect(r.fallback?.desks.map((d) => d.id)).toEqual(['mairie-a']);
  });

  test('sans mairie dans la liste, les guichets du territoire ouverts à tous', () => {
    const desks = [
      desk('service', { kind: 'epci' }),
      desk('dehors', { kind: 'bailleur', outsideTerritory: true, location: far }),
    ];
    const r = outcomeDesks(outcome({ orientation: 'departement', desks: { kinds: ['departement'] } }), desks);
    expect(r.fallback).toEqual({ kind: 'guichet', desks: [desks[0]] });
  });

  test('« register » : les guichets de dépôt du territoire, ouverts à tous', () => {
    const desks = [
      desk('115', { kind: 'siao', levels: [3] }),
      desk('service', { kind: 'epci' }),
      desk('al', { kind: 'action-logement', audience: 'salaries' }),
      desk('dehors', { outsideTerritory: true, location: far }),
    ];
    const r = outcomeDesks(outcome({ orientation: 'siao', desks: { kinds: ['siao'] }, register: true }), desks);
    expect(r.desks.map((d) => d.id)).toEqual(['115']);
    expect(r.register.map((d) => d.id)).toEqual(['service']);
    expect(r.fallback).toBeUndefined();
  });

  for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
    test(`${slug} : sans logement, appeler le 115 et déposer sa demande tout de suite`, () => {
      const territory = REAL[slug];
      const o = followAnswers(territory!.deskExtras.orientation!, { 'logement-ce-soir': 'non' })!;
      expect(o.register).toBe(true);
      expect(o.text.join(' ')).toContain('dès maintenant');
      expect(o.text.join(' ')).not.toMatch(/plus tard/i);
      expect(outcomeDesks(o, territory!.desks).register.length).toBeGreaterThan(0);
    });

    test(`${slug} : chaque résultat donne une adresse ou un téléphone, ou le contact du territoire`, () => {
      const territory = REAL[slug];
      for (const o of territory!.deskExtras.orientation!.outcomes) {
        const r = outcomeDesks(o, territory!.desks);
        const shown = [...r.desks, ...(r.fallback?.desks ?? []), ...r.register];
        const reachable =
          shown.some((d) => d.street || d.phone) || (!shown.length && Boolean(territory!.settings.contact.address));
        expect(reachable, o.id).toBe(true);
        // A result with a selector always shows a desk: its own, or who can say where to go.
        if (o.desks) expect(r.desks.length + (r.fallback?.desks.length ?? 0), o.id).toBeGreaterThan(0);
      }
    });
  }
});

describe('les mots de l’annuaire', () => {
  test('les horaires sont annoncés seulement quand chaque guichet les a', () => {
    const withHours = desk('a', { openingHours: 'Mo-Fr 09:00-12:00' });
    expect(directorySummary([withHours])).toContain('horaires');
    expect(directorySummary([desk('b')])).not.toContain('horaires');
    expect(directorySummary([desk('b', { phone: '04 73 80 90 07' })])).toContain('Appelez avant de venir');
    expect(directorySummary([desk('b')])).not.toContain('Appelez');
    expect(directorySummary([withHours, desk('b')])).toContain('quand nous les connaissons');
    // The 115 answers day and night: its hours say nothing about the counters.
    expect(directorySummary([desk('b'), desk('115', { kind: 'siao', openingHours: '24/7' })])).not.toContain(
      'horaires',
    );
  });

  test('le filtre « Pour qui » ne répète pas « Tout le monde »', () => {
    const filters = deskFilters([desk('a'), desk('b', { audience: 'salaries' })], []);
    const labels = filters.filter((f) => f.group === 'public').map((f) => f.label);
    expect(labels).toEqual(['Ouverts à tout le monde', 'Salariés des entreprises privées']);
  });
});

test('les plaquettes et le site dessinent les mêmes pictogrammes', () => {
  expect(LEAFLET_PICTOGRAMS).toBe(PICTOGRAMS);
});
