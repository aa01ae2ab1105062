/**
 * Splits a masked line into sentences and words, keeping columns. Sentences never span lines: the
 * source has one sentence per line (RLS 1.7), and a list item or a heading ends where its line ends.
 */

/** A word (or a number written with digit groups) and its 0-based column. */
export interface Word {
  text: string;
  column: number;
}

/** A sentence of a line: its text, 0-based start column, words, and whether it ends with . ! ? */
export interface Sentence {
  text: string;
  column: number;
  words: Word[];
  terminated: boolean;
}

/**
 * Numbers with digit groups ("1 615") count as one word; elided forms ("l'attestation") too, and a code
 * written with underscores (a column or a status of the open data, « secret_secondaire »): one name.
 */
const WORD = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[\p{L}\p{N}]+(?:['’\-_][\p{L}\p{N}]+)*/gu;

/** Words of a piece of text, with columns shifted by `offset`. */
export function wordsOf(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], column: offset + (m.index ?? 0) }));
}

/** Sentences of one masked line. A colon at the end of a line closes a sentence too. */
export function sentencesOf(line: string): Sentence[] {
  const out: Sentence[] = [];
  const ends = /[.!?]+(?=\s|$)|:\s*$/g;
  let start = 0;
  const push = (end: number, terminated: boolean) => {
    const chunk = line.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const text = chunk.trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) {
      out.push({ text, column: start + lead, words: wordsOf(chunk, start), terminated });
    }
  };
  for (const m of line.matchAll(ends)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end, true);
    start = end;
  }
  push(line.length, false);
  return out;
}
