/**
 * Adds a source to territory.yaml with the `yaml` Document API: comments, blank lines and the order of
 * the other keys survive; the new entry goes after the last entry of the same kind.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** The entry to add. */
export interface NewSource {
  kind: 'rpls' | 'demande' | 'indicateurs';
  file: string;
  millesime: number;
  preset?: string;
  sheet?: string;
  origin?: string;
}

/** territory.yaml with the new entry, or an error (French) when it cannot be added. */
export function declareSource(text: string, source: NewSource): { text: string } | { error: string } {
  const doc = parseDocument(text);
  if (doc.errors.length) return { error: `territory.yaml est illisible : ${doc.errors[0]!.message}` };
  let sources = doc.get('sources');
  if (sources === undefined || sources === null) {
    doc.set('sources', doc.createNode([]));
    sources = doc.get('sources');
  }
  if (!isSeq(sources)) return { error: 'la rubrique « sources » de territory.yaml n’est pas une liste' };
  const items = sources.items.filter(isMap) as YAMLMap[];
  const same = items.find((m) => m.get('kind') === source.kind && Number(m.get('millesime')) === source.millesime);
  if (same)
    return {
      error: `le millésime ${source.millesime} des fichiers « ${source.kind} » est déjà déclaré (fichier ${String(same.get('file'))})`,
    };
  const entry: Record<string, unknown> = { kind: source.kind, file: source.file, millesime: source.millesime };
  if (source.preset && source.preset !== 'demande-projet') entry.preset = source.preset;
  if (source.sheet) entry.sheet = source.sheet;
  if (source.origin) entry.origin = source.origin;
  const node = doc.createNode(entry);
  let at = -1;
  sources.items.forEach((m, i) => {
    if (isMap(m) && m.get('kind') === source.kind && Number(m.get('millesime')) < source.millesime) at = i;
  });
  if (at < 0) at = sources.items.findIndex((m) => isMap(m) && m.get('kind') === source.kind) - 1;
  if (at < 0 && !sources.items.some((m) => isMap(m) && m.get('kind') === source.kind)) sources.items.push(node);
  else sources.items.splice(at + 1, 0, node);
  return { text: doc.toString({ lineWidth: 0 }) };
}
