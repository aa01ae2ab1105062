/**
 * Rehype plugin: on each MDX page, the first use of each glossary term becomes a link to its glossary
 * entry, described (aria-describedby) by its definition, and the page ends with the list of the words
 * explained on it. Works without JavaScript; keyboard users reach the link, screen readers read the
 * definition with it.
 */
import type { GlossaryEntry } from './schema.ts';
import { termFinder } from './match.ts';

/** Minimal HAST shapes used here (the full types come from hast, not a direct dependency). */
interface HText { type: 'text'; value: string }
interface HElement { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HNode[] }
type HNode = HText | HElement | { type: string; children?: HNode[] };
interface HRoot { type: 'root'; children: HNode[] }

/** Elements whose text is never turned into a term link. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'dfn', 'button', 'summary', 'script', 'style', 'svg', 'label']);

const text = (value: string): HText => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HNode[]): HElement => ({ type: 'element', tagName, properties, children });

/** Options: the glossary entries and the address of the glossary page. */
export interface RehypeTermsOptions {
  entries: readonly GlossaryEntry[];
  glossaryPath?: string;
}

/** The plugin factory, as unified expects it. */
export function rehypeGlossaryTerms(options: RehypeTermsOptions) {
  const find = termFinder(options.entries);
  const base = options.glossaryPath ?? '/glossaire/';
  return (tree: HRoot) => {
    const used = new Set<string>();
    const order: GlossaryEntry[] = [];
    const visit = (node: HNode) => {
      if (!('children' in node) || !node.children) return;
      if (node.type === 'element' && SKIP.has((node as HElement).tagName)) return;
      // MDX components print territory values: their content is not authored text.
      if (node.type.startsWith('mdxJsx')) return;
      const out: HNode[] = [];
      for (const child of node.children) {
        if (child.type !== 'text') { visit(child); out.push(child); continue; }
        let rest = (child as HText).value;
        for (let m = find(rest, used); m; m = find(rest, used)) {
          used.add(m.entry.id);
          order.push(m.entry);
          if (m.index > 0) out.push(text(rest.slice(0, m.index)));
          out.push(el('a', { href: `${base}#${m.entry.id}`, className: ['terme'], ariaDescribedBy: `mot-${m.entry.id}` }, [text(rest.slice(m.index, m.index + m.length))]));
          rest = rest.slice(m.index + m.length);
        }
        if (rest) out.push(text(rest));
      }
      node.children = out;
    };
    visit(tree);
    if (order.length === 0) return;
    const items = order.flatMap((e) => [
      el('dt', {}, [el('a', { href: `${base}#${e.id}` }, [text(e.term)])]),
      el('dd', { id: `mot-${e.id}` }, [text(e.definition)]),
    ]);
    tree.children.push(el('aside', { className: ['mots-page'], ariaLabelledBy: 'mots-page-titre', dataPagefindIgnore: '' }, [
      el('h2', { id: 'mots-page-titre' }, [text('Les mots expliqués sur cette page')]),
      el('dl', {}, items),
    ]));
  };
}
