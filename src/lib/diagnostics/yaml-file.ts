import { LineCounter, parseDocument, isMap, isSeq, isScalar, isAlias, visit, type Node, type Document } from 'yaml';
import { codePoint, INVISIBLE_CHARACTER, type Diagnostic } from './diagnostic.ts';
import { readUtf8File } from './text-file.ts';

/**
 * Most aliases (`*name`) one document may expand. Settings files need a handful; a "billion laughs" file
 * needs thousands and would exhaust memory.
 */
const MAX_ALIASES = 100;

/** A parsed YAML file that can tell where any value of it stands in the source text. */
export interface YamlFile {
  file: string;
  /** Plain JavaScript value of the document (undefined when the syntax is broken). */
  data: unknown;
  /** Syntax errors, already as diagnostics. */
  syntaxErrors: Diagnostic[];
  /** Line and column of the value at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parsed files of this process, by display name and text: `check` and `build` read a YAML file in several
 * places (loader, FALC linter, editing interface), and each input is parsed once.
 */
const parsed = new Map<string, YamlFile>(); // key: the text
let parses = 0;

/** How many YAML texts this process has parsed (tests check that each input is parsed once). */
export function yamlParseCount(): number {
  return parses;
}

/** Parses YAML text keeping positions, so errors point at the real line and column. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const known = parsed.get(text);
  if (known)
    return known.file === file
      ? known
      : { ...known, file, syntaxErrors: known.syntaxErrors.map((d) => ({ ...d, file })) };
  const result = parseYamlText(file, text);
  parsed.set(text, result);
  return result;
}

function parseYamlText(file: string, text: string): YamlFile {
  parses++;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors: Diagnostic[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      severity: 'error',
      message: `syntaxe YAML incorrecte : ${frenchYamlError(e.code)}`,
      hint: 'vérifiez l’indentation, les deux-points et les guillemets à cet endroit',
    };
  });
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best: Node | null = (doc.contents as Node | null) ?? null;
    let keyNode: Node | null = null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
        best = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        node = item;
        best = item as Node;
        keyNode = null;
      } else break;
    }
    const range = best?.range ?? keyNode?.range;
    if (!range) return { line: 1, column: 1 };
    const pos = lineCounter.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
  if (!doc.errors.length) syntaxErrors.push(...invisibleCharacters(file, doc, lineCounter));
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      syntaxErrors.push(aliasError(file, doc, lineCounter, error));
    }
  }
  return { file, data, syntaxErrors, locate };
}

/**
 * Reads a YAML file that must be UTF-8 text and parses it: a file in another encoding, compressed or
 * binary gives one diagnostic among `syntaxErrors`, and no data.
 */
export function readYamlFile(path: string, file: string): YamlFile {
  const read = readUtf8File(path, file);
  if (read.diagnostic)
    return { file, data: undefined, syntaxErrors: [read.diagnostic], locate: () => ({ line: 1, column: 1 }) };
  return parseYamlFile(file, read.text);
}

/** One diagnostic per text (key or value) that holds an invisible character, at the text's place. */
function invisibleCharacters(file: string, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const found = INVISIBLE_CHARACTER.exec(node.value);
      if (!found) return;
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      out.push({
        file,
        line: pos.line,
        column: pos.col,
        severity: 'error',
        message: `caractère invisible ${codePoint(found[0])} dans ce texte, après « ${node.value.slice(Math.max(0, found.index - 20), found.index).replace(INVISIBLE_CHARACTER, '')} »`,
        hint: 'retapez ce texte : il vient sans doute d’un copier-coller depuis un autre logiciel',
      });
    },
  });
  return out;
}

/** The library throws when aliases expand too much or point nowhere: one French line at the first alias. */
function aliasError(file: string, doc: Document, lineCounter: LineCounter, error: unknown): Diagnostic {
  let at = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        at = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const pos = lineCounter.linePos(at);
  const tooMany = error instanceof Error && /excessive alias/i.test(error.message);
  return {
    file,
    line: pos.line,
    column: pos.col,
    severity: 'error',
    message: tooMany
      ? `trop de renvois YAML (« *nom ») : plus de ${MAX_ALIASES} copies, le fichier serait démesuré`
      : 'renvoi YAML (« *nom ») vers une ancre (« &nom ») absente ou placée plus bas',
    hint: 'écrivez les valeurs en entier au lieu d’utiliser des ancres et des renvois',
  };
}

function frenchYamlError(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'une clé est écrite deux fois',
    BAD_INDENT: 'mauvaise indentation',
    MISSING_CHAR: 'un caractère manque',
    MULTILINE_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes',
    BLOCK_AS_IMPLICIT_KEY: 'une clé est mal formée',
    TAB_AS_INDENT: 'une tabulation sert d’indentation, utilisez des espaces',
    UNEXPECTED_TOKEN: 'caractère inattendu',
    ALIAS_PROPS: 'un renvoi (« *nom ») ne peut pas porter d’étiquette ni d’ancre',
    BAD_ALIAS: 'renvoi (« *nom ») incorrect',
    BAD_DIRECTIVE: 'directive « % » incorrecte',
    BAD_DQ_ESCAPE: 'une barre oblique inverse « \\ » entre guillemets doubles est incorrecte',
    BAD_PROP_ORDER: 'ancre et étiquette dans le mauvais ordre',
    BAD_SCALAR_START: 'une valeur commence par un caractère réservé, mettez-la entre guillemets',
    BLOCK_IN_FLOW: 'une liste ou un groupe sur plusieurs lignes est placé entre crochets ou accolades',
    IMPOSSIBLE: 'structure illisible',
    KEY_OVER_1024_CHARS: 'une clé dépasse 1 024 caractères',
    MULTIPLE_ANCHORS: 'plusieurs ancres sur une même valeur',
    MULTIPLE_DOCS: 'plusieurs documents dans un même fichier (ligne « --- »)',
    MULTIPLE_TAGS: 'plusieurs étiquettes sur une même valeur',
    NON_STRING_KEY: 'une clé doit être un texte',
    RESOURCE_EXHAUSTION: 'le fichier serait démesuré : trop de renvois (« *nom ») ou trop de niveaux imbriqués',
    TAG_RESOLVE_FAILED: 'étiquette « ! » inconnue',
    BAD_COLLECTION_TYPE: 'type de liste ou de groupe incorrect',
  };
  // Codes added by a later version of the library still give French text, never the library's English.
  return messages[code] ?? 'structure incorrecte';
}
