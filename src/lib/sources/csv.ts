/**
 * Streaming CSV reader: guesses the encoding on the first megabyte, then reads the file in 64 KB chunks,
 * cuts records on line ends outside quotes while scanning bytes, decodes only the records it keeps
 * (UTF-8 or Windows-1252) and hands them to the handler. Memory stays flat whatever the size.
 */
import { createReadStream, statSync, openSync, readSync, closeSync } from 'node:fs';
import { classifyBytes, NOT_TEXT, type Diagnostic } from '../diagnostics/index.ts';
import { findMojibake, guessEncoding, hasMojibakeBytes, repairMojibake } from './encoding.ts';
import { columnOfField, detectDelimiter, fieldAt, splitRecord, type Delimiter } from './fields.ts';
import { MAX_RECORD_BYTES, RecordScanner, type FieldBounds } from './record-scanner.ts';
import { sniff } from './sniff.ts';
import {
  duplicateHeader,
  HEADER_SEARCH_LINES,
  headerRowBeyondEnd,
  headerRowBlank,
  pickHeader,
  type ReadOptions,
  type ReadSummary,
  type RowFilter,
  type TableHandler,
} from './table.ts';

/** Bytes read to guess the encoding and recognise the kind of file; also the progress step. */
const SAMPLE = 1 << 20;

/** The first bytes of the file (all of it when shorter than the sample). */
function readSample(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, SAMPLE));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** True when a record holds nothing but separators, spaces and quotes. */
function isBlankRecord(text: string, delimiter: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== delimiter && c !== ' ' && c !== '\t' && c !== '"' && c !== '\r') return false;
  }
  return true;
}

