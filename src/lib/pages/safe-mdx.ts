/**
 * What a content page may contain. MDX is a programming language: an `import` line reads any file of the
 * machine, `{…}` runs code while the site is built, and a tag or a link can carry script into the
 * published page. A page written by territory staff (or through the editing interface) is text, so only
 * Markdown, the site's own elements (with their known attributes) and a few harmless tags pass; every
 * address must be a page of the site, a web page, an e-mail or a phone number. `npm run check` and
 * `npm run build` report each refusal at its line and column, and nothing is published.
 */
import { mdxToMdast } from 'satteri';
import { codePoint, INVISIBLE_CHARACTER, isSafeUrl, URL_SCHEMES, type Diagnostic } from '../diagnostics/index.ts';
import { mdxSyntaxDiagnostic } from './mdx-syntax.ts';

/**
 * An attribute of a site element: the values it accepts, and whether it must be written. A number is
 * written between braces (`niveau={2}`), a text between quotes: the element receives that type.
 */
interface AttributeRule {
  values: readonly (number | string)[];
  required: boolean;
}

/**
 * The site's elements usable by name in every page (src/pages/[page].astro gives the same names), with
 * their attributes. Pages stay territory-neutral: the element shows the territory's own figures.
 */
export const PAGE_COMPONENTS = {
  Territoire: {},
  Portails: {},
  DelaiAnormalementLong: {},
  Contact: {},
  UneSeuleDemande: {},
  NombreGuichets: { niveau: { values: [1, 2, 3], required: true } },
} as const satisfies Record<string, Record<string, AttributeRule>>;

/** Plain HTML tags a page may use, with the attributes each accepts (any text value). */
const HTML_TAGS: Record<string, readonly string[]> = { br: [], strong: [], em: [], abbr: ['title'] };

interface Point {
  line: number;
  column: number;
}
interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: Point };
}

const componentNames = Object.keys(PAGE_COMPONENTS).join(', ');

/** True when an expression holds only comments (`{/* note *\/}`), which produce nothing. */
export function isCommentOnly(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    if (/\s/.test(code[i]!)) i++;
    else if (code.startsWith('/*', i)) {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (code.startsWith('//', i)) {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end + 1;
    } else return false;
  }
  return true;
}

/**
 * True for an address a visitor may follow from a page: a page of this site (`/guichets/`, `#titre`,
 * `logements/`) or an absolute `https:`, `http:`, `mailto:` or `tel:` address. Spaces and control
 * characters are refused: browsers drop them, so `java\tscript:` would become `javascript:`.
 */
export function isSafePageLink(url: string): boolean {
  if (url === '' || /[\u0000-\u0020\u007f-\u009f\\]/.test(url)) return false;
  if (url.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return isSafeUrl(url, URL_SCHEMES.link);
  // Without a scheme, the address is a path of the site; a colon before the first slash would be read
  // as a scheme by some browsers.
  return !/^[^/?#]*:/.test(url);
}

/** Literal value of an attribute: a text, or a number or text written between braces; else undefined. */
function literalValue(value: unknown): number | string | boolean | undefined {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return true;
  const code = (value as { value?: unknown }).value;
  if (typeof code !== 'string') return undefined;
  const m = /^\s*(?:(-?\d+(?:\.\d+)?)|"([^"\\]*)"|'([^'\\]*)')\s*$/.exec(code);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3]);
}

/** The value of an own key of `record`, never one inherited from Object. */
const ownValue = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const shown = (values: readonly (number | string)[]) =>
  values.map((v) => (typeof v === 'number' ? `{${v}}` : `"${v}"`)).join(', ');

/** Diagnostics of the things a page may not contain, at their place in `body` (front matter blanked). */
export function unsafePageFindings(file: string, body: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: MdastNode, message: string, hint: string) =>
    out.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      severity: 'error',
      message,
      hint,
    });

  const checkElement = (node: MdastNode) => {
    const name = node.name ?? '';
    // Own keys only: a tag named « constructor » or « toString » must not find Object's members.
    const component = ownValue(PAGE_COMPONENTS as Record<string, Record<string, AttributeRule>>, name);
    const htmlAttributes = ownValue(HTML_TAGS, name);
    if (!component && !htmlAttributes) {
      at(
        node,
        name ? `balise « ${name} » interdite dans une page` : 'balise vide « <> » interdite dans une page',
        `écrivez le texte en Markdown ; les éléments du site sont ${componentNames}, et les balises permises ${Object.keys(HTML_TAGS).join(', ')}`,
      );
      return;
    }
    const seen = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        at(node, `code entre accolades dans la balise « ${name} » interdit`, 'enlevez les { … } de la balise');
        continue;
      }
      seen.add(attribute.name);
      const rule = component ? ownValue(component, attribute.name) : undefined;
      const allowed = rule !== undefined || htmlAttributes?.includes(attribute.name);
      if (!allowed) {
        at(
          node,
          `attribut « ${attribute.name} » interdit dans la balise « ${name} »`,
          component && Object.keys(component).length
            ? `attributs acceptés : ${Object.keys(component).join(', ')}`
            : 'enlevez cet attribut',
        );
        continue;
      }
      const value = literalValue(attribute.value);
      if (value === undefined)
        at(
          node,
          `valeur de « ${attribute.name} » dans « ${name} » : du code entre accolades est interdit`,
          'écrivez une valeur simple, par exemple niveau={2}',
        );
      else if (rule && (typeof value === 'boolean' || !rule.values.includes(value)))
        at(
          node,
          `valeur « ${String(value).slice(0, 40)} » de « ${attribute.name} » dans « ${name} » incorrecte`,
          `valeurs acceptées : ${shown(rule.values)}`,
        );
    }
    for (const [attribute, rule] of Object.entries(component ?? {}))
      if (rule.required && !seen.has(attribute))
        at(node, `attribut « ${attribute} » manquant dans « ${name} »`, `valeurs acceptées : ${shown(rule.values)}`);
  };

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          'ligne « import » ou « export » interdite dans une page',
          `enlevez cette ligne : une page ne charge ni fichier ni code ; les éléments du site (${componentNames}) s’écrivent sans import`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(String(node.value ?? '')))
          at(
            node,
            'code entre accolades { } interdit dans une page',
            'pour écrire une accolade dans le texte, mettez \\ devant : \\{ ; une source s’écrit dans « references » en haut de la page',
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'definition':
        if (!isSafePageLink(node.url ?? ''))
          at(
            node,
            `adresse de lien refusée « ${(node.url ?? '').slice(0, 80)} »`,
            'écrivez une page du site (/guichets/), ou une adresse https://, mailto: ou tel:',
          );
        break;
      case 'text':
      case 'inlineCode':
      case 'code': {
        const found = INVISIBLE_CHARACTER.exec(String(node.value ?? ''));
        if (found)
          at(
            node,
            `caractère invisible ${codePoint(found[0])} dans le texte`,
            'retapez ce texte : il vient sans doute d’un copier-coller depuis un autre logiciel',
          );
        return;
      }
      case 'html':
        at(node, 'code HTML interdit dans une page', 'écrivez le texte en Markdown');
        return;
      case 'image':
      case 'imageReference':
        at(
          node,
          'image interdite dans une page',
          'dites-le avec des mots : les pictogrammes viennent du site, et une image externe suivrait les visiteurs',
        );
        return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as MdastNode;
  } catch (error) {
    return [mdxSyntaxDiagnostic(file, error)];
  }
  visit(tree);
  return out;
}
