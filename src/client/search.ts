/**
 * Search island of /recherche/: shows the form (hidden without JavaScript, where the page offers the
 * site map instead), loads Pagefind's index only when the visitor searches, and lists the results with
 * a status sentence read by screen readers.
 */
interface PagefindResult { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search: (q: string) => Promise<{ results: PagefindResult[] }>; options?: (o: object) => Promise<void> }

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

async function run(query: string): Promise<void> {
  if (!statusEl || !list) return;
  list.replaceChildren();
  const q = query.trim();
  if (!q) { statusEl.textContent = 'Écrivez au moins un mot.'; return; }
  statusEl.textContent = 'Recherche en cours.';
  try {
    const pagefind = await load();
    const { results } = await pagefind.search(q);
    const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const p of pages) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.url;
      a.textContent = p.meta.title?.replace(/ – .*$/, '') ?? p.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(p.excerpt));
      li.append(a, excerpt);
      list.append(li);
    }
    statusEl.textContent = pages.length === 0
      ? `Aucune page ne contient « ${q} ». Essayez un autre mot.`
      : `${pages.length} page${pages.length > 1 ? 's' : ''} pour « ${q} ».`;
  } catch {
    statusEl.textContent = 'La recherche ne marche pas pour le moment. Utilisez le plan du site.';
  }
}

if (form && input) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) { input.value = initial; void run(initial); }
}

export {};
