/**
 * Hast plugin (Sätteri): inside a paragraph or a list item, each source line becomes a rendered line
 * (a `br` replaces the soft line break), so that each sentence starts on a new line for the reader
 * (RLS 1.7) while authors simply write one sentence per line.
 */

/** Minimal HAST shape used here. */
interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HNode[];
}
/** What the plugin needs from Sätteri's visitor context. */
interface Ctx {
  parent(node: HNode): HNode | undefined;
  replaceNode(node: HNode, nodes: HNode[]): void;
}

/** Elements whose soft line breaks become visible, and those whose text is kept as is. */
const BLOCKS = new Set(['p', 'li', 'dd', 'td']);
const KEEP = new Set(['pre', 'code', 'script', 'style']);

/** Text and `br` nodes for a text with line breaks; undefined when there is nothing to change. */
export function splitLines(value: string, atStart: boolean, atEnd: boolean): HNode[] | undefined {
  if (!value.includes('\n')) return undefined;
  const out: HNode[] = [];
  value.split('\n').forEach((part, i) => {
    if (i > 0) out.push({ type: 'element', tagName: 'br', children: [] });
    if (part) out.push({ type: 'text', value: part });
  });
  // A break at the very start or end of a block adds nothing.
  if (atStart) while (out[0]?.tagName === 'br') out.shift();
  if (atEnd) while (out.at(-1)?.tagName === 'br') out.pop();
  return out;
}

/**
 * French typography: a non-breaking space before ? ! : ; » and after «, so that a question mark never
 * starts a line on a narrow phone screen.
 */
export function frenchSpaces(value: string): string {
  return value.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** The plugin, in Sätteri's visitor form. */
export const lineBreaksPlugin = {
  name: 'une-phrase-par-ligne',
  text(node: HNode, ctx: Ctx) {
    if (!node.value) return;
    let block: HNode | undefined;
    for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
      if (p.type === 'element' && KEEP.has(p.tagName ?? '')) return;
      if (!block && p.type === 'element' && BLOCKS.has(p.tagName ?? '')) block = p;
    }
    const spaced = frenchSpaces(node.value);
    const parent = ctx.parent(node);
    const siblings = parent?.children ?? [];
    const direct = parent === block;
    const nodes = block
      ? splitLines(spaced, direct && siblings[0] === node, direct && siblings.at(-1) === node)
      : undefined;
    if (nodes) ctx.replaceNode(node, nodes.length ? nodes : [{ type: 'text', value: '' }]);
    else if (spaced !== node.value) ctx.replaceNode(node, [{ type: 'text', value: spaced }]);
  },
};
