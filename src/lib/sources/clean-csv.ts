/**
 * The fast read of a clean CSV file, for the national RPLS file (5 million rows, 70 columns, of which the
 * split reads 8): UTF-8, `;`, the header on the first line, quotes only around whole fields, every row with
 * the header's number of fields. The bytes are never decoded: one loop over them notes where the wanted
 * fields start and end, and the handler classifies them from their bytes.
 *
 * Anything else — another encoding, a title line above the header, a quote inside a field, a line break
 * inside quotes, a short or long row, a blank row of separators, characters converted twice, bytes that
 * are not UTF-8, no data row — makes it give up (`undefined`): the caller then reads the file with
 * `readTable`, which reads every case and says what is wrong, with its file, line and column. So this
 * path has no messages of its own, and gives the same result as `readTable` on the files it accepts
 * (tests/unit/national-fast-read.test.ts).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { classifyBytes } from '../diagnostics/index.ts';
import { guessEncoding, hasMojibakeBytes } from './encoding.ts';
import { detectDelimiter, splitRecord } from './fields.ts';
import { sniff } from './sniff.ts';
import { duplicateHeader, HEADER_SEARCH_LINES, pickHeader, type Progress } from './table.ts';

/** U+FFFD in UTF-8: readTable reports it as an unreadable character, even when written on purpose. */
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);
/** Bytes read at a time. */
const CHUNK = 1 << 20;
/** A record longer than this is not a clean file's (the reader gives up, readTable says why). */
const MAX_RECORD = 1 << 20;

/** Receives the header, then each record's wanted fields as byte ranges. */
export interface CleanHandler {
  /** The header's names (trimmed, quotes removed): the columns to hand over, or false to give up. */
  header(names: string[]): readonly number[] | false;
  /**
   * One data record: wanted field `j` (in the order returned by `header`) is `buf[start[j], end[j])`, quotes
   * removed; `buf[recordStart, recordEnd)` is the whole record (line end excluded), on `line`. The arrays
   * are reused. Returns false to give up (a value this path does not read: readTable will report it).
   */
  row(buf: Buffer, start: Int32Array, end: Int32Array, line: number, recordStart: number, recordEnd: number): boolean;
}

/** Rows and size of a clean read. */
export interface CleanSummary {
  rows: number;
  bytes: number;
}

/** True when `buf[from, to)` holds only separators, spaces, tabs, quotes and CR (a row Excel left blank). */
function blank(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    if (c !== 59 && c !== 32 && c !== 9 && c !== 34 && c !== 13) return false;
  }
  return true;
}

/** Options of a clean read. */
export interface CleanOptions {
  /** Column names that mark the header (ReadOptions.headerHints): line 1 must be the line readTable picks. */
  headerHints: readonly string[];
  onProgress?: (p: Progress) => void;
}

/**
 * Reads `path` if it is a clean `;` CSV in UTF-8, handing the wanted fields of each record to `handler`;
 * undefined as soon as something is not (nothing is reported: read the file again with readTable).
 */
export function readCleanCsv(path: string, options: CleanOptions, handler: CleanHandler): CleanSummary | undefined {
  const fd = openSync(path, 'r');
  try {
    return readOpen(fd, options, handler);
  } finally {
    closeSync(fd);
  }
}

/** The header readTable would take: line 1 when no early line names more known columns; else undefined. */
function headerLine(sample: Buffer, from: number, hints: readonly string[], whole: boolean): string | undefined {
  const lines: string[] = [];
  for (let at = from; lines.length < HEADER_SEARCH_LINES && at < sample.length;) {
    const lf = sample.indexOf(10, at);
    // A line cut by the end of the sample is not compared: readTable would see it whole.
    if (lf < 0 && !whole) break;
    const text = sample.toString('utf8', at, lf < 0 ? sample.length : lf).replace(/\r$/, '');
    if (text.trim() !== '') lines.push(text);
    else if (lines.length === 0) return undefined;
    if (lf < 0) break;
    at = lf + 1;
  }
  const first = lines[0];
  if (first === undefined || detectDelimiter(first) !== ';') return undefined;
  return pickHeader(lines, (l) => splitRecord(l, detectDelimiter(l)), hints) === first ? first : undefined;
}

