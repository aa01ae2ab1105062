/**
 * The bands of points published for one size and one population: the file's bands, merged by neighbours
 * into fewer when the total is small. The number of bands kept depends on the total only (published in
 * the demand table anyway), never on how the households spread over the bands: a merge then tells nothing
 * about any band's count. A band holds on average at least 2 × threshold households, so that few of them
 * are small and hidden, and the secondary rule has little to hide (docs/attente-et-secret.md §7).
 */
import type { RawValue } from '../indicators/index.ts';
import type { PointsBand } from '../figures/index.ts';

/** A band with its raw count (before secrecy). */
export interface RawBand extends PointsBand {
  count: RawValue;
}

/** Merges `bands` (in order, contiguous) into at most total ÷ (2 × threshold) groups of neighbours, evenly. */
export function mergeBands(bands: readonly RawBand[], threshold: number): RawBand[] {
  if (bands.some((b) => b.count === 'source')) return [...bands];
  const total = bands.reduce((n, b) => n + (b.count as number), 0);
  const groups = Math.max(1, Math.min(bands.length, Math.floor(total / (2 * threshold))));
  const out: RawBand[] = [];
  for (let g = 0; g < groups; g++) {
    // Group g takes the bands from ⌊g·n/groups⌋ to ⌊(g+1)·n/groups⌋ − 1: sizes differ by one at most.
    const part = bands.slice(Math.floor((g * bands.length) / groups), Math.floor(((g + 1) * bands.length) / groups));
    out.push({
      min: part[0]!.min,
      max: part.at(-1)!.max,
      count: part.reduce((n, b) => n + (b.count as number), 0),
    });
  }
  return out;
}
