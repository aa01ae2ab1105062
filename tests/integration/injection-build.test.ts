/**
 * Stored script injection: a territory whose every public text field carries HTML and script payloads is
 * built for real, and every produced page is parsed as a browser would (parse5, the WHATWG algorithm):
 * no script but the site's own, no event-handler attribute, no javascript:/data:/vbscript: address, and
 * the JSON data islands give back the original strings.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { ROOT } from '../helpers/paths.ts';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Closes a script element, opens another, adds an event handler, breaks out of attributes and JSON. */
// Short and with few spaces: the FALC linter counts the words of public texts, and every field must pass.
const PAYLOAD = '</script><script>alert`1`<img src=x onerror=alert`2`>"onfocus=alert`3`\u2028\u2029&';
const MARK = 'alert`';
/** Keys of the YAML files that hold free text shown to visitors. */
const TEXT_KEYS = new Set([
  'name',
  'shortName',
  'address',
  'director',
  'host',
  'reference',
  'description',
  // The map attribution is refused when it holds HTML (hostile case url/attribution-html): kept as « © IGN ».
  'origin',
  'street',
  'audienceNote',
  'accessibility',
  'hoursNote',
  'services',
  'question',
  'help',
  'label',
  'title',
  'text',
  'whenNoDesk',
  'notes',
  'justificatifsSource',
  'source',
]);

const work = mkdtempSync(join(tmpdir(), 'ils-injection-'));
const out = join(work, 'dist');
const dir = join(work, 'territories', 'injection');
let build: { status: number; stdout: string; stderr: string };
let pages: { file: string; document: ParentNode }[] = [];

/** Replaces every free-text scalar of a YAML file with the payload, keeping everything else as it is. */
function poison(file: string): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const walk = (node: unknown, textual: boolean): void => {
    if (isMap(node))
      for (const pair of node.items) walk(pair.value, isScalar(pair.key) && TEXT_KEYS.has(String(pair.key.value)));
    else if (isSeq(node)) for (const item of node.items) walk(item, textual);
    else if (textual && isScalar(node) && typeof node.value === 'string') {
      node.value = PAYLOAD;
      (node as YamlNode & { type?: string }).type = 'QUOTE_DOUBLE';
    }
  };
  walk(doc.contents, false);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes as DefaultTreeAdapterMap['childNode'][]) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
    }
  }
}

const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

function htmlFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/hostile/_base'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/injection/orientation.yaml'), join(dir, 'orientation.yaml'));
  // The real grid of the default territory: every text field of the current grid format gets the payload.
  cpSync(join(ROOT, 'data/territories/thiers-dore-montagne/cotation.yaml'), join(dir, 'cotation.yaml'));
  writeFileSync(
    join(dir, 'territory.yaml'),
    `${readFileSync(join(dir, 'territory.yaml'), 'utf8')}map:\n  attribution: © IGN\n`,
  );
  for (const name of ['territory.yaml', 'desks.yaml', 'orientation.yaml', 'cotation.yaml']) poison(join(dir, name));
  build = runScript('build', ['--out', out], {
    TERRITORY: 'injection',
    TERRITORIES_DIR: join(work, 'territories'),
    ILS_CACHE_DIR: join(work, 'cache'),
  });
  if (build.status === 0)
    pages = htmlFiles(out).map((file) => ({ file: relative(out, file), document: parse(readFileSync(file, 'utf8')) }));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('injection de script par les fichiers du territoire', () => {
  test('le territoire piégé est accepté et construit', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(pages.length).toBeGreaterThan(10);
  });

  test('le texte piégé est affiché comme du texte', () => {
    const shown = pages.some(({ document }) =>
      [...elements(document)].some((el) => el.tagName !== 'script' && textOf(el).includes('<script>alert`1`<img')),
    );
    expect(shown).toBe(true);
  });

  test('aucun script en plus de ceux du site', () => {
    for (const { file, document } of pages) {
      for (const el of elements(document)) {
        if (el.tagName !== 'script') continue;
        const type = el.attrs.find((a) => a.name === 'type')?.value;
        const src = el.attrs.find((a) => a.name === 'src')?.value;
        if (type === 'application/json') continue;
        expect(textOf(el), `${file} : script inattendu`).not.toContain(MARK);
        if (src !== undefined) expect(src, file).toMatch(/^\/(?!\/)/);
      }
    }
  });

  test('aucun attribut on… ni adresse javascript:, data: ou vbscript:', () => {
    for (const { file, document } of pages) {
      for (const el of elements(document)) {
        for (const { name, value } of el.attrs) {
          expect(name, `${file} <${el.tagName}>`).not.toMatch(/^on/i);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'].includes(name)) {
            // Browsers ignore spaces and control characters before the scheme.
            expect(value.replace(/[\u0000-\u0020]/g, '').toLowerCase(), `${file} <${el.tagName} ${name}>`).not.toMatch(
              /^(javascript|data|vbscript):/,
            );
          }
        }
      }
    }
  });

  test('les îlots JSON se relisent et rendent les textes d’origine', () => {
    let islands = 0;
    let carried = 0;
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    for (const { file, document } of pages) {
      for (const el of elements(document)) {
        if (el.tagName !== 'script' || el.attrs.find((a) => a.name === 'type')?.value !== 'application/json') continue;
        islands++;
        const raw = textOf(el);
        expect(raw, file).not.toMatch(/<\/script|<!--|[\u2028\u2029]/i);
        const values = strings(JSON.parse(raw));
        for (const s of values.filter((v) => v.includes(MARK))) {
          expect(s, `${file} : texte abîmé`).toContain(PAYLOAD);
          carried++;
        }
      }
    }
    expect(islands).toBeGreaterThan(0);
    expect(carried, 'les îlots (carte des guichets, simulateur) portent les textes piégés').toBeGreaterThan(0);
  });

  test('l’attribution de la carte, du texte simple, passe en attribut telle quelle', () => {
    const container = pages
      .flatMap(({ document }) => [...elements(document)])
      .find((el) => el.attrs.some((a) => a.name === 'data-attribution'));
    expect(container).toBeDefined();
    expect(container!.attrs.find((a) => a.name === 'data-attribution')!.value).toBe('© IGN');
  });
});
