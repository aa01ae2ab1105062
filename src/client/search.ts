/**
 * Search island of /recherche/: shows the form (hidden without JavaScript, where the page offers the
 * site map instead), loads Pagefind's index only when the visitor searches, and lists the results with
 * a status sentence read by screen readers. Results come as the visitor types, from 3 letters, once
 * typing pauses (Pagefind's debounced search), so that the status is not read at every key.
 */
import { namedCommunes, rankResults, type SearchCommune } from './search-rank.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  search: (q: string) => Promise<PagefindResponse>;
  /** Resolves to null when a newer search started during the pause. */
  debouncedSearch: (q: string, options?: object, timeoutMs?: number) => Promise<PagefindResponse | null>;
}

/** Letters needed before results come while typing; the button searches any word. */
const LIVE_MIN_LETTERS = 3;
/** Pause in typing before a live search, in milliseconds. */
const LIVE_PAUSE_MS = 300;
/** Results shown. */
const SHOWN = 20;
/** Results read to reorder commune pages: enough to reach the content pages behind them. */
const READ = 60;

let engine: Promise<Pagefind> | undefined;
const load = () => {
  // The index is written after the build, so its path must stay out of the bundler's reach.
  const url = '/pagefind/pagefind.js';
  engine ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return engine;
};

const form = document.querySelector<HTMLFormElement>('#recherche');
const input = document.querySelector<HTMLInputElement>('#recherche-mot');
const statusEl = document.querySelector<HTMLElement>('#recherche-etat');
const list = document.querySelector<HTMLOListElement>('#recherche-resultats');
document.querySelector('#recherche-sans-js')?.setAttribute('hidden', '');

/** The territory's communes, written in the page by the build (a JSON script, read as data only). */
function readCommunes(): SearchCommune[] {
  try {
    const raw: unknown = JSON.parse(document.querySelector('#recherche-communes')?.textContent ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((c: unknown) => {
      if (typeof c !== 'object' || c === null) return [];
      const { slug, name } = c as Record<string, unknown>;
      return typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) && typeof name === 'string' ? [{ slug, name }] : [];
    });
  } catch {
    return [];
  }
}
const communes = readCommunes();

/**
 * The results with the pages of the communes the query names first. A named commune that Pagefind did not
 * find (a few letters of its name are not a word of the page) is added with its name as title.
 */
function ordered(pages: PagefindData[], q: string): PagefindData[] {
  const named = namedCommunes(q, communes);
  const found = new Set(pages.map((p) => new URL(p.url, location.href).pathname));
  const added = named
    .map((c) => ({ url: `/communes/${c.slug}/`, excerpt: '', meta: { title: c.name } }))
    .filter((p) => !found.has(p.url));
  return rankResults(
    [...added, ...pages],
    named.map((c) => c.slug),
  );
}

/**
 * The excerpt as text, with only the <mark> elements Pagefind adds around the words found: whatever
 * markup a territory's text could carry is never written as HTML.
 */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

// Each search gets a number; an answer that arrives after a newer search started is dropped.
let latest = 0;

function show(pages: PagefindData[], q: string): void {
  if (!statusEl || !list) return;
  list.replaceChildren();
  for (const p of pages) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = p.url;
    a.textContent = p.meta.title?.replace(/ – .*$/, '') ?? p.url;
    const excerpt = document.createElement('p');
    excerpt.append(...(p.excerpt ? excerptNodes(p.excerpt) : [document.createTextNode('La page de la commune.')]));
    li.append(a, excerpt);
    list.append(li);
  }
  statusEl.textContent =
    pages.length === 0
      ? `Aucune page ne contient « ${q} ». Essayez un autre mot.`
      : `${pages.length} page${pages.length > 1 ? 's' : ''} pour « ${q} ».`;
}

async function run(query: string, live: boolean): Promise<void> {
  if (!statusEl || !list) return;
  const q = query.trim();
  const id = ++latest;
  if (!q || (live && q.length < LIVE_MIN_LETTERS)) {
    list.replaceChildren();
    // While typing, a short word is not an error: the status stays quiet until 3 letters.
    statusEl.textContent = live ? '' : 'Écrivez au moins un mot.';
    return;
  }
  if (!live) statusEl.textContent = 'Recherche en cours.';
  try {
    const pagefind = await load();
    const response = live ? await pagefind.debouncedSearch(q, {}, LIVE_PAUSE_MS) : await pagefind.search(q);
    if (!response || id !== latest) return;
    const pages = await Promise.all(response.results.slice(0, READ).map((r) => r.data()));
    if (id !== latest) return;
    show(ordered(pages, q).slice(0, SHOWN), q);
  } catch {
    if (id === latest) statusEl.textContent = 'La recherche ne marche pas pour le moment. Utilisez le plan du site.';
  }
}

/** Keeps the words in the address, so that going back to the page shows the same results. */
function remember(value: string): void {
  const url = new URL(location.href);
  if (value.trim()) url.searchParams.set('q', value);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

if (form && input) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(input.value);
    void run(input.value, false);
  });
  input.addEventListener('input', () => {
    remember(input.value);
    void run(input.value, true);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial, false);
  }
}

export {};
