/**
 * The groups of the national split (commune × combination of categories, see compact.ts), with their
 * dwellings and surface sums, in memory of a fixed size whatever the file: a table of typed arrays holds at
 * most MEMORY_GROUPS groups; when it is full, its groups are written to temporary files (one per bucket of
 * communes) and it starts again empty. At the end, each bucket is read back and added up alone, and each
 * commune's lines of the compact file are written to one temporary file; a territory's file is then made
 * from its communes' lines. Memory is the table, one bucket and the index of the communes, never the
 * groups of the whole file (about 4 million in the 5,4 million-row synthetic file of the bench).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Groups held in memory before they are written to the temporary files: a table of 524 288 slots, 10 Mo.
 * Twice as many kept the national file of the bench at 240 to 251 Mo, at the goal's limit; this size, at
 * 219 Mo, for the same processor time (7 December 2026).
 */
export const MEMORY_GROUPS = 1 << 18;
/** Buckets of communes (commune number modulo BUCKETS): one temporary file each, read back one at a time. */
const BUCKETS = 64;
/** Bytes of one group in a temporary file: combined key (int32), dwellings and surface cents (float64). */
const RECORD = 20;
/** A key of compact.ts is below 2^15: commune number × 2^15 + key stays a positive int32. */
const KEY_BITS = 15;
const MAX_COMMUNES = 1 << 16;

/** Where a commune's lines are in the lines file, and its dwellings. */
interface CommuneBlock {
  offset: number;
  bytes: number;
  dwellings: number;
}

/** The lines of one commune's groups, from its code, key, dwellings and surface cents (compact.ts). */
export type LineOf = (code: string, key: number, dwellings: number, cents: number) => string;

/** Each commune's lines of the compact file, kept in a temporary file until `close`. */
export class CommuneLines {
  private readonly fd: number | undefined;
  private readonly dir: string;
  private readonly blocks: ReadonlyMap<string, CommuneBlock>;

  constructor(fd: number | undefined, dir: string, blocks: ReadonlyMap<string, CommuneBlock>) {
    this.fd = fd;
    this.dir = dir;
    this.blocks = blocks;
  }

  /** Dwellings of each commune that has at least one group. */
  totals(): Map<string, number> {
    return new Map([...this.blocks].map(([code, b]) => [code, b.dwellings]));
  }

  /** The lines of a commune (each ending with a line end), or undefined when it has no group. */
  text(code: string): string | undefined {
    const b = this.blocks.get(code);
    if (!b || this.fd === undefined) return undefined;
    const buf = Buffer.allocUnsafe(b.bytes);
    let read = 0;
    while (read < b.bytes) read += readSync(this.fd, buf, read, b.bytes - read, b.offset + read);
    return buf.toString('latin1');
  }

  /** Removes the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Sums per combined key (commune number × 2^15 + key), in typed arrays with open addressing. */
class Sums {
  readonly capacity: number;
  private readonly shift: number;
  keys: Int32Array;
  dwellings: Float64Array;
  cents: Float64Array;
  size = 0;

  /** Room for `groups` groups at most half full. */
  constructor(groups: number) {
    let bits = 4;
    while (1 << bits < groups * 2) bits++;
    this.capacity = 1 << bits;
    this.shift = 32 - bits;
    this.keys = new Int32Array(this.capacity).fill(-1);
    this.dwellings = new Float64Array(this.capacity);
    this.cents = new Float64Array(this.capacity);
  }

  /** The slot of key `k`, or of the empty slot where it would go. */
  slot(k: number): number {
    const mask = this.capacity - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = this.keys[h]!;
      if (at === k || at === -1) return h;
      h = (h + 1) & mask;
    }
  }

  /** Adds to the group `k`; returns true when the group is new. */
  add(k: number, dwellings: number, cents: number): boolean {
    const h = this.slot(k);
    if (this.keys[h] === k) {
      this.dwellings[h]! += dwellings;
      this.cents[h]! += cents;
      return false;
    }
    this.keys[h] = k;
    this.dwellings[h] = dwellings;
    this.cents[h] = cents;
    this.size++;
    return true;
  }

  /** The keys in use, sorted. */
  sortedKeys(): Int32Array {
    const out = new Int32Array(this.size);
    let i = 0;
    for (let h = 0; h < this.capacity; h++) if (this.keys[h] !== -1) out[i++] = this.keys[h]!;
    return out.sort();
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }
}

/** Adds dwellings to groups; memory bounded by MEMORY_GROUPS (the rest waits in temporary files). */
export class GroupTable {
  /** Commune codes by number, in the order they were first seen. */
  readonly codes: string[] = [];
  private readonly numbers = new Map<string, number>();
  private sums: Sums;
  private dir: string | undefined;
  private readonly files: (number | undefined)[] = new Array<number | undefined>(BUCKETS).fill(undefined);
  private readonly counts = new Array<number>(BUCKETS).fill(0);

  private readonly limit: number;

  constructor(limit = MEMORY_GROUPS) {
    this.limit = limit;
    this.sums = new Sums(limit);
  }

