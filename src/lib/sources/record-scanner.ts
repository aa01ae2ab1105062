/**
 * Cuts CSV bytes into records, chunk after chunk. The scan works on bytes: `"`, `;`, `,` and line ends are
 * single bytes in UTF-8 and Windows-1252 alike, so a record can be dropped on one field without being
 * decoded, cut out or split — a national RPLS file has 5 million rows, a territory keeps a few thousand.
 */
import type { RowFilter } from './table.ts';

/** The filter of the scan, with the delimiter as a byte. */
export interface ScanFilter extends RowFilter {
  /** Delimiter byte (`;` is 59, `,` is 44, tab is 9). */
  delimiter: number;
}

/** Streams records out of byte chunks; a record may span chunks and, inside quotes, lines. */
export class RecordScanner {
  /** Records dropped by the filter. */
  dropped = 0;
  /** Filter applied from the next chunk on (set once the header is known). */
  filter: ScanFilter | undefined;
  private readonly emit: (record: Uint8Array, line: number) => void;
  private carry: Buffer = Buffer.alloc(0);
  private carryLine = 1;

  /** `emit` receives each record that is kept (bytes without the line end) and its first line number. */
  constructor(emit: (record: Uint8Array, line: number) => void) {
    this.emit = emit;
  }

  /** Scans one chunk: emits the complete records, keeps the unfinished one for the next chunk. */
  push(chunk: Buffer): void {
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const filter = this.filter;
    const delim = filter?.delimiter ?? -1;
    const column = filter ? filter.column : -1;
    const quick = filter?.prefixes;
    const quickPairs = new Set((quick?.firstTwo ?? []).map((p) => p.charCodeAt(0) * 256 + p.charCodeAt(1)));
    let recordStart = 0;
    let recordLine = this.carryLine;
    let inQuotes = false;
    let field = 0;
    let fieldStart = 0;
    let fieldEnd = -1;
    // The carried bytes are scanned again from their first line: count their line breaks again too.
    let physicalLine = this.carryLine;
    const length = buf.length;
    for (let i = 0; i < length; i++) {
      const c = buf[i]!;
      if (c === 34) inQuotes = !inQuotes;
      else if (c === delim) {
        if (!inQuotes) {
          if (field === column) fieldEnd = i;
          field++;
          if (field === column) fieldStart = i + 1;
        }
      } else if (c === 10) {
        physicalLine++;
        if (inQuotes) continue; // line break inside a quoted field: the record goes on
        const end = i > recordStart && buf[i - 1] === 13 ? i - 1 : i;
        let keep = true;
        if (column >= 0 && field >= column) {
          let s = column === 0 ? recordStart : fieldStart;
          let e = fieldEnd >= 0 ? fieldEnd : end;
          if (buf[s] === 34 && e - s >= 2 && buf[e - 1] === 34) {
            s++;
            e--;
          }
          // Fast path: a value of the usual length whose first two characters cannot match is dropped as is.
          const rejectedQuickly =
            quick !== undefined && e - s === quick.length && !quickPairs.has(buf[s]! * 256 + buf[s + 1]!);
          keep = !rejectedQuickly && filter!.accept(buf.toString('latin1', s, e).trim());
          if (!keep) this.dropped++;
        }
        if (keep) this.emit(buf.subarray(recordStart, end), recordLine);
        recordStart = i + 1;
        recordLine = physicalLine;
        field = 0;
        fieldStart = recordStart;
        fieldEnd = -1;
      }
    }
    this.carry = buf.subarray(recordStart);
    this.carryLine = recordLine;
  }

  /** The bytes after the last line end (a last line without line end, or nothing), and its line. */
  rest(): { record: Uint8Array; line: number } {
    return { record: this.carry, line: this.carryLine };
  }
}
