/**
 * Encoding of a published CSV: UTF-8 (with or without BOM) or Windows-1252 / Latin-1 (Excel's French CSV,
 * RPLS ≤ 2020). Decided by checking that the first megabyte is valid UTF-8: a Latin-1 accent is never a
 * valid UTF-8 sequence, while pure ASCII reads the same in both.
 */

/** Encodings we read. `windows-1252` is a superset of Latin-1 for printable characters. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** Result of the encoding guess. */
export interface EncodingGuess {
  encoding: TextEncoding;
  /** True when the file starts with the UTF-8 byte order mark (skipped when decoding). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to drop at the end so that a multi-byte sequence cut by the sample boundary is not judged invalid. */
function cutTail(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    if (byte >= 0xc0) return sample.subarray(0, end - back); // lead byte of a possibly cut sequence
    break;
  }
  return sample;
}

/** Guesses the encoding from the first bytes of a file. */
export function guessEncoding(sample: Uint8Array, complete: boolean): EncodingGuess {
  const bom = sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (bom) return { encoding: 'utf-8', bom };
  try {
    strictUtf8.decode(complete ? sample : cutTail(sample));
    return { encoding: 'utf-8', bom };
  } catch {
    return { encoding: 'windows-1252', bom };
  }
}

/**
 * Typical sequences left when UTF-8 text was read as Windows-1252 and saved again ("Ã©" for "é",
 * "â€™" for "’"). Their presence means the file was converted with the wrong encoding at some point.
 */
const MOJIBAKE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|Â[\u00a0-\u00bf]/;

/** Position (0-based index) of the first mojibake sequence in a text, or -1. */
export function findMojibake(text: string): number {
  const m = MOJIBAKE.exec(text);
  return m ? m.index : -1;
}

/** UTF-8 bytes that begin every MOJIBAKE match: « Ã », « â€ », « Â » followed by U+00A0–U+00BF. */
const MOJIBAKE_BYTES = [
  Buffer.from([0xc3, 0x83]),
  Buffer.from([0xc3, 0xa2, 0xe2, 0x82, 0xac]),
  Buffer.from([0xc3, 0x82, 0xc2]),
];

/**
 * True when UTF-8 bytes may hold a mojibake sequence (a superset of MOJIBAKE, searched natively): lets a
 * reader skip the text check on the chunks that cannot have one.
 */
export function hasMojibakeBytes(bytes: Buffer): boolean {
  return MOJIBAKE_BYTES.some((needle) => bytes.includes(needle));
}

/** What a mojibake sequence should have been, for the message ("Ã©" → "é"), when it can be repaired. */
export function repairMojibake(fragment: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of fragment) {
    const code = ch.codePointAt(0)!;
    const cp1252 = CP1252_REVERSE.get(code);
    if (code < 0x100 && cp1252 === undefined) bytes.push(code);
    else if (cp1252 !== undefined) bytes.push(cp1252);
    else return undefined;
  }
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
    // Stryker disable next-line BlockStatement: equivalent, the function returns undefined without it too.
  } catch {
    return undefined;
  }
}

/** Unicode → byte for the Windows-1252 characters of 0x80–0x9F. */
const CP1252_REVERSE = new Map<number, number>(
  [...Array(32).keys()]
    .map((i) => 0x80 + i)
    .map(
      (byte) =>
        [new TextDecoder('windows-1252').decode(new Uint8Array([byte])).codePointAt(0)!, byte] as [number, number],
    )
    .filter(([code, byte]) => code !== byte),
);
