/**
 * Hast plugin (Sätteri): on a long FALC page, the sections after the first ones are folded under their
 * title, so that on a phone the answer comes first and the list of the other sections fits one screen.
 * The page asks for it in its front matter (`foldAfter: 1` keeps the first section open and folds the
 * others). Each folded section is a `<details>` whose `<summary>` holds the section's own `<h2>`: the
 * headings keep their order and their anchors, the text stays in the HTML (search, print, links to an
 * anchor open it in the browser), and it opens without JavaScript.
 */

/** Minimal HAST shape (the full types come from hast, not a direct dependency). */
export interface FoldNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: FoldNode[];
  properties?: Record<string, unknown>;
}

/** What the plugin needs from Sätteri's visitor context. */
export interface FoldContext {
  replaceNode(node: FoldNode, nodes: FoldNode[]): void;
  readonly data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

const isH2 = (n: FoldNode): boolean => n.type === 'element' && n.tagName === 'h2';
/** The box of the words explained on the page, added after the text: it belongs to no section. */
const isAside = (n: FoldNode): boolean => n.type === 'element' && n.tagName === 'aside';

/**
 * The top-level sections to fold: each is the index of its `<h2>` in `children` and the index after its
 * last node (the next `<h2>`, an `<aside>` such as the words of the page, or the end). The first `keep`
 * sections, and what comes before the first `<h2>`, stay open.
 */
export function foldedSections(children: readonly FoldNode[], keep: number): [start: number, end: number][] {
  const starts = children.flatMap((n, i) => (isH2(n) ? [i] : []));
  return starts.slice(keep).map((start) => {
    const next = children.findIndex((n, i) => i > start && (isH2(n) || isAside(n)));
    return [start, next === -1 ? children.length : next];
  });
}

/** Fields of a node kept by a copy (Sätteri's nodes are views of its own tree, not plain objects). */
const FIELDS = ['type', 'tagName', 'value', 'properties', 'name', 'attributes'] as const;

/**
 * A plain deep copy of a node: Sätteri applies the changes at the end, by node, so a node moved into the
 * fold and then taken out of the page would be lost; the fold holds copies instead.
 */
export function copyNode(node: FoldNode): FoldNode {
  const source = node as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const field of FIELDS) if (source[field] !== undefined) copy[field] = structuredClone(source[field]);
  if (node.children) copy.children = node.children.map(copyNode);
  return copy as unknown as FoldNode;
}

/** A folded section: its heading as the summary, its content below. */
export function foldSection(heading: FoldNode, body: FoldNode[]): FoldNode {
  const id = typeof heading.properties?.id === 'string' ? heading.properties.id : undefined;
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['more'], ...(id ? { dataDetails: id } : {}) },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [copyNode(heading)] },
      { type: 'element', tagName: 'div', properties: { className: ['more-body'] }, children: body.map(copyNode) },
    ],
  };
}

/** How many sections stay open, from the page's front matter; undefined: nothing is folded. */
export function sectionsKeptOpen(frontmatter: Record<string, unknown> | undefined): number | undefined {
  const value = frontmatter?.foldAfter;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The plugin, in Sätteri's visitor form. */
export const foldSectionsPlugin = {
  name: 'sections-repliees',
  after(root: FoldNode, ctx: FoldContext) {
    const keep = sectionsKeptOpen(ctx.data?.astro?.frontmatter);
    if (keep === undefined) return;
    const children = root.children ?? [];
    for (const [start, end] of foldedSections(children, keep)) {
      const heading = children[start]!;
      const body = children.slice(start + 1, end);
      // The section is copied into the fold, then its nodes are taken out of the page.
      ctx.replaceNode(heading, [foldSection(heading, body)]);
      for (const node of body) ctx.replaceNode(node, []);
    }
  },
};
