/**
 * Order of the search results. Every commune page repeats the same territory sentences (the DALO delay,
 * the portals, the desks): for a topic word such as "DALO" they would crowd out the pages that explain
 * it. So a commune page, or its printed sheet, comes after the other pages unless the query names the
 * commune. Pagefind's order is kept inside each part.
 */

/** The part of a result this ordering needs. */
export interface RankedPage {
  /** Page address, as Pagefind gives it ("/communes/thiers/"). */
  url: string;
}

/** Lower case, without accents, hyphens and apostrophes as spaces: "Saint-Rémy" → "saint remy". */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The commune slug of a commune page or commune sheet, else undefined. */
export function communeOf(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return /^\/communes\/([a-z0-9-]+)\/$/.exec(path)?.[1] ?? /^\/plaquettes\/commune-([a-z0-9-]+)\/$/.exec(path)?.[1];
}

/** True when a word of the query (3 letters or more) is a word of the commune's name. */
function names(query: string, slug: string): boolean {
  const words = new Set(normalizeWords(slug).split(' '));
  return normalizeWords(query)
    .split(' ')
    .some((w) => w.length >= 3 && words.has(w));
}

/** The results with unnamed commune pages moved after every other page; a new array. */
export function communePagesLast<P extends RankedPage>(pages: readonly P[], query: string): P[] {
  const first: P[] = [];
  const last: P[] = [];
  for (const page of pages) {
    const slug = communeOf(page.url);
    (slug && !names(query, slug) ? last : first).push(page);
  }
  return [...first, ...last];
}
