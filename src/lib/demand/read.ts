/**
 * Reads a demand table (CSV or XLSX) for one millésime: the project's own table by default, or any
 * layout declared with a preset or a mapping. Every cell is checked by the mapping reader.
 */
import {
  PRESETS,
  readMappedDemand,
  resolveMapping,
  type DemandReadResult,
  type TableMapping,
} from '../mapping/index.ts';
import type { Progress } from '../sources/index.ts';

export type { RawDemand, DemandReadResult } from '../mapping/index.ts';

/** Options of one demand read. */
export interface DemandReadOptions {
  display: string;
  /** Current INSEE codes of the territory's communes. */
  communes: Iterable<string>;
  /** Millésime listed in territory.yaml: rows of other years are left aside. */
  millesime: number;
  sheet?: string;
  /** Layout of the table; the project's demand table when absent. */
  mapping?: TableMapping;
  onProgress?: (p: Progress) => void;
  /** SIREN of the territory: a layout with one row per level (DRIHL socle) gives the territory's own row. */
  territoryCode?: string;
}

/** Reads a demand table for one millésime. */
export async function readDemand(path: string, options: DemandReadOptions): Promise<DemandReadResult> {
  const mapping =
    options.mapping ??
    (options.sheet ? resolveMapping('demande-projet', undefined, options.sheet) : PRESETS['demande-projet']);
  return readMappedDemand(path, mapping, options);
}
