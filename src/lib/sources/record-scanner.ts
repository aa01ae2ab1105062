/**
 * Cuts CSV bytes into records, chunk after chunk. The scan works on bytes: `"`, `;`, `,` and line ends are
 * single bytes in UTF-8 and Windows-1252 alike, so a record can be dropped on one field without being
 * decoded, cut out or split — a national RPLS file has 5 million rows, a territory keeps a few thousand.
 * Once the delimiter is known, the scan also notes where each field ends, so that a reader can decode a
 * record once and slice the fields it uses.
 *
 * The byte loop (`scanRecords`) only fills arrays: it calls nothing, so it stays small and is compiled
 * once; filtering and handing records out happen in a second loop over the records found.
 */
import type { RowFilter } from './table.ts';

/** The filter of the scan, with the delimiter as a byte. */
export interface ScanFilter extends RowFilter {
  /** Delimiter byte (`;` is 59, `,` is 44, tab is 9). */
  delimiter: number;
}

/**
 * Where the fields of the record just emitted are. Valid only during the `emit` call (the arrays are
 * reused). `simple` is false when a quote is anywhere else than around a whole field (`""` escapes,
 * stray quotes, line breaks inside quotes): the record must then be split as text.
 */
export interface FieldBounds {
  /** Number of fields. */
  count: number;
  /**
   * Position of each field delimiter outside quotes (`count - 1` of them, from `first` on), counted in
   * UTF-16 code units of the record decoded as UTF-8 (its byte offset when the record is ASCII): the
   * fields are slices of the record decoded once. Meaningless if the record is not well-formed UTF-8.
   */
  delimiters: Int32Array;
  first: number;
  simple: boolean;
}

/** What one scan found, in arrays reused from chunk to chunk (one entry per complete record). */
class Found {
  records = 0;
  /** Start of the bytes left after the last complete record. */
  rest = 0;
  /** Physical line where the rest starts. */
  restLine = 1;
  start = new Int32Array(1024);
  /** End of the record, line end excluded. */
  end = new Int32Array(1024);
  /** Start and end of the record in code units of the whole buffer decoded as UTF-8. */
  unitStart = new Int32Array(1024);
  unitEnd = new Int32Array(1024);
  line = new Int32Array(1024);
  simple = new Uint8Array(1024);
  /** Index in `delimiterAt` of the record's first delimiter, and the number of its fields. */
  firstDelimiter = new Int32Array(1024);
  fields = new Int32Array(1024);
  /** Byte position of each delimiter outside quotes (absolute in the chunk), and its code-unit position. */
  delimiterAt = new Int32Array(1 << 14);
  delimiterUnit = new Int32Array(1 << 14);

  growRecords(): void {
    const n = this.start.length * 2;
    for (const key of ['start', 'end', 'unitStart', 'unitEnd', 'line', 'firstDelimiter', 'fields'] as const) {
      const a = new Int32Array(n);
      a.set(this[key]);
      this[key] = a;
    }
    const s = new Uint8Array(n);
    s.set(this.simple);
    this.simple = s;
  }

  growDelimiters(): void {
    const at = new Int32Array(this.delimiterAt.length * 2);
    at.set(this.delimiterAt);
    this.delimiterAt = at;
    const unit = new Int32Array(this.delimiterUnit.length * 2);
    unit.set(this.delimiterUnit);
    this.delimiterUnit = unit;
  }
}

