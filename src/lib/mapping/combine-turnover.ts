/**
 * Indicators of a whole from those of its parts: a commune from its arrondissements (the SDES gives
 * Paris, Lyon and Marseille by arrondissement), a territory from its communes. Rates and rents are
 * averaged with the parts' social dwellings as weights: exact for the vacancy and mobility rates when the
 * SDES counts on the same stock, an approximation for the rent per m² (the SDES weights by surface, which
 * it does not publish). A part without dwellings, or whose value is hidden, makes the whole unknown or hidden.
 */
import type { RawRate, RawRates, RawTurnover } from './read-indicators.ts';

const RATES = ['mobility', 'vacancy', 'longVacancy', 'rent'] as const satisfies readonly (keyof RawRates)[];

/** Average of the parts weighted by their dwellings; undefined when it cannot be known. */
function weighted(parts: RawTurnover[], pick: (r: RawTurnover) => RawRate | undefined): RawRate | undefined {
  let w = 0,
    total = 0;
  for (const r of parts) {
    const v = pick(r);
    if (typeof r.dwellings !== 'number') return undefined;
    if (r.dwellings === 0) continue;
    if (v === undefined) return undefined;
    if (v === 'source') return 'source';
    w += r.dwellings;
    total += v * r.dwellings;
  }
  return w > 0 ? total / w : undefined;
}

/** The indicators of the whole made of `parts` (its history included). */
export function combineTurnover(parts: RawTurnover[]): RawTurnover {
  if (parts.length === 1) return parts[0]!;
  const whole: RawTurnover = { history: {} };
  const counts = parts.map((p) => p.dwellings);
  if (counts.every((n) => typeof n === 'number')) whole.dwellings = counts.reduce((a, b) => a + b, 0);
  else if (counts.some((n) => n === 'source')) whole.dwellings = 'source';
  const years = [...new Set(parts.flatMap((r) => Object.keys(r.history)))];
  for (const k of RATES) {
    const v = weighted(parts, (r) => r[k]);
    if (v !== undefined) whole[k] = v;
    for (const y of years) {
      const hv = weighted(parts, (r) => r.history[y]?.[k]);
      if (hv !== undefined) (whole.history[y] ??= {})[k] = hv;
    }
  }
  return whole;
}
