/**
 * Hast plugin (Sätteri, Astro's Markdown processor): on each MDX page, the first use of each glossary
 * term becomes a link to its glossary entry, described (aria-describedby) by its definition, and the
 * page ends with the list of the words explained on it. Works without JavaScript: keyboard users reach
 * the link, screen readers read the definition with it.
 */
import type { GlossaryEntry } from './schema.ts';
import { termFinder } from './match.ts';

/** Minimal HAST shapes used here (the full types come from hast, not a direct dependency). */
export interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HNode[];
  properties?: Record<string, unknown>;
}

/** What the plugin needs from Sätteri's visitor context. */
export interface HastContext {
  parent(node: HNode): HNode | undefined;
  replaceNode(node: HNode, nodes: HNode[]): void;
  appendChild(node: HNode, child: HNode | HNode[]): void;
}

/** Elements whose text is never turned into a term link. */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'abbr',
  'dfn',
  'button',
  'summary',
  'script',
  'style',
  'svg',
  'label',
]);

const text = (value: string): HNode => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HNode[]): HNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** True when a text node sits in an element (or an MDX component) whose text must stay as it is. */
export function insideSkipped(
  node: HNode,
  ctx: Pick<HastContext, 'parent'>,
  skip: ReadonlySet<string> = SKIP,
): boolean {
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
    if (p.type === 'element' && skip.has(p.tagName ?? '')) return true;
    if (p.type.startsWith('mdxJsx')) return true;
  }
  return false;
}

/** Splits a text into plain text and term links for entries not yet in `used` (which it fills). */
export function linkTerms(
  value: string,
  find: ReturnType<typeof termFinder>,
  used: Set<string>,
  order: GlossaryEntry[],
  base: string,
): HNode[] | undefined {
  const out: HNode[] = [];
  let rest = value;
  for (let m = find(rest, used); m; m = find(rest, used)) {
    used.add(m.entry.id);
    order.push(m.entry);
    if (m.index > 0) out.push(text(rest.slice(0, m.index)));
    out.push(
      el('a', { href: `${base}#${m.entry.id}`, className: ['terme'], ariaDescribedBy: `mot-${m.entry.id}` }, [
        text(rest.slice(m.index, m.index + m.length)),
      ]),
    );
    rest = rest.slice(m.index + m.length);
  }
  if (out.length === 0) return undefined;
  if (rest) out.push(text(rest));
  return out;
}

/** The box "Les mots expliqués sur cette page", in order of first use, folded under its title. */
export function wordsBox(order: readonly GlossaryEntry[], base: string): HNode {
  const items = order.flatMap((e) => [
    el('dt', {}, [el('a', { href: `${base}#${e.id}` }, [text(e.term)])]),
    // One sentence per line, as in the rest of the page (RLS 1.7).
    el(
      'dd',
      { id: `mot-${e.id}` },
      e.definition.split(/(?<=[.?!])\s+/).flatMap((s, i) => (i ? [el('br', {}, []), text(s)] : [text(s)])),
    ),
  ]);
  // Folded under its title, so that the page stays short on a phone; the links of the page still name
  // their definition (aria-describedby reads a folded text too) and the print style opens it.
  const count = order.length === 1 ? '1 mot' : `${order.length} mots`;
  return el('aside', { className: ['mots-page'], ariaLabelledBy: 'mots-page-titre', dataPagefindIgnore: '' }, [
    el('details', { className: ['more'] }, [
      el('summary', {}, [el('h2', { id: 'mots-page-titre' }, [text(`Les mots expliqués sur cette page : ${count}`)])]),
      el('dl', {}, items),
    ]),
  ]);
}

/** Options: the glossary entries and the address of the glossary page. */
export interface TermsOptions {
  entries: readonly GlossaryEntry[];
  glossaryPath?: string;
}

/** The plugin, in Sätteri's visitor form. */
export function glossaryTermsPlugin(options: TermsOptions) {
  const find = termFinder(options.entries);
  const base = options.glossaryPath ?? '/glossaire/';
  let used = new Set<string>();
  let order: GlossaryEntry[] = [];
  return {
    name: 'glossaire-premier-usage',
    before() {
      used = new Set();
      order = [];
    },
    text(node: HNode, ctx: HastContext) {
      if (!node.value || insideSkipped(node, ctx)) return;
      const nodes = linkTerms(node.value, find, used, order, base);
      if (nodes) ctx.replaceNode(node, nodes);
    },
    after(root: HNode, ctx: HastContext) {
      if (order.length) ctx.appendChild(root, wordsBox(order, base));
    },
  };
}