/** Finds the complete records of `buf` (scan from its first byte, which starts a record on `firstLine`). */
function scanRecords(buf: Buffer, delim: number, firstLine: number, out: Found): void {
  let records = 0;
  let delimiters = 0;
  let recordStart = 0;
  let recordLine = firstLine;
  let physicalLine = firstLine;
  let inQuotes = false;
  let simple = 1;
  let fieldStart = 0;
  let firstDelimiter = 0;
  // Bytes of the record so far that are not a code unit of their own once decoded from UTF-8, and those
  // of the records before it.
  let extra = 0;
  let extraBefore = 0;
  const length = buf.length;
  for (let i = 0; i < length; i++) {
    const c = buf[i]!;
    if (c < 0x80) {
      if (c !== 34 && c !== delim && c !== 10) continue;
    } else {
      // UTF-8: a continuation byte is no code unit of its own; a 4-byte sequence makes two.
      if (c < 0xc0) extra++;
      else if (c >= 0xf0) extra--;
      continue;
    }
    if (c === 34) {
      // A quote may only open a field or close it just before a delimiter or a line end.
      if (inQuotes) {
        const next = i + 1 < length ? buf[i + 1]! : delim;
        if (next !== delim && next !== 10 && !(next === 13 && (i + 2 >= length || buf[i + 2] === 10))) simple = 0;
      } else if (i !== fieldStart) simple = 0;
      inQuotes = !inQuotes;
    } else if (c === 10) {
      physicalLine++;
      if (inQuotes) {
        simple = 0; // line break inside a quoted field: the record goes on
        continue;
      }
      if (records === out.start.length) out.growRecords();
      const end = i > recordStart && buf[i - 1] === 13 ? i - 1 : i;
      out.start[records] = recordStart;
      out.end[records] = end;
      out.unitStart[records] = recordStart - extraBefore;
      out.unitEnd[records] = end - extraBefore - extra;
      out.line[records] = recordLine;
      out.simple[records] = simple;
      out.firstDelimiter[records] = firstDelimiter;
      out.fields[records] = delimiters - firstDelimiter + 1;
      records++;
      recordStart = fieldStart = i + 1;
      recordLine = physicalLine;
      firstDelimiter = delimiters;
      simple = 1;
      extraBefore += extra;
      extra = 0;
    } else if (!inQuotes) {
      // The delimiter.
      if (delimiters === out.delimiterAt.length) out.growDelimiters();
      out.delimiterAt[delimiters] = i;
      out.delimiterUnit[delimiters] = i - recordStart - extra;
      delimiters++;
      fieldStart = i + 1;
    }
  }
  out.records = records;
  out.rest = recordStart;
  out.restLine = recordLine;
}

/**
 * Receives each record that is kept: its bytes are `buf[start, end)` (line end excluded; valid only
 * during the call), its first line, and its fields once the delimiter is known.
 */
export type Emit = (
  buf: Buffer,
  start: number,
  end: number,
  line: number,
  bounds: FieldBounds | undefined,
  /** The record already decoded as UTF-8, when the scanner decoded its whole buffer. */
  text: string | undefined,
) => void;

const EMPTY = Buffer.alloc(0);

/**
 * Longest record read: no real table has a line of a megabyte. Past it, the file has no line ends (or a
 * quote is never closed) and every new chunk would be scanned again with all the bytes before it, a read
 * that never ends on a large file; the scanner stops and says where the record started.
 */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Streams records out of byte chunks; a record may span chunks and, inside quotes, lines. */
export class RecordScanner {
  /** Records dropped by the filter. */
  dropped = 0;
  /** Filter applied from the next chunk on (set once the header is known). */
  filter: ScanFilter | undefined;
  /** Delimiter byte whose positions are given in the field bounds (set once the header is known). */
  delimiter = -1;
  private readonly emit: Emit;
  private carry: Buffer = EMPTY;
  private carryLine = 1;
  private readonly found = new Found();
  /** True when the file is UTF-8: records may then be decoded from one decoding of the whole buffer. */
  utf8 = false;
  private keep = new Uint8Array(1024);
  /** Set when a record grew past MAX_RECORD_BYTES: its first line, and whether it holds a lone CR. */
  overlong: { line: number; carriageReturns: boolean } | undefined;

  constructor(emit: Emit) {
    this.emit = emit;
  }

  /** Scans one chunk: emits the complete records, keeps the unfinished one for the next chunk. */
  push(chunk: Buffer): void {
    if (this.overlong) return;
    this.scanChunk(chunk);
    if (this.carry.length > MAX_RECORD_BYTES) {
      this.overlong = { line: this.carryLine, carriageReturns: this.carry.includes(13) };
      this.carry = EMPTY;
    }
  }