function readOpen(fd: number, options: CleanOptions, handler: CleanHandler): CleanSummary | undefined {
  const bytes = fstatSync(fd).size;
  let buf = Buffer.allocUnsafe(CHUNK * 2);
  let have = readSync(fd, buf, 0, CHUNK, 0);
  let read = have;
  const sample = buf.subarray(0, have);
  if (classifyBytes(sample) !== 'text' || sniff(sample) !== 'text') return undefined;
  const guess = guessEncoding(sample, have === bytes);
  if (guess.encoding !== 'utf-8') return undefined;
  // No line end in the first megabyte (lines ended by a lone CR, one endless line): readTable says why.
  const firstEnd = sample.indexOf(10);
  if (firstEnd < 0) return undefined;

  const headerStart = guess.bom ? 3 : 0;
  const headerBytes = buf.subarray(headerStart, firstEnd);
  if (!isUtf8(headerBytes) || hasMojibakeBytes(headerBytes) || headerBytes.includes(REPLACEMENT)) return undefined;
  const headerText = headerLine(sample, headerStart, options.headerHints, have === bytes);
  if (headerText === undefined) return undefined;
  const names = splitRecord(headerText, ';').map((h) => h.trim());
  if (duplicateHeader(names, options.headerHints) || names.some((n) => n.includes('"'))) return undefined;
  const wanted = handler.header(names);
  if (wanted === false) return undefined;
  const columns = names.length;
  // Slot of each field in the handler's arrays, or -1 when it is not read.
  const slotOf = new Int32Array(columns).fill(-1);
  wanted.forEach((c, j) => {
    slotOf[c] = j;
  });
  const start = new Int32Array(wanted.length);
  const end = new Int32Array(wanted.length);

  let rows = 0;
  let line = 1;
  let pos = firstEnd + 1;
  let nextProgress = 8 * CHUNK;
  for (;;) {
    // The complete records of buf[pos, have): up to the last line end (the rest waits for the next chunk).
    // At the end of the file, everything left (a last line may have no line end).
    const atEof = read >= bytes;
    const last = have > pos ? (atEof ? have - 1 : buf.lastIndexOf(10, have - 1)) : -1;
    if (last >= pos) {
      const stop = last + 1;
      const region = buf.subarray(pos, stop);
      // Bytes that are not UTF-8, or characters converted twice: readTable reports them.
      if (!isUtf8(region) || hasMojibakeBytes(region) || region.includes(REPLACEMENT)) return undefined;
      let i = pos;
      while (i < stop) {
        line++;
        const recordStart = i;
        let field = 0;
        let s = i;
        // Where the record's line end is (stop at the end of a file without a last line end).
        let lf = -1;
        for (;;) {
          let e: number;
          let next: number;
          if (s < stop && buf[s] === 34) {
            // Quoted: the closing quote comes before any line end, then `;` or the line end.
            let q = s + 1;
            while (q < stop) {
              const c = buf[q]!;
              // Most bytes are above the quote: one test each.
              if (c > 34) {
                q++;
                continue;
              }
              if (c === 34) break;
              if (c === 10) return undefined;
              q++;
            }
            if (q >= stop) return undefined;
            e = q;
            next = q + 1;
            s++;
            if (next < stop && buf[next] === 13 && (next + 1 >= stop || buf[next + 1] === 10)) next++;
            if (next < stop && buf[next] !== 59 && buf[next] !== 10) return undefined;
          } else {
            let q = s;
            while (q < stop) {
              const c = buf[q]!;
              // Digits, letters and most punctuation: two tests each.
              if (c > 34 && c !== 59) {
                q++;
                continue;
              }
              if (c === 59 || c === 10) break;
              // A quote inside a bare field (« 12"3 »): readTable splits such a record as text.
              if (c === 34) return undefined;
              q++;
            }
            e = q;
            next = q;
            // The CR of a CR LF line end is not part of the last value.
            if ((q >= stop || buf[q] === 10) && e > s && buf[e - 1] === 13) e--;
          }
          if (field < columns) {
            const slot = slotOf[field]!;
            if (slot >= 0) {
              start[slot] = s;
              end[slot] = e;
            }
          }
          field++;
          if (next >= stop || buf[next] === 10) {
            lf = next;
            break;
          }
          s = next + 1;
        }
        i = lf + 1;
        const recordEnd = lf > recordStart && buf[lf - 1] === 13 ? lf - 1 : lf;
        if (recordEnd - recordStart > MAX_RECORD) return undefined;
        // A blank line, or a row of bare separators left by a spreadsheet: readTable skips it too.
        if (recordEnd - recordStart <= 3 * field && blank(buf, recordStart, recordEnd)) continue;
        if (field !== columns) return undefined;
        rows++;
        if (!handler.row(buf, start, end, line, recordStart, recordEnd)) return undefined;
      }
      pos = stop;
    }
    if (atEof) break;
    // Keep the unfinished record, then read on.
    const rest = have - pos;
    if (rest > MAX_RECORD) return undefined;
    // Stryker disable all: equivalent while MAX_RECORD is CHUNK: rest ≤ CHUNK and buf holds 2 × CHUNK, so the
    // buffer never grows (a bigger one, or a copy in place, give the same bytes).
    if (rest + CHUNK > buf.length) {
      const bigger = Buffer.allocUnsafe(rest + CHUNK);
      buf.copy(bigger, 0, pos, have);
      buf = bigger;
    } else buf.copy(buf, 0, pos, have);
    // Stryker restore all
    pos = 0;
    have = rest;
    const n = readSync(fd, buf, have, CHUNK, read);
    // The file changed while it was read.
    // Stryker disable next-line all: equivalent in tests, a file cut while it is read cannot be written without a race.
    if (n === 0) return undefined;
    have += n;
    read += n;
    if (options.onProgress && read >= nextProgress) {
      nextProgress += 8 * CHUNK;
      options.onProgress({ bytes: read, totalBytes: bytes, rows, kept: rows });
    }
  }
  // A file of a header alone: readTable says so.
  if (rows === 0) return undefined;
  options.onProgress?.({ bytes, totalBytes: bytes, rows, kept: rows });
  return { rows, bytes };
}
