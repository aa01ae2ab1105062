/**
 * Rehype plugin: inside a paragraph or a list item, each source line becomes a rendered line (a `br`
 * replaces the soft line break), so that each sentence starts on a new line for the reader (RLS 1.7)
 * while authors simply write one sentence per line.
 */
interface HNode { type: string; tagName?: string; value?: string; children?: HNode[]; properties?: Record<string, unknown> }

/** Elements whose soft line breaks become visible. */
const BLOCKS = new Set(['p', 'li', 'dd', 'td']);

function split(node: HNode, inBlock: boolean): void {
  if (!node.children) return;
  const here = inBlock || (node.type === 'element' && BLOCKS.has(node.tagName ?? ''));
  if (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'code')) return;
  const out: HNode[] = [];
  for (const child of node.children) {
    if (here && child.type === 'text' && child.value?.includes('\n')) {
      const parts = child.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        if (part) out.push({ type: 'text', value: part });
      });
      continue;
    }
    split(child, here);
    out.push(child);
  }
  // A break at the very start or end of a block adds nothing.
  while (out[0]?.tagName === 'br') out.shift();
  while (out.at(-1)?.tagName === 'br') out.pop();
  node.children = out;
}

/** The plugin factory, as unified expects it. */
export function rehypeLineBreaks() {
  return (tree: HNode) => split(tree, false);
}