  private scanChunk(chunk: Buffer): void {
    if (this.carry.length === 0) return this.scan(chunk);
    // The record cut at the end of the last chunk is joined with this chunk's first line only: copying
    // the whole chunk every time made the garbage collector a main cost of a large read.
    const lineEnd = chunk.indexOf(10);
    const carried = this.carry;
    this.carry = EMPTY;
    if (lineEnd < 0) return this.scan(Buffer.concat([carried, chunk]));
    this.scan(Buffer.concat([carried, chunk.subarray(0, lineEnd + 1)]));
    // Still unfinished: that line end was inside quotes, the record goes on into the chunk.
    if (this.carry.length > 0) {
      const still = this.carry;
      this.carry = EMPTY;
      return this.scan(Buffer.concat([still, chunk.subarray(lineEnd + 1)]));
    }
    this.scan(chunk.subarray(lineEnd + 1));
  }

  /** Scans bytes that start at a record's start, on line `carryLine`. */
  private scan(buf: Buffer): void {
    const filter = this.filter;
    const delim = filter?.delimiter ?? this.delimiter;
    const found = this.found;
    scanRecords(buf, delim, this.carryLine, found);
    const noted = this.delimiter >= 0 && delim === this.delimiter;
    const bounds: FieldBounds = { count: 0, delimiters: found.delimiterUnit, first: 0, simple: false };
    const column = filter ? filter.column : -1;
    const quick = filter?.prefixes;
    const quickPairs = new Set((quick?.firstTwo ?? []).map((p) => p.charCodeAt(0) * 256 + p.charCodeAt(1)));
    const keep = this.keep.length >= found.records ? this.keep : (this.keep = new Uint8Array(found.records * 2));
    let keptBytes = 0;
    for (let r = 0; r < found.records; r++) {
      keep[r] = 1;
      const start = found.start[r]!;
      const end = found.end[r]!;
      const fields = found.fields[r]!;
      const first = found.firstDelimiter[r]!;
      if (column >= 0 && fields > column) {
        let s = column === 0 ? start : found.delimiterAt[first + column - 1]! + 1;
        let e = column === fields - 1 ? end : found.delimiterAt[first + column]!;
        if (buf[s] === 34 && e - s >= 2 && buf[e - 1] === 34) {
          s++;
          e--;
        }
        // Fast path: a value of the usual length whose first two characters cannot match is dropped as is.
        const rejectedQuickly =
          quick !== undefined && e - s === quick.length && !quickPairs.has(buf[s]! * 256 + buf[s + 1]!);
        if (rejectedQuickly || !filter!.accept(buf.toString('latin1', s, e).trim())) {
          this.dropped++;
          keep[r] = 0;
          continue;
        }
      }
      keptBytes += found.end[r]! - start;
    }
    // When most of the buffer is kept, one UTF-8 decoding of it all (native, fast) and a slice per record
    // cost much less than a decoding per record. Not when it holds an invalid byte: U+FFFD would shift the
    // code units, so each record is then decoded alone (and its bad character reported).
    let text: string | undefined;
    if (noted && this.utf8 && keptBytes * 2 > buf.length) {
      text = buf.toString('utf8', 0, found.rest);
      if (text.includes('\ufffd')) text = undefined;
    }
    for (let r = 0; r < found.records; r++) {
      if (keep[r] === 0) continue;
      const start = found.start[r]!;
      const end = found.end[r]!;
      if (noted) {
        bounds.count = found.fields[r]!;
        bounds.first = found.firstDelimiter[r]!;
        bounds.simple = found.simple[r] === 1 && end > start;
      }
      this.emit(
        buf,
        start,
        end,
        found.line[r]!,
        noted ? bounds : undefined,
        text?.slice(found.unitStart[r]!, found.unitEnd[r]!),
      );
    }
    this.carry = buf.subarray(found.rest);
    this.carryLine = found.restLine;
  }

  /** The bytes after the last line end (a last line without line end, or nothing), and its line. */
  rest(): { record: Buffer; line: number } {
    return { record: this.carry, line: this.carryLine };
  }
}
