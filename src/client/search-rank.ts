/**
 * Order of the search results. A person who types a commune's name, or its first letters, wants that
 * commune's page: it comes first, even when Pagefind did not find it (Pagefind matches whole words, and
 * every commune page repeats the same territory sentences, so the page can rank last or be missing).
 * Then the content pages, in Pagefind's order; then the pages of the other communes (they would crowd out
 * the pages that explain a topic word such as "DALO"); then the leaflets, which repeat a page of the site.
 */

/** The part of a result this ordering needs. */
export interface RankedPage {
  /** Page address, as Pagefind gives it ("/communes/thiers/"). */
  url: string;
}

/** A commune of the territory, as the search page lists them. */
export interface SearchCommune {
  slug: string;
  name: string;
}

/** Letters needed before a commune is matched by the start of its name. */
const PREFIX_MIN_LETTERS = 3;

/** Lower case, without accents, hyphens and apostrophes as spaces: « Saint-Rémy » becomes « saint remy ». */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The path of an address, without the site ("http://x/communes/olmet/?a" → "/communes/olmet/"). */
function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
}

/** The commune slug of a commune page or commune sheet, else undefined. */
export function communeOf(url: string): string | undefined {
  const path = pathOf(url);
  return /^\/communes\/([a-z0-9-]+)\/$/.exec(path)?.[1] ?? /^\/plaquettes\/commune-([a-z0-9-]+)\/$/.exec(path)?.[1];
}

/** True for a leaflet's page (/plaquettes/<leaflet>/), not the list of leaflets. */
export function isLeaflet(url: string): boolean {
  return /^\/plaquettes\/[^/]+\/$/.test(pathOf(url));
}

/**
 * How well the query names a commune, lower is better: 0 the whole name, 1 the start of the name, 2 the
 * start of a word of the name (« remy » for Saint-Rémy-sur-Durolle); undefined when it does not name it.
 * Every word of the query must start a word of the name, and the query needs 3 letters.
 */
function nameMatch(query: string, name: string): number | undefined {
  const q = normalizeWords(query);
  const n = normalizeWords(name);
  if (q.replace(/ /g, '').length < PREFIX_MIN_LETTERS) return undefined;
  if (q === n) return 0;
  if (n.startsWith(q)) return 1;
  const words = n.split(' ');
  return q.split(' ').every((w) => words.some((nw) => nw.startsWith(w))) ? 2 : undefined;
}

/** The communes the query names, best match first, then in alphabetical order. */
export function namedCommunes(query: string, communes: readonly SearchCommune[]): SearchCommune[] {
  return communes
    .flatMap((c) => {
      const m = nameMatch(query, c.name);
      return m === undefined ? [] : [{ c, m }];
    })
    .sort((a, b) => a.m - b.m || a.c.name.localeCompare(b.c.name, 'fr'))
    .map(({ c }) => c);
}

/**
 * The results in the order above; a new array. `named` are the slugs of the communes the query names, best
 * first: their pages (and then their sheets) lead, in that order. Pagefind's order is kept inside each part.
 */
export function rankResults<P extends RankedPage>(pages: readonly P[], named: readonly string[]): P[] {
  const lead: P[][] = named.map(() => []);
  const content: P[] = [];
  const otherCommunes: P[] = [];
  const leaflets: P[] = [];
  for (const page of pages) {
    const slug = communeOf(page.url);
    const at = slug === undefined ? -1 : named.indexOf(slug);
    if (at >= 0) lead[at]?.push(page);
    else if (isLeaflet(page.url)) leaflets.push(page);
    else if (slug !== undefined) otherCommunes.push(page);
    else content.push(page);
  }
  // A commune's page before its sheet, whatever Pagefind's order.
  const own = lead.flatMap((group) => [...group].sort((a, b) => Number(isLeaflet(a.url)) - Number(isLeaflet(b.url))));
  return [...own, ...content, ...otherCommunes, ...leaflets];
}
