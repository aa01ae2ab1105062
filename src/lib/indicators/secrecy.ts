/**
 * Statistical secrecy, in one place (DESIGN.md §7). A table of counts is described as cells and additive
 * groups (a total and the parts that sum to it). Counts from 1 to threshold − 1 are hidden (primary);
 * then more cells are hidden (secondary) until no hidden small count can be recomputed from the published
 * cells, checked exactly by solving the groups' linear equations. 0 is published: it reveals nobody and
 * lets the site say "aucune attribution cette année".
 */
import type { Cell, MaskReason } from './cells.ts';

/** Value of a cell before secrecy: an exact count, or `source` when the file did not publish it. */
export type RawValue = number | 'source';

interface Entry {
  value: RawValue;
  /** Internal cells are never published (e.g. "not a transfer" = pending − transfers) but a reader can derive them. */
  internal: boolean;
  mask?: MaskReason;
}

/** A table of counts with additive relations, to be protected as a whole. */
export class SecrecyTable {
  private readonly cells: Entry[] = [];
  private readonly groups: { total: number; parts: number[] }[] = [];
  private solved = false;
  /** Counts from 1 to threshold − 1 are not published. */
  readonly threshold: number;

  /** An empty table protected with the territory's secrecy threshold. */
  constructor(threshold: number) {
    this.threshold = threshold;
  }

  /** Adds a cell and returns its id. */
  cell(value: RawValue, options: { internal?: boolean } = {}): number {
    this.cells.push({ value, internal: options.internal ?? false });
    return this.cells.length - 1;
  }

  /** Declares that `total` = sum of `parts`. */
  group(total: number, parts: number[]): void {
    this.groups.push({ total, parts });
  }

  /** Number of cells and groups (for tests). */
  get size(): { cells: number; groups: number } {
    return { cells: this.cells.length, groups: this.groups.length };
  }

  private isSmall(e: Entry): boolean {
    return typeof e.value === 'number' && e.value > 0 && e.value < this.threshold;
  }

  /** Hidden to a reader: masked, internal or unknown at source. */
  private hidden(id: number): boolean {
    const e = this.cells[id]!;
    return e.internal || e.mask !== undefined;
  }

  /** Applies primary and secondary secrecy. Idempotent. */
  solve(): void {
    if (this.solved) return;
    this.solved = true;
    for (const e of this.cells) {
      if (e.value === 'source') e.mask = 'source';
      else if (this.isSmall(e) && !e.internal) e.mask = 'small';
    }
    for (let guard = 0; guard < 10_000; guard++) {
      this.groupPass();
      // Exact pass: hide more until no small count is determined by the published figures.
      const revealed = this.revealedSmallCell();
      if (revealed === undefined) break;
      const candidates = this.groups
        .filter((g) => g.total === revealed || g.parts.includes(revealed))
        .sort((a, b) => this.unknownCount(a) - this.unknownCount(b));
      if (!candidates.some((g) => this.maskAnother(g, revealed))) break;
    }
  }

  /** Fast pass: no group may keep exactly one hidden cell that matters. */
  private groupPass(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const g of this.groups) {
        const unknown = [g.total, ...g.parts].filter((id) => this.hidden(id));
        if (unknown.length !== 1) continue;
        const e = this.cells[unknown[0]!]!;
        // A lone hidden cell is recomputable from the group; a lone secondary one would unlock its other group.
        const sensitive = e.mask === 'small' || e.mask === 'secondary' || (e.internal && this.isSmall(e));
        if (sensitive && this.maskAnother(g, unknown[0]!)) changed = true;
      }
    }
  }

  private unknownCount(g: { total: number; parts: number[] }): number {
    return [g.total, ...g.parts].filter((id) => this.hidden(id)).length;
  }

  /** Masks the smallest published positive cell of the group other than `except` (else a zero, else the total). */
  private maskAnother(g: { total: number; parts: number[] }, except: number): boolean {
    const published = [...g.parts, g.total].filter((id) => id !== except && !this.hidden(id));
    const value = (id: number) => this.cells[id]!.value as number;
    const positive = published.filter((id) => value(id) > 0 && id !== g.total).sort((a, b) => value(a) - value(b) || a - b);
    const pick = positive[0] ?? published.filter((id) => id !== g.total)[0] ?? published[0];
    if (pick === undefined) return false;
    this.cells[pick]!.mask = 'secondary';
    return true;
  }

  /**
   * A hidden small count that a reader can recompute exactly from the published cells, or undefined.
   * Unknowns are the hidden cells; each group gives one linear equation. A cell is determined when its
   * unit vector lies in the row space of the equations (reduced row echelon form).
   */
  revealedSmallCell(): number | undefined {
    const unknowns = this.cells.map((_, id) => id).filter((id) => this.hidden(id));
    if (unknowns.length === 0) return undefined;
    const column = new Map(unknowns.map((id, i) => [id, i]));
    const rows: number[][] = [];
    for (const g of this.groups) {
      const row = new Array<number>(unknowns.length).fill(0);
      let any = false;
      const add = (id: number, sign: number) => {
        const c = column.get(id);
        if (c !== undefined) { row[c]! += sign; any = true; }
      };
      add(g.total, 1);
      for (const p of g.parts) add(p, -1);
      if (any) rows.push(row);
    }
    const pivots = rref(rows, unknowns.length);
    for (const [col, r] of pivots) {
      const id = unknowns[col]!;
      if (!this.isSmall(this.cells[id]!)) continue;
      if (rows[r]!.every((v, c) => c === col || Math.abs(v) < 1e-9)) return id;
    }
    return undefined;
  }

  /** The published form of a cell: its count, or the reason it is hidden. */
  output(id: number): Cell {
    this.solve();
    const e = this.cells[id]!;
    if (e.mask) return { masked: e.mask };
    return e.value as number;
  }
}

/** Reduces rows in place to reduced row echelon form; returns pivot column → row index. */
function rref(rows: number[][], width: number): Map<number, number> {
  const pivots = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = -1;
    for (let i = r; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > 1e-9 && (best < 0 || Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!))) best = i;
    if (best < 0) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivotRow = rows[r]!;
    const p = pivotRow[c]!;
    for (let k = 0; k < width; k++) pivotRow[k]! /= p;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i]!;
      const f = row[c]!;
      if (Math.abs(f) < 1e-12) continue;
      for (let k = 0; k < width; k++) row[k]! -= f * pivotRow[k]!;
    }
    pivots.set(c, r);
    r++;
  }
  return pivots;
}
