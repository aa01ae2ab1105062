/**
 * What the first bytes of a file say it is, before it is read as text: a compressed file, a ZIP archive
 * (an Excel workbook), a PDF, UTF-16 text, binary data, or text. Every reader of the product asks here, so
 * a file that is not text gets a message naming what it is instead of a list of missing columns.
 */

/** Kinds of file recognised from their first bytes. */
export type ByteKind = 'empty' | 'gzip' | 'zip' | 'pdf' | 'utf-16' | 'binary' | 'text';

/** Classifies a file from its first bytes (a sample of a few kilobytes is enough). */
export function classifyBytes(sample: Uint8Array): ByteKind {
  if (sample.length === 0) return 'empty';
  const b = (i: number) => sample[i];
  if (b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 0x03 || b(2) === 0x05 || b(2) === 0x07)) return 'zip';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  if ((b(0) === 0xff && b(1) === 0xfe) || (b(0) === 0xfe && b(1) === 0xff)) return 'utf-16';
  const head = sample.subarray(0, 4096);
  let zeros = 0,
    zerosAtOdd = 0,
    zerosAtEven = 0,
    controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c === 0) {
      zeros++;
      if (i % 2) zerosAtOdd++;
      else zerosAtEven++;
    } else if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) controls++;
  }
  // UTF-16 without a byte order mark: ASCII letters with a zero byte before or after each of them.
  if (zeros > head.length / 4 && (zerosAtOdd > zeros * 0.9 || zerosAtEven > zeros * 0.9)) return 'utf-16';
  if (zeros > 0 || controls > head.length / 20) return 'binary';
  return 'text';
}

/** The French description and what to do, for each kind that is not plain text. */
export const NOT_TEXT: Record<Exclude<ByteKind, 'text'>, { message: string; hint: string }> = {
  empty: { message: 'le fichier est vide', hint: 'remplacez-le par le fichier complet' },
  gzip: {
    message: 'fichier compressé (gzip), pas un fichier texte',
    hint: 'décompressez-le, puis placez le fichier obtenu à sa place',
  },
  zip: {
    message: 'fichier compressé (archive ZIP ou classeur Excel), pas un fichier texte',
    hint: 'décompressez l’archive, ou enregistrez le classeur au format demandé',
  },
  pdf: { message: 'fichier PDF, pas un fichier texte', hint: 'placez ici le fichier de données, pas un document PDF' },
  'utf-16': {
    message: 'fichier texte encodé en UTF-16 : l’encodage UTF-8 est attendu',
    hint: 'enregistrez-le de nouveau avec l’encodage « UTF-8 »',
  },
  binary: {
    message: 'fichier binaire, pas un fichier texte',
    hint: 'vérifiez que c’est le bon fichier : il doit s’ouvrir dans un éditeur de texte',
  },
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * 1-based line and column of the first character that is not valid UTF-8, or undefined when all of it is.
 * Found as the first replacement character of a lenient decoding (a valid file may hold U+FFFD itself:
 * then the first one that is not in the strict decoding's place is rare enough to be ignored).
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; text: string } | undefined {
  try {
    strictUtf8.decode(bytes);
    return undefined;
  } catch {
    const text = lenientUtf8.decode(bytes);
    const at = text.indexOf('\ufffd');
    const lineStart = text.lastIndexOf('\n', at) + 1;
    return { line: text.slice(0, at).split('\n').length, column: [...text.slice(lineStart, at)].length + 1, text };
  }
}
