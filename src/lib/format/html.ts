/**
 * The one place where text from the territory's files is made safe for HTML contexts that Astro does not
 * escape itself: JSON data islands written with `set:html`, and strings a library writes as HTML.
 */

/** Characters that could end a script element, open a comment or be read as a line end by old parsers. */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/json">` island: `</script>`, `<!--` and `&` can never appear, and
 * `JSON.parse` of the element's text gives back exactly the original value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text written as HTML by a library (Leaflet's attribution): every markup character becomes an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
