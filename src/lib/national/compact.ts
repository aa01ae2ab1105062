/**
 * The compact RPLS file of a generated territory: the DiDo columns the territory reader uses, plus `nb`,
 * one row per commune and per combination of the categories the site publishes. Each value is one the
 * reader classifies back into the same category (src/lib/rpls/classify.ts), so the territory built from
 * this file has the same figures as the one built from the national file.
 *
 * A combination is a whole number (the key), so that the pass over millions of rows adds to a number
 * in a small table, and never builds a string per row.
 */
import type { CommuneLines } from './groups.ts';

/** Header of the compact file (DiDo names, `;`-separated, UTF-8). */
export const COMPACT_COLUMNS = [
  'DEPCOM',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'TYPECONST_CODE',
  'FINAN_CODE',
  'DPEENERGIE',
  'QPV_CODE',
  'nb',
] as const;

/**
 * Values written for each part of the key, by index. Index 0 of the size and of the kind is « not
 * recognised » (written empty, as the reader then counts the dwelling in no size or no kind).
 */
/** NBPIECE: none, T1…T4, 5 for T5+. */
export const ROOMS = ['', '1', '2', '3', '4', '5'] as const;
/** CONSTRUCT: the first year of each period (avant 1979 → 1978), empty when unknown. */
export const YEARS = ['', '1978', '1979', '2008'] as const;
/** TYPECONST_CODE: none, collectif, individuel, étudiant. */
export const KINDS = ['', 'C', 'I', 'E'] as const;
/** FINAN_CODE: one code of each family (data-formats.md §a.5): PLAI, PLUS, PLS, PLI, anciens, autre. */
export const FINANCING = ['11', '13', '14', '16', '50', '49'] as const;
/** DPEENERGIE: A to G, empty when unknown. */
export const ENERGY = ['A', 'B', 'C', 'D', 'E', 'F', 'G', ''] as const;

/** Parts of a key, each an index into the lists above (surface and qpv: 0 or 1). */
export interface KeyParts {
  rooms: number;
  surface: number;
  year: number;
  kind: number;
  financing: number;
  energy: number;
  qpv: number;
}

/** The key of a combination: one whole number from 0 to 18 431. */
export function compactKey(p: KeyParts): number {
  return keyOf(p.rooms, p.surface, p.year, p.kind, p.financing, p.energy, p.qpv);
}

/** compactKey from its parts in order, without an object (the split makes one key per row). */
export function keyOf(
  rooms: number,
  surface: number,
  year: number,
  kind: number,
  financing: number,
  energy: number,
  qpv: number,
): number {
  return ((((((rooms * 2 + surface) * 4 + year) * 4 + kind) * 6 + financing) * 8 + energy) * 2 + qpv) | 0;
}

/** The parts of a key (the inverse of compactKey). */
export function keyParts(key: number): KeyParts {
  let k = key;
  const qpv = k % 2;
  k = (k - qpv) / 2;
  const energy = k % 8;
  k = (k - energy) / 8;
  const financing = k % 6;
  k = (k - financing) / 6;
  const kind = k % 4;
  k = (k - kind) / 4;
  const year = k % 4;
  k = (k - year) / 4;
  const surface = k % 2;
  const rooms = (k - surface) / 2;
  return { rooms, surface, year, kind, financing, energy, qpv };
}

/** Each commune's lines of the compact file (see groups.ts). */
export interface CompactGroups {
  lines: CommuneLines;
}

/** Surface sum in square metres, at most two decimals, with a point. */
function metres(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** The line of one group (without its end of line). */
export function compactLine(code: string, key: number, dwellings: number, cents: number): string {
  const p = keyParts(key);
  return [
    code,
    ROOMS[p.rooms],
    p.surface ? metres(cents) : '',
    YEARS[p.year],
    KINDS[p.kind],
    FINANCING[p.financing],
    ENERGY[p.energy],
    p.qpv ? 'QPV' : '',
    dwellings,
  ].join(';');
}

/**
 * The compact CSV text of some communes: a header, then one line per group, communes and groups sorted,
 * so that the same figures always give the same bytes.
 */
export function compactCsv(groups: CompactGroups, codes: readonly string[]): string {
  const header = `${COMPACT_COLUMNS.join(';')}\n`;
  let text = header;
  const sorted = [...codes].sort();
  for (const code of sorted) text += groups.lines.text(code) ?? '';
  // A territory with no social home in the file is a fact to publish, not an empty file (which `check`
  // refuses as a mistake): one line of 0 dwellings, for its first commune, says it.
  if (text === header && sorted[0] !== undefined)
    text += `${[sorted[0], '1', ...COMPACT_COLUMNS.slice(2, -1).map(() => '')].join(';')};0\n`;
  return text;
}

/** Dwellings per commune of a compact text, added up from its `nb` column (to check what was written). */
export function compactTotals(text: string): Map<string, number> {
  const totals = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l) continue;
    const code = l.slice(0, l.indexOf(';'));
    const n = Number(l.slice(l.lastIndexOf(';') + 1));
    totals.set(code, (totals.get(code) ?? 0) + n);
  }
  return totals;
}