  /** The number of a commune code (the same code always gets the same number). */
  commune(code: string): number {
    let n = this.numbers.get(code);
    if (n === undefined) {
      n = this.codes.length;
      if (n >= MAX_COMMUNES) throw new Error(`plus de ${MAX_COMMUNES} communes différentes`);
      this.codes.push(code);
      this.numbers.set(code, n);
    }
    return n;
  }

  /** Adds `n` dwellings and `cents` of surface to the group (commune number, key of compact.ts). */
  add(commune: number, key: number, n: number, cents: number): void {
    if (this.sums.add(commune * (1 << KEY_BITS) + key, n, cents) && this.sums.size >= this.limit) this.spill();
  }

  /** Writes every group in memory to the bucket files, and empties the table. */
  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'ils-decoupe-'));
    const t = this.sums;
    const counts = new Array<number>(BUCKETS).fill(0);
    for (let h = 0; h < t.capacity; h++) {
      const k = t.keys[h]!;
      if (k !== -1) counts[(k >>> KEY_BITS) % BUCKETS]!++;
    }
    const buffers = counts.map((c) => Buffer.allocUnsafe(c * RECORD));
    const at = new Array<number>(BUCKETS).fill(0);
    for (let h = 0; h < t.capacity; h++) {
      const k = t.keys[h]!;
      if (k === -1) continue;
      const b = (k >>> KEY_BITS) % BUCKETS;
      const buf = buffers[b]!;
      const o = at[b]!;
      buf.writeInt32LE(k, o);
      buf.writeDoubleLE(t.dwellings[h]!, o + 4);
      buf.writeDoubleLE(t.cents[h]!, o + 12);
      at[b] = o + RECORD;
    }
    for (let b = 0; b < BUCKETS; b++) {
      if (!counts[b]) continue;
      const fd = (this.files[b] ??= openSync(join(this.dir, `${b}.bin`), 'a'));
      writeSync(fd, buffers[b]!);
      this.counts[b]! += counts[b]!;
    }
    t.clear();
  }

  /** Removes the temporary files, when the read stops before the end. */
  discard(): void {
    for (const fd of this.files) if (fd !== undefined) closeSync(fd);
    this.files.fill(undefined);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  /**
   * Adds up every group and writes each commune's lines (`lineOf`, keys in order) to a temporary file.
   * The table cannot be used afterwards.
   */
  finish(lineOf: LineOf): CommuneLines {
    const dir = this.dir ?? mkdtempSync(join(tmpdir(), 'ils-decoupe-'));
    const blocks = new Map<string, CommuneBlock>();
    const linesFd = openSync(join(dir, 'lignes.txt'), 'w+');
    let offset = 0;
    let pending: string[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pendingBytes) writeSync(linesFd, pending.join(''), null, 'latin1');
      pending = [];
      pendingBytes = 0;
    };
    /** Writes the lines of every group of `t`, commune by commune, keys in order. */
    const emit = (t: Sums) => {
      const keys = t.sortedKeys();
      let i = 0;
      while (i < keys.length) {
        const commune = keys[i]! >>> KEY_BITS;
        const code = this.codes[commune]!;
        let text = '';
        let dwellings = 0;
        for (; i < keys.length && keys[i]! >>> KEY_BITS === commune; i++) {
          const h = t.slot(keys[i]!);
          text += `${lineOf(code, keys[i]! & ((1 << KEY_BITS) - 1), t.dwellings[h]!, t.cents[h]!)}\n`;
          dwellings += t.dwellings[h]!;
        }
        blocks.set(code, { offset, bytes: text.length, dwellings });
        offset += text.length;
        pending.push(text);
        pendingBytes += text.length;
        if (pendingBytes > 1 << 20) flush();
      }
    };
    try {
      if (!this.dir) emit(this.sums);
      else {
        // The groups still in memory join the others in the files, and the table is given back; then each
        // bucket alone is read and added up, in one table reused from bucket to bucket.
        this.spill();
        this.sums = new Sums(0);
        for (const fd of this.files) if (fd !== undefined) closeSync(fd);
        const largest = Math.max(...this.counts);
        const t = new Sums(largest);
        const buf = Buffer.allocUnsafe(largest * RECORD);
        for (let b = 0; b < BUCKETS; b++) {
          if (this.files[b] === undefined) continue;
          const file = join(dir, `${b}.bin`);
          const fd = openSync(file, 'r');
          const bytes = this.counts[b]! * RECORD;
          let read = 0;
          while (read < bytes) read += readSync(fd, buf, read, bytes - read, read);
          closeSync(fd);
          rmSync(file);
          t.clear();
          for (let o = 0; o < bytes; o += RECORD)
            t.add(buf.readInt32LE(o), buf.readDoubleLE(o + 4), buf.readDoubleLE(o + 12));
          emit(t);
        }
      }
      flush();
    } catch (error) {
      closeSync(linesFd);
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    // The table's memory is given back before the territories are written.
    this.sums = new Sums(0);
    return new CommuneLines(linesFd, dir, blocks);
  }
}
