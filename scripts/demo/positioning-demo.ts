/**
 * Demonstration positioning table (docs/donnees.md §15): for each size, the territory's demands and
 * attributions of the demand table split into bands of points. The bands add up to the demand table, as
 * an export from the same demand system would; housed households have more points than those waiting
 * (the commission ranks by points), so the shares differ.
 */
import { TYPOLOGIES, type Typology } from '../../src/lib/dataset/index.ts';
import type { DemandRow } from './demand-demo.ts';
import { allocate } from './random.ts';

/** A band: first and last points, the last band open (null). */
type Band = readonly [number, number | null];

/**
 * Bands of 20 points, the last one open: the demonstration grids give most households 0 to 120 points. A
 * small territory exports wider bands (40 points), or most of them would be hidden by secrecy.
 */
export const BANDS_20: readonly Band[] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 99],
  [100, null],
];
export const BANDS_40: readonly Band[] = [
  [0, 39],
  [40, 79],
  [80, null],
];
/** Demonstration shares per band of 20 points (not from a seed: no public file gives this distribution). */
const PENDING_SHARES = [30, 26, 19, 12, 8, 5];
const HOUSED_SHARES = [6, 13, 20, 24, 20, 17];
/** The same shares over bands of 40 points. */
const wider = (shares: number[]) => [shares[0]! + shares[1]!, shares[2]! + shares[3]!, shares[4]! + shares[5]!];

/** The positioning CSV of one millésime, from the demand rows of that millésime. */
export function positioningCsv(rows: readonly DemandRow[], millesime: number, bands: readonly Band[]): string {
  const header = 'millesime;code_commune;typologie;points_min;points_max;demandes_en_attente;attributions';
  const total = (k: Typology, measure: 'pending' | 'attributions') =>
    rows
      .filter((r) => r.millesime === millesime && r.typology === k)
      .reduce((n, r) => n + (typeof r[measure] === 'number' ? r[measure] : 0), 0);
  const lines = TYPOLOGIES.flatMap((k) => {
    const wide = bands.length === 3;
    const pending = allocate(total(k, 'pending'), wide ? wider(PENDING_SHARES) : PENDING_SHARES);
    const housed = allocate(total(k, 'attributions'), wide ? wider(HOUSED_SHARES) : HOUSED_SHARES);
    return bands.map(([min, max], i) => [millesime, 'territoire', k, min, max ?? '', pending[i], housed[i]].join(';'));
  });
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
