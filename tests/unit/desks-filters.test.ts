/**
 * The directory's filters (one static page per level, commune and audience), on four desks written here:
 * every slug, label and link is written by hand. Kills the mutants of src/lib/desks/filters.ts
 * (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import {
  audienceFilterLabel,
  deskCommuneName,
  deskFilters,
  matchesFilter,
  type Desk,
} from '../../src/lib/desks/index.ts';

const desk = (part: Partial<Desk>): Desk => ({ levels: [1], audience: 'tous', ...part }) as Desk;
const thiers = desk({ levels: [1, 2], commune: '63430', city: 'Thiers' });
const courpiere = desk({ levels: [2], commune: '63125', city: 'Courpière', audience: 'salaries' });
const clermont = desk({ levels: [3], commune: '63113', city: 'Clermont-Ferrand' });
const phone = desk({ levels: [1] });
const communes = [
  { code: '63430', name: 'Thiers', slug: 'thiers' },
  { code: '63125', name: 'Courpière', slug: 'courpiere' },
];

describe('filtres de l’annuaire des guichets', () => {
  it('niveaux présents, communes par ordre alphabétique, publics quand il y en a plusieurs', () => {
    expect(deskFilters([clermont, thiers, courpiere, phone], communes)).toEqual([
      { slug: 'niveau-1', group: 'niveau', value: '1', label: 'Information', href: '/guichets/niveau-1/' },
      { slug: 'niveau-2', group: 'niveau', value: '2', label: 'Dépôt de la demande', href: '/guichets/niveau-2/' },
      { slug: 'niveau-3', group: 'niveau', value: '3', label: 'Accompagnement social', href: '/guichets/niveau-3/' },
      {
        slug: 'commune-63113',
        group: 'commune',
        value: '63113',
        label: 'Clermont-Ferrand',
        href: '/guichets/commune-63113/',
      },
      {
        slug: 'commune-63125',
        group: 'commune',
        value: '63125',
        label: 'Courpière',
        href: '/communes/courpiere/#guichets',
      },
      { slug: 'commune-63430', group: 'commune', value: '63430', label: 'Thiers', href: '/communes/thiers/#guichets' },
      {
        slug: 'public-tous',
        group: 'public',
        value: 'tous',
        label: 'Ouverts à tout le monde',
        href: '/guichets/public-tous/',
      },
      {
        slug: 'public-salaries',
        group: 'public',
        value: 'salaries',
        label: 'Salariés des entreprises privées',
        href: '/guichets/public-salaries/',
      },
    ]);
  });

  it('un seul public : pas de filtre de public ; un niveau absent : pas de filtre pour lui', () => {
    expect(deskFilters([thiers, phone], communes).map((f) => f.slug)).toEqual([
      'niveau-1',
      'niveau-2',
      'commune-63430',
    ]);
  });

  it('nom de la commune d’un guichet : celui de la commune membre, sinon la ville écrite', () => {
    expect(deskCommuneName(desk({ commune: '63430', city: 'THIERS CEDEX' }), communes)).toBe('Thiers');
    expect(deskCommuneName(clermont, communes)).toBe('Clermont-Ferrand');
    expect(deskCommuneName(phone, communes)).toBeUndefined();
    expect(deskFilters([desk({ commune: '63999' })], communes).map((f) => f.label)).toEqual(['Information', '63999']);
  });

  it('mots du filtre « Pour qui »', () => {
    expect(audienceFilterLabel('tous')).toBe('Ouverts à tout le monde');
    expect(audienceFilterLabel('locataires')).toBe('Locataires d’un logement social');
  });

  it('un guichet passe un filtre de niveau, de commune ou de public', () => {
    expect(matchesFilter(thiers, { group: 'niveau', value: '2' })).toBe(true);
    expect(matchesFilter(thiers, { group: 'niveau', value: '3' })).toBe(false);
    expect(matchesFilter(thiers, { group: 'commune', value: '63430' })).toBe(true);
    expect(matchesFilter(thiers, { group: 'commune', value: '63125' })).toBe(false);
    expect(matchesFilter(courpiere, { group: 'public', value: 'salaries' })).toBe(true);
    expect(matchesFilter(courpiere, { group: 'public', value: 'tous' })).toBe(false);
  });
});
