/**
 * Splitting one CSV record into fields. Records without a quote (most lines) are split directly; quoted
 * records go through papaparse, which handles RFC 4180 quoting ("" inside quotes, delimiters in fields).
 */
import Papa from 'papaparse';

/** Delimiters found in published French files. */
export type Delimiter = ';' | ',' | '\t';

/**
 * Fields of one record. With `wanted` (false for each column not read), those fields come back as empty
 * strings: the count of fields stays exact, but they are never cut out. Fields past its end are kept.
 */
export function splitRecord(text: string, delimiter: Delimiter, wanted?: readonly boolean[]): string[] {
  if (!wanted && !text.includes('"')) return text.split(delimiter);
  const simple = splitSimplyQuoted(text, delimiter, wanted);
  if (simple) return simple;
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', header: false, skipEmptyLines: false });
  return parsed.data[0] ?? [''];
}

/**
 * Fields of a record whose quoted fields hold no `""` and no delimiter-free stray quote (the DiDo RPLS
 * file quotes every text): cut with indexOf, without papaparse's per-record objects, which made the
 * garbage collector the main cost of a territory keeping 75 000 rows. Undefined: let papaparse decide.
 */
function splitSimplyQuoted(text: string, delimiter: Delimiter, wanted?: readonly boolean[]): string[] | undefined {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  // Position of the next quote at or after i, found once per quote rather than once per field.
  let quote = text.indexOf('"');
  if (quote < 0) quote = n;
  for (;;) {
    if (quote < i) {
      quote = text.indexOf('"', i);
      if (quote < 0) quote = n;
    }
    const keep = wanted === undefined || wanted[out.length] !== false;
    if (text.charCodeAt(i) === 34) {
      const end = text.indexOf('"', i + 1);
      if (end < 0 || text.charCodeAt(end + 1) === 34) return undefined;
      out.push(keep ? text.slice(i + 1, end) : '');
      i = end + 1;
      if (i === n) return out;
      if (text[i] !== delimiter) return undefined;
      i++;
    } else {
      const next = text.indexOf(delimiter, i);
      const stop = next < 0 ? n : next;
      // A stray quote inside an unquoted field: papaparse decides what it means.
      if (quote < stop) return undefined;
      out.push(keep ? text.slice(i, stop) : '');
      if (next < 0) return out;
      i = next + 1;
    }
  }
}

/**
 * Value of field `index` without splitting the whole record: used to drop rows of other communes before
 * any other work (a national RPLS file has 5 million rows; a territory keeps a few thousand).
 */
export function fieldAt(text: string, delimiter: Delimiter, index: number): string {
  let start = 0;
  let i = 0;
  const quoted = text.includes('"');
  if (!quoted) {
    for (; i < index; i++) {
      const next = text.indexOf(delimiter, start);
      if (next < 0) return '';
      start = next + 1;
    }
    const end = text.indexOf(delimiter, start);
    return end < 0 ? text.slice(start) : text.slice(start, end);
  }
  // Quoted record: walk characters, honouring quotes, until the wanted field.
  let field = 0;
  let value = '';
  let inQuotes = false;
  for (let p = 0; p < text.length; p++) {
    const ch = text[p]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[p + 1] === '"') {
          if (field === index) value += '"';
          p++;
        } else inQuotes = false;
      } else if (field === index) value += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      if (field === index) return value;
      field++;
    } else if (field === index) value += ch;
  }
  return field === index ? value : '';
}

/** 1-based character column where field `index` starts in the record (for messages). */
export function columnOfField(text: string, delimiter: Delimiter, index: number): number {
  let field = 0;
  let inQuotes = false;
  if (index === 0) return 1;
  for (let p = 0; p < text.length; p++) {
    const ch = text[p]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes && ++field === index) return p + 2;
  }
  return text.length + 1;
}

/** The delimiter used by a header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}