/** Number of `"` in a string (only called on records that contain one). */
function quoteCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** A copy of `chunk` with every CR byte made a LF (files whose lines end with a lone CR). */
function crToLf(chunk: Buffer): Buffer {
  const copy = Buffer.from(chunk);
  for (let i = copy.indexOf(13); i >= 0; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}

/** Reads a CSV file as published and streams its rows to the handler. */
export async function readCsv(path: string, options: ReadOptions, handler: TableHandler): Promise<ReadSummary> {
  const bytes = statSync(path).size;
  const diagnostics: Diagnostic[] = [];
  const summary: ReadSummary = { diagnostics, rows: 0, kept: 0, bytes };
  const error = (line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ file: options.display, line, column, severity: 'error', message, ...(hint ? { hint } : {}) });

  const sample = readSample(path, bytes);
  const bytesKind = classifyBytes(sample);
  if (bytesKind !== 'text' && bytesKind !== 'zip' && bytesKind !== 'empty') {
    const { message, hint } = NOT_TEXT[bytesKind];
    error(1, 1, message, bytesKind === 'utf-16' ? 'dans Excel, enregistrez-le de nouveau en « CSV UTF-8 »' : hint);
    return summary;
  }
  const kind = sniff(sample);
  if (kind === 'empty') {
    error(1, 1, 'le fichier est vide', 'remplacez-le par le fichier complet téléchargé chez le producteur');
    return summary;
  }
  if (kind === 'html') {
    error(
      1,
      1,
      'le fichier est une page web, pas un tableau de données',
      'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier CSV',
    );
    return summary;
  }
  if (kind === 'zip') {
    error(
      1,
      1,
      'le fichier est un classeur Excel enregistré avec un nom en .csv',
      'renommez-le en .xlsx ou enregistrez-le au format CSV',
    );
    return summary;
  }
  const guess = guessEncoding(sample, sample.length === bytes);
  summary.encoding = guess.encoding;
  // « CSV (Macintosh) » of Excel for Mac ends lines with a lone CR: read as line ends, one per line.
  const crOnly = sample.includes(13) && !sample.includes(10);
  const decoder = new TextDecoder(guess.encoding === 'utf-8' ? 'utf-8' : 'windows-1252');

  let header: string[] | undefined;
  let delimiter: Delimiter = ';';
  let filter: RowFilter | undefined;
  let wanted: boolean[] | undefined;
  let stopped = false;
  let mojibakeReported = false;
  let replacementReported = false;
  const preHeader: { text: string; line: number; last: boolean; unterminated: boolean }[] = [];
  let lastLine = 0;

  const checkText = (text: string, line: number) => {
    if (!mojibakeReported) {
      const at = findMojibake(text);
      if (at >= 0) {
        mojibakeReported = true;
        const fragment = text.slice(at, at + 2);
        const fixed = repairMojibake(fragment);
        error(
          line,
          at + 1,
          `caractères mal convertis « ${fragment} »${fixed ? ` au lieu de « ${fixed} »` : ''} : le fichier a été enregistré avec un mauvais encodage`,
          'repartez du fichier d’origine et enregistrez-le en CSV UTF-8',
        );
      }
    }
    if (!replacementReported && guess.encoding === 'utf-8' && text.includes('\ufffd')) {
      replacementReported = true;
      error(
        line,
        text.indexOf('\ufffd') + 1,
        'caractère illisible : le fichier n’est pas entièrement en UTF-8',
        'enregistrez tout le fichier dans un seul encodage, de préférence CSV UTF-8',
      );
    }
  };

  /** Takes this early line as the header, then replays the lines read after it. */
  const chooseHeader = (chosen: (typeof preHeader)[number]) => {
    delimiter = detectDelimiter(chosen.text);
    header = splitRecord(chosen.text, delimiter).map((h) => h.trim());
    checkText(chosen.text, chosen.line);
    const twice = duplicateHeader(header, options.headerHints);
    if (twice) {
      error(chosen.line, columnOfField(chosen.text, delimiter, twice.indices[1]!), twice.message, twice.hint);
      stopped = true;
      return;
    }
    const decision = handler.header(header, chosen.line, (i) => columnOfField(chosen.text, delimiter, i));
    if (decision === false) stopped = true;
    else {
      filter = decision.filter;
      if (decision.columns) {
        wanted = header.map(() => false);
        for (const c of decision.columns) wanted[c] = true;
        if (filter) wanted[filter.column] = true;
      }
    }
    for (const r of preHeader.slice(preHeader.indexOf(chosen) + 1)) onRecord(r.text, r.line, r.last, r.unterminated);
  };
  const pick = () => pickHeader(preHeader, (r) => splitRecord(r.text, detectDelimiter(r.text)), options.headerHints);

  const onRecord = (text: string, line: number, last: boolean, unterminated: boolean): void => {
    if (stopped) return;
    if (!header) {
      lastLine = line;
      const declared = options.headerRow;
      if (declared !== undefined) {
        // The source says where the header is: the lines above are titles, skipped.
        if (line < declared) return;
        if (line === declared && text.trim() !== '') {
          preHeader.push({ text, line, last, unterminated });
          chooseHeader(preHeader[preHeader.length - 1]!);
        } else {
          const { message, hint } = headerRowBlank(declared);
          error(declared, 1, message, hint);
          stopped = true;
        }
        return;
      }
      if (text.trim() === '') return;
      preHeader.push({ text, line, last, unterminated });
      // Title or group lines may stand above the table: the header is the line naming the most known columns.
      if (preHeader.length >= HEADER_SEARCH_LINES) chooseHeader(pick());
      return;
    }
    // Excel leaves rows of bare separators (";;;;;;;;") below a table: they are empty rows, not data.
    if (isBlankRecord(text, delimiter)) return;
    summary.rows++;
    // Records from the scanner already passed the filter on their bytes: do not cut the field out again.
    if (filter && !scanner.filter && !filter.accept(fieldAt(text, delimiter, filter.column).trim())) {
      if (!last) return;
    }
    handleValues(splitRecord(text, delimiter, wanted), () => text, line, last, unterminated, true);
  };

  /**
   * A record the scanner found simple (quotes only around whole fields), in UTF-8 without
   * converted-twice characters: decoded once, only the fields the handler reads are sliced out.
   */
  const onFields = (text: string, line: number, bounds: FieldBounds): void => {
    if (stopped || !header) return;
    if (text.length <= 3 * bounds.count && isBlankRecord(text, delimiter)) return;
    summary.rows++;
    const { count, delimiters, first } = bounds;
    const values = new Array<string>(count);
    for (let k = 0; k < count; k++) {
      if (wanted![k] === false) {
        values[k] = '';
        continue;
      }
      let s = k === 0 ? 0 : delimiters[first + k - 1]! + 1;
      let e = k < count - 1 ? delimiters[first + k]! : text.length;
      if (text.charCodeAt(s) === 34) {
        s++;
        e--;
      }
      values[k] = text.slice(s, e);
    }
    handleValues(values, () => text, line, false, false, false);
  };

  /** Checks the length of a split record and hands it to the handler. */
  const handleValues = (
    values: string[],
    textOf: () => string,
    line: number,
    last: boolean,
    unterminated: boolean,
    checkChars: boolean,
  ): void => {
    const columns = header!.length;
    // A quote still open at the end of the file: every line after it was read as one value.
    if (unterminated && !last) {
      error(
        line,
        1,
        'un guillemet « " » ouvert à cette ligne n’est jamais fermé : toutes les lignes suivantes sont lues comme une seule valeur',
        'fermez le guillemet, ou enlevez-le, puis enregistrez de nouveau le fichier',
      );
      return;
    }
    if (last && (unterminated || values.length < columns)) {
      error(
        line,
        textOf().length + 1,
        `la dernière ligne est coupée : ${values.length} valeurs au lieu de ${columns}`,
        'le fichier est incomplet : téléchargez-le de nouveau',
      );
      return;
    }
    if (filter && !filter.accept((values[filter.column] ?? '').trim())) return;
    if (values.length < columns) {
      error(
        line,
        textOf().length + 1,
        `ligne incomplète : ${values.length} valeurs au lieu de ${columns}`,
        'vérifiez les séparateurs de cette ligne',
      );
      return;
    }
    if (values.length > columns && values.slice(columns).some((v) => v.trim() !== '')) {
      error(
        line,
        columnOfField(textOf(), delimiter, columns),
        `ligne trop longue : ${values.length} valeurs pour ${columns} colonnes`,
        delimiter === ','
          ? 'le séparateur de colonnes est la virgule, et une virgule sert aussi aux décimales : enregistrez le fichier avec le point-virgule comme séparateur'
          : 'une valeur contient sans doute le séparateur : mettez-la entre guillemets ou retirez ce caractère',
      );
      return;
    }
    summary.kept++;
    if (checkChars) checkText(textOf(), line);
    handler.row(values, line, (i) => columnOfField(textOf(), delimiter, i));
  };

  // Buffer's own UTF-8 decoding is much cheaper than TextDecoder for many short records (same U+FFFD rule).
  const decode =
    guess.encoding === 'utf-8'
      ? (buf: Buffer, start: number, end: number) => buf.toString('utf8', start, end)
      : (buf: Buffer, start: number, end: number) => decoder.decode(buf.subarray(start, end));
  // The byte path needs UTF-8 (Windows-1252 is not Buffer's latin1) and a record free of bad characters;
  // anything else goes through the text path, which checks and reports them.
  const bytePath = guess.encoding === 'utf-8';
  const scanner = new RecordScanner((buf, start, end, line, bounds, decoded) => {
    const text = decoded ?? decode(buf, start, end);
    if (bytePath && wanted && bounds?.simple && !suspectChunk && !text.includes('\ufffd')) onFields(text, line, bounds);
    else onRecord(text, line, false, false);
  });
  let suspectChunk = false;
  let previousSuspect = false;
  let previousTail: Buffer = Buffer.alloc(0);
  const progress = () => ({ bytes: read, totalBytes: bytes, rows: summary.rows + scanner.dropped, kept: summary.kept });
  let read = 0;
  let nextProgress = SAMPLE;
  let endsWithNewline = false;
  // 64 KB chunks keep the buffers in the young generation: GC stays cheap and memory flat.
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (stopped) break;
    // Characters converted twice (« Ã© ») are looked for in the chunk's bytes, across its start too.
    // The record cut at the end of the last chunk is emitted with this one: the last chunk's finding counts too.
    const suspectNow =
      bytePath && (hasMojibakeBytes(chunk) || hasMojibakeBytes(Buffer.concat([previousTail, chunk.subarray(0, 8)])));
    suspectChunk = suspectNow || previousSuspect;
    previousSuspect = suspectNow;
    previousTail = chunk.subarray(Math.max(0, chunk.length - 8));
    const bytesOfChunk = crOnly ? crToLf(chunk) : chunk;
    scanner.push(read === 0 && guess.bom ? bytesOfChunk.subarray(3) : bytesOfChunk);
    read += chunk.length;
    if (scanner.overlong) {
      // The lines read before it still count: the header is chosen among them, and their rows handed over.
      if (!header && !stopped && options.headerRow === undefined && preHeader.length > 0) chooseHeader(pick());
      const { line, carriageReturns } = scanner.overlong;
      error(
        line,
        1,
        `ligne de plus de ${MAX_RECORD_BYTES / (1024 * 1024)} Mo sans fin de ligne : ce n’est pas un tableau lisible`,
        carriageReturns
          ? 'les lignes finissent par un retour chariot seul (ancien format Mac) : enregistrez le fichier en CSV avec des fins de ligne Windows ou Unix'
          : 'un guillemet « " » ouvert à cette ligne n’est sans doute jamais fermé, ou le fichier n’a pas de fins de ligne : vérifiez-le dans un tableur',
      );
      stopped = true;
      break;
    }
    endsWithNewline = bytesOfChunk[bytesOfChunk.length - 1] === 0x0a;
    if (header && filter && !scanner.filter) scanner.filter = { ...filter, delimiter: delimiter.charCodeAt(0) };
    if (header && wanted && scanner.delimiter < 0) {
      scanner.delimiter = delimiter.charCodeAt(0);
      scanner.utf8 = bytePath;
    }
    if (options.onProgress && read >= nextProgress) {
      nextProgress += SAMPLE * 8;
      options.onProgress(progress());
    }
  }
  stream.destroy();
  const last = scanner.rest();
  const rest = decode(last.record, 0, last.record.length).replace(/\r$/, '');
  if (!stopped && rest !== '') {
    const unterminated = rest.includes('"') && quoteCount(rest) % 2 === 1;
    onRecord(rest, last.line, !endsWithNewline, unterminated);
  }
  summary.rows += scanner.dropped;
  // Fewer lines than the search: the best of them is the header (the first when none names a known column,
  // and the handler says what is missing).
  if (!header && !stopped && options.headerRow === undefined && preHeader.length > 0) chooseHeader(pick());
  if (!header && !stopped && options.headerRow !== undefined && lastLine > 0) {
    const { message, hint } = headerRowBeyondEnd(options.headerRow, lastLine);
    error(1, 1, message, hint);
  } else if (!header && !stopped)
    error(1, 1, 'le fichier est vide', 'remplacez-le par le fichier complet téléchargé chez le producteur');
  else if (header && summary.rows === 0 && !stopped)
    error(
      2,
      1,
      'le fichier ne contient que la ligne des titres, aucune ligne de données',
      'remplacez-le par le fichier complet',
    );
  options.onProgress?.({ ...progress(), bytes, rows: summary.rows });
  return summary;
}
