/**
 * Turns MDX source into the plain-text lines a reader will see, keeping every character at its column:
 * markup is replaced by spaces so that a finding points at the real place in the file.
 */

/** A line of readable text, masked, with what kind of block it is. */
export interface TextLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line with markup replaced by spaces (same length as the source line). */
  text: string;
  /** Heading depth (1 for `#`) or 0 for ordinary text. */
  heading: number;
  /** Column (0-based) of each italic span found in the raw line. */
  italics: number[];
}

/** Replaces a match by spaces of the same length. */
const blank = (s: string) => ' '.repeat(s.length);

/**
 * A self-closing component (`<Territoire />`) prints words: it is kept as one neutral word so that the
 * sentence keeps its length, without inventing punctuation or capitals.
 */
const placeholder = (s: string) => 'x'.repeat(s.length);

/** Masks inline markup of one line of Markdown/MDX. */
export function maskInline(raw: string): { text: string; italics: number[] } {
  let t = raw;
  // MDX comments, expressions and HTML entities say nothing to the reader.
  t = t.replace(/\{\/\*.*?\*\/\}/g, blank);
  t = t.replace(/&[a-zA-Z]+;|&#\d+;/g, blank);
  // Self-closing capitalised components print a value (territory name, a count…).
  t = t.replace(/<[A-Z][\w.]*(\s[^<>]*)?\/>/g, placeholder);
  // Other tags (opening, closing, HTML) are markup; their text content stays.
  t = t.replace(/<\/?[A-Za-z][^<>]*>/g, blank);
  // Autolinks and bare web addresses: their dots are not sentence ends.
  t = t.replace(/<https?:[^>]+>/g, blank);
  t = t.replace(/\{[^{}]*\}/g, blank);
  // Links and images: keep the text, hide the brackets and the address.
  t = t.replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (m, label: string) => {
    const start = m.startsWith('!') ? 2 : 1;
    return ' '.repeat(start) + label + ' '.repeat(m.length - start - label.length);
  });
  t = t.replace(/\bhttps?:\/\/[^\s)>\]]+|\bwww\.[^\s)>\]]+|[\w.+-]+@[\w-]+(\.[\w-]+)+/g, placeholder);
  t = t.replace(/`[^`]*`/g, blank);
  t = t.replace(/\*\*|__/g, blank);
  const italics: number[] = [];
  t = t.replace(
    /(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g,
    (_m, pre: string, _mark: string, inner: string, offset: number) => {
      italics.push(offset + pre.length);
      return pre + ' ' + inner + ' ';
    },
  );
  return { text: t, italics };
}

/** Lines of readable text of an MDX document (front matter, code and imports skipped). */
export function readableLines(source: string): TextLine[] {
  const lines = source.split(/\r?\n/);
  const out: TextLine[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]?.trim() !== '---') i++;
    i++;
  }
  let fence = false;
  let comment = false;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (/^(```|~~~)/.test(trimmed)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    // A multi-line MDX comment is not read by anyone.
    if (comment) {
      if (trimmed.includes('*/}')) comment = false;
      continue;
    }
    if (trimmed.startsWith('{/*') && !trimmed.includes('*/}')) {
      comment = true;
      continue;
    }
    if (/^(import|export)\s/.test(trimmed)) continue;
    let body = raw;
    let heading = 0;
    const h = /^(#{1,6})\s/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = blank(h[0]) + body.slice(h[0].length);
    }
    // Block markers: list bullets and numbers, quotes, table pipes.
    if (!heading) {
      body = body.replace(/^(\s*)(>\s?)+/, (m) => blank(m));
      body = body.replace(/^(\s*)([-*+]|\d+[.)])(\s+)/, (m) => blank(m));
    }
    const { text, italics } = maskInline(body);
    const cells = text.replace(/\|/g, '.');
    if (!cells.trim() && italics.length === 0) continue;
    out.push({ line: i + 1, text: /^[\s|:-]*$/.test(text) ? '' : cells.replace(/^[\s.]*$/, ''), heading, italics });
  }
  return out.filter((l) => l.text.trim() || l.italics.length);
}
