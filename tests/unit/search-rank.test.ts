/**
 * Order of the search results: the pages of the communes the query names first (whole name or its first
 * letters), then content pages, then the other communes' pages, then the leaflets.
 */
import { describe, expect, test } from 'vitest';
import { communeOf, isLeaflet, namedCommunes, normalizeWords, rankResults } from '../../src/client/search-rank.ts';

const urls = (pages: { url: string }[]) => pages.map((p) => p.url);
const communes = [
  { slug: 'thiers', name: 'Thiers' },
  { slug: 'olmet', name: 'Olmet' },
  { slug: 'saint-remy-sur-durolle', name: 'Saint-Rémy-sur-Durolle' },
  { slug: 'saint-victor-montvianeix', name: 'Saint-Victor-Montvianeix' },
  { slug: 'la-renaudie', name: 'La Renaudie' },
];
const slugs = (q: string) => namedCommunes(q, communes).map((c) => c.slug);

describe('les communes nommées par la recherche', () => {
  test('le nom entier ou ses 3 premières lettres, sans accent ni majuscule', () => {
    expect(slugs('Thiers')).toEqual(['thiers']);
    expect(slugs('thi')).toEqual(['thiers']);
    expect(slugs('OLM')).toEqual(['olmet']);
    expect(slugs('saint-rémy-sur-durolle')).toEqual(['saint-remy-sur-durolle']);
  });

  test('le début d’un mot du nom, le nom entier avant les autres', () => {
    expect(slugs('rémy')).toEqual(['saint-remy-sur-durolle']);
    expect(slugs('renau')).toEqual(['la-renaudie']);
    expect(slugs('saint')).toEqual(['saint-remy-sur-durolle', 'saint-victor-montvianeix']);
    expect(slugs('saint vic')).toEqual(['saint-victor-montvianeix']);
  });

  test('moins de 3 lettres ou un autre mot : aucune commune', () => {
    expect(slugs('th')).toEqual([]);
    expect(slugs('DALO')).toEqual([]);
    expect(slugs('thiersx')).toEqual([]);
  });
});

describe('ordre des résultats de recherche', () => {
  const found = [
    '/dalo/',
    '/plaquettes/commune-thiers/',
    '/communes/olmet/',
    '/plaquettes/commune-olmet/',
    '/plaquettes/cotation/',
    '/communes/thiers/',
    '/delais/',
    '/plaquettes/',
    '/guichets/commune-63113/',
  ].map((url) => ({ url }));

  test('un mot de sujet : les pages de contenu, puis les communes, puis les plaquettes', () => {
    expect(urls(rankResults(found, []))).toEqual([
      '/dalo/',
      '/delais/',
      '/plaquettes/',
      '/guichets/commune-63113/',
      '/communes/olmet/',
      '/communes/thiers/',
      '/plaquettes/commune-thiers/',
      '/plaquettes/commune-olmet/',
      '/plaquettes/cotation/',
    ]);
  });

  test('une commune nommée : sa page en premier, sa plaquette juste après', () => {
    expect(urls(rankResults(found, ['thiers']))).toEqual([
      '/communes/thiers/',
      '/plaquettes/commune-thiers/',
      '/dalo/',
      '/delais/',
      '/plaquettes/',
      '/guichets/commune-63113/',
      '/communes/olmet/',
      '/plaquettes/commune-olmet/',
      '/plaquettes/cotation/',
    ]);
  });

  test('deux communes nommées : dans l’ordre donné', () => {
    expect(urls(rankResults(found, ['olmet', 'thiers'])).slice(0, 4)).toEqual([
      '/communes/olmet/',
      '/plaquettes/commune-olmet/',
      '/communes/thiers/',
      '/plaquettes/commune-thiers/',
    ]);
  });

  test('reconnaître une page de commune et une plaquette', () => {
    expect(communeOf('/communes/la-renaudie/')).toBe('la-renaudie');
    expect(communeOf('http://127.0.0.1:4321/communes/olmet/')).toBe('olmet');
    expect(communeOf('/plaquettes/commune-olmet/')).toBe('olmet');
    expect(communeOf('/communes/')).toBeUndefined();
    expect(communeOf('/guichets/commune-63113/')).toBeUndefined();
    expect(isLeaflet('http://127.0.0.1:4321/plaquettes/grille/')).toBe(true);
    expect(isLeaflet('/plaquettes/')).toBe(false);
    expect(normalizeWords('Saint-Rémy’s  Église')).toBe('saint remy s eglise');
  });
});
