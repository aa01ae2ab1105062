/** Order of the search results: commune pages after the other pages, unless the query names the commune. */
import { describe, expect, test } from 'vitest';
import { communeOf, communePagesLast, normalizeWords } from '../../src/client/search-rank.ts';

const urls = (pages: { url: string }[]) => pages.map((p) => p.url);

describe('ordre des résultats de recherche', () => {
  const found = [
    '/dalo/',
    '/communes/olmet/',
    '/plaquettes/commune-olmet/',
    '/communes/thiers/',
    '/delais/',
    '/guichets/commune-63113/',
  ].map((url) => ({ url }));

  test('un mot de sujet : les pages de contenu d’abord, l’ordre de Pagefind gardé dans chaque partie', () => {
    expect(urls(communePagesLast(found, 'DALO'))).toEqual([
      '/dalo/',
      '/delais/',
      '/guichets/commune-63113/',
      '/communes/olmet/',
      '/plaquettes/commune-olmet/',
      '/communes/thiers/',
    ]);
  });

  test('le nom d’une commune : sa page garde sa place', () => {
    expect(urls(communePagesLast(found, 'thiers'))).toEqual([
      '/dalo/',
      '/communes/thiers/',
      '/delais/',
      '/guichets/commune-63113/',
      '/communes/olmet/',
      '/plaquettes/commune-olmet/',
    ]);
    expect(
      urls(communePagesLast([{ url: '/dalo/' }, { url: '/communes/saint-remy-sur-durolle/' }], 'Saint-Rémy')),
    ).toEqual(['/dalo/', '/communes/saint-remy-sur-durolle/']);
  });

  test('reconnaître une page de commune', () => {
    expect(communeOf('/communes/la-renaudie/')).toBe('la-renaudie');
    expect(communeOf('http://127.0.0.1:4321/communes/olmet/')).toBe('olmet');
    expect(communeOf('/plaquettes/commune-olmet/')).toBe('olmet');
    expect(communeOf('/communes/')).toBeUndefined();
    expect(communeOf('/guichets/commune-63113/')).toBeUndefined();
    expect(normalizeWords('Saint-Rémy’s  Église')).toBe('saint remy s eglise');
  });
});
