/**
 * The shortest waits, shown as advice on /delais/ ("Si vous pouvez habiter ailleurs…"): per typology,
 * the communes whose published waiting time is the shortest. Only published numbers count: a masked
 * or absent waiting time is never treated as a short one.
 */
import { TYPOLOGIES, type DemandTable, type Typology } from './types.ts';

/** One commune with a short wait for one typology. */
export interface ShortWait {
  code: string;
  typology: Typology | 'total';
  months: number;
}

/**
 * Up to `count` communes per typology (and for all sizes together: `total`, for a demand file that gives
 * no size) with the shortest published waiting time, shortest first.
 * Only waits shorter than the whole territory's wait for that size count as advice.
 */
export function shortestWaits(table: DemandTable, count = 3): Record<Typology | 'total', ShortWait[]> {
  const out = {} as Record<Typology | 'total', ShortWait[]>;
  for (const typology of [...TYPOLOGIES, 'total' as const]) {
    const reference = table.territory[typology].waitingMonths;
    out[typology] = Object.entries(table.communes)
      .flatMap(([code, row]) => {
        const months = row[typology].waitingMonths;
        if (typeof months !== 'number') return [];
        return typeof reference !== 'number' || months < reference ? [{ code, typology, months }] : [];
      })
      .sort((a, b) => a.months - b.months || a.code.localeCompare(b.code))
      .slice(0, count);
  }
  return out;
}
