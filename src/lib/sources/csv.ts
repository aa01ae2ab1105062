/**
 * Streaming CSV reader: reads the file in 1 MB chunks, decodes them (UTF-8 or Windows-1252), cuts records
 * on line ends outside quotes, and hands each record to the handler. Memory stays flat whatever the size.
 */
import { createReadStream, statSync, openSync, readSync, closeSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/index.ts';
import { findMojibake, guessEncoding, repairMojibake } from './encoding.ts';
import { columnOfField, detectDelimiter, fieldAt, splitRecord, type Delimiter } from './fields.ts';
import { sniff } from './sniff.ts';
import { isHeaderLine, type ReadOptions, type ReadSummary, type TableHandler } from './table.ts';

const SAMPLE = 1 << 20;

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

/** Number of `"` in a string (only called on records that contain one). */
function quoteCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** Reads a CSV file as published and streams its rows to the handler. */
export async function readCsv(path: string, options: ReadOptions, handler: TableHandler): Promise<ReadSummary> {
  const bytes = statSync(path).size;
  const diagnostics: Diagnostic[] = [];
  const summary: ReadSummary = { diagnostics, rows: 0, kept: 0, bytes };
  const error = (line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ file: options.display, line, column, severity: 'erreur', message, ...(hint ? { hint } : {}) });

  const sample = readSample(path, bytes);
  const kind = sniff(sample);
  if (kind === 'empty') {
    error(0, 0, 'le fichier est vide', 'remplacez-le par le fichier complet téléchargé chez le producteur');
    return summary;
  }
  if (kind === 'html') {
    error(1, 1, 'le fichier est une page web, pas un tableau de données', 'le téléchargement a sans doute échoué : téléchargez de nouveau le fichier CSV');
    return summary;
  }
  if (kind === 'zip') {
    error(1, 1, 'le fichier est un classeur Excel enregistré avec un nom en .csv', 'renommez-le en .xlsx ou enregistrez-le au format CSV');
    return summary;
  }
  const guess = guessEncoding(sample, sample.length === bytes);
  summary.encoding = guess.encoding;
  const decoder = new TextDecoder(guess.encoding === 'utf-8' ? 'utf-8' : 'windows-1252');

  let header: string[] | undefined;
  let delimiter: Delimiter = ';';
  let filter: { column: number; accept: (v: string) => boolean } | undefined;
  let stopped = false;
  let mojibakeReported = false;
  let replacementReported = false;
  const preHeader: { text: string; line: number }[] = [];

  const checkText = (text: string, line: number) => {
    if (!mojibakeReported) {
      const at = findMojibake(text);
      if (at >= 0) {
        mojibakeReported = true;
        const fragment = text.slice(at, at + 2);
        const fixed = repairMojibake(fragment);
        error(line, at + 1, `caractères mal convertis « ${fragment} »${fixed ? ` au lieu de « ${fixed} »` : ''} : le fichier a été enregistré avec un mauvais encodage`,
          'repartez du fichier d’origine et enregistrez-le en CSV UTF-8');
      }
    }
    if (!replacementReported && guess.encoding === 'utf-8' && text.includes('\ufffd')) {
      replacementReported = true;
      error(line, text.indexOf('\ufffd') + 1, 'caractère illisible : le fichier n’est pas entièrement en UTF-8',
        'enregistrez tout le fichier dans un seul encodage, de préférence CSV UTF-8');
    }
  };

  const onRecord = (text: string, line: number, last: boolean, unterminated: boolean) => {
    if (stopped) return;
    if (!header) {
      if (text.trim() === '') return;
      const fields = splitRecord(text, detectDelimiter(text));
      preHeader.push({ text, line });
      const isHeader = isHeaderLine(fields, options.headerHints);
      if (isHeader || preHeader.length >= 20) {
        const chosen = isHeader ? preHeader[preHeader.length - 1]! : preHeader[0]!;
        delimiter = detectDelimiter(chosen.text);
        header = splitRecord(chosen.text, delimiter).map((h) => h.trim());
        checkText(chosen.text, chosen.line);
        const headerText = chosen.text;
        const decision = handler.header(header, chosen.line, (i) => columnOfField(headerText, delimiter, i));
        if (decision === false) stopped = true;
        else filter = decision.filter;
        if (chosen !== preHeader[preHeader.length - 1]) for (const r of preHeader.slice(preHeader.indexOf(chosen) + 1)) onRecord(r.text, r.line, false, false);
      }
      return;
    }
    if (text === '' || (text.trim() === '' && !text.includes(delimiter))) return;
    summary.rows++;
    if (filter && !filter.accept(fieldAt(text, delimiter, filter.column).trim())) {
      if (!last) return;
    }
    const values = splitRecord(text, delimiter);
    if (last && (unterminated || values.length < header.length)) {
      error(line, text.length + 1, `la dernière ligne est coupée : ${values.length} valeurs au lieu de ${header.length}`,
        'le fichier est incomplet : téléchargez-le de nouveau');
      return;
    }
    if (filter && !filter.accept((values[filter.column] ?? '').trim())) return;
    if (values.length < header.length) {
      error(line, text.length + 1, `ligne incomplète : ${values.length} valeurs au lieu de ${header.length}`, 'vérifiez les séparateurs de cette ligne');
      return;
    }
    summary.kept++;
    checkText(text, line);
    handler.row(values, line, (i) => columnOfField(text, delimiter, i));
  };

  let carry = '';
  let carryLine = 1;
  let physicalLine = 1;
  let read = 0;
  let nextProgress = SAMPLE;
  let first = true;
  let endsWithNewline = false;
  const stream = createReadStream(path, { highWaterMark: SAMPLE });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (stopped) break;
    read += chunk.length;
    let text = decoder.decode(chunk, { stream: true });
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    endsWithNewline = chunk[chunk.length - 1] === 0x0a;
    text = carry + text;
    // One pass over the characters: quotes, line ends outside quotes, and the bounds of the filter field,
    // so that a row of another commune is dropped without being cut out or split.
    const delim = delimiter.charCodeAt(0);
    const filterColumn = header && filter ? filter.column : -1;
    let recordStart = 0;
    let recordLine = carryLine;
    let inQuotes = false;
    let field = 0;
    let fieldStart = 0;
    let fieldEnd = -1;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === delim) {
        if (!inQuotes) {
          if (field === filterColumn) fieldEnd = i;
          field++;
          if (field === filterColumn) fieldStart = i + 1;
        }
      } else if (c === 10) {
        physicalLine++;
        if (inQuotes) continue; // line break inside a quoted field: the record goes on
        const end = i > recordStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        if (filterColumn >= 0 && !stopped) {
          summary.rows++;
          if (field >= filterColumn) {
            let s = filterColumn === 0 ? recordStart : fieldStart;
            let e = fieldEnd >= 0 ? fieldEnd : end;
            if (text.charCodeAt(s) === 34 && e - s >= 2 && text.charCodeAt(e - 1) === 34) { s++; e--; }
            if (filter!.accept(text.slice(s, e).trim())) {
              summary.rows--;
              onRecord(text.slice(recordStart, end), recordLine, false, false);
            }
          } else {
            summary.rows--;
            onRecord(text.slice(recordStart, end), recordLine, false, false);
          }
        } else onRecord(text.slice(recordStart, end), recordLine, false, false);
        recordStart = i + 1;
        recordLine = physicalLine;
        field = 0;
        fieldStart = recordStart;
        fieldEnd = -1;
      }
    }
    carry = text.slice(recordStart);
    carryLine = recordLine;
    if (options.onProgress && read >= nextProgress) {
      nextProgress += SAMPLE * 8;
      options.onProgress({ bytes: read, totalBytes: bytes, rows: summary.rows, kept: summary.kept });
    }
  }
  stream.destroy();
  carry += decoder.decode();
  if (!stopped && carry.replace(/\r$/, '') !== '') {
    const unterminated = carry.includes('"') && quoteCount(carry) % 2 === 1;
    onRecord(carry.replace(/\r$/, ''), carryLine, !endsWithNewline, unterminated);
  }
  if (!header && !stopped) error(0, 0, 'le fichier est vide', 'remplacez-le par le fichier complet téléchargé chez le producteur');
  else if (header && summary.rows === 0 && !stopped) error(2, 1, 'le fichier ne contient que la ligne des titres, aucune ligne de données', 'remplacez-le par le fichier complet');
  options.onProgress?.({ bytes, totalBytes: bytes, rows: summary.rows, kept: summary.kept });
  return summary;
}
