/**
 * Raw SDES indicators → published TurnoverTable. The SDES already applied its own secrecy: a value it
 * hid stays hidden (`source`), and no other threshold applies to rates and rents (DESIGN.md §7).
 */
import {
  combineTurnover,
  type IndicatorReadResult,
  type RawRate,
  type RawRates,
  type RawTurnover,
} from '../mapping/index.ts';
import type { Indicator, TurnoverFigures, TurnoverRates, TurnoverTable } from './types.ts';

const KEYS = [
  ['mobility', 'mobilityRate', 1],
  ['vacancy', 'vacancyRate', 1],
  ['longVacancy', 'longVacancyRate', 1],
  ['rent', 'rentPerM2', 2],
] as const;

function publish(v: RawRate | undefined, digits: number): Indicator {
  if (v === undefined) return null;
  if (v === 'source') return { masked: 'source' };
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function rates(r: RawRates): TurnoverRates {
  return Object.fromEntries(KEYS.map(([from, to, d]) => [to, publish(r[from], d)])) as unknown as TurnoverRates;
}

function figures(t: RawTurnover): TurnoverFigures {
  const history = Object.keys(t.history)
    .map(Number)
    .sort((a, b) => a - b)
    .map((year) => ({ year, ...rates(t.history[String(year)]!) }));
  return { ...rates(t), history };
}

/** Publishes the indicators of one millésime for the territory's communes. */
export function publishTurnover(raw: IndicatorReadResult, communeCodes: readonly string[]): TurnoverTable {
  const codes = [...communeCodes].sort().filter((c) => raw.communes.has(c));
  const list = codes.map((c) => raw.communes.get(c)!);
  let territory: RawTurnover | undefined = raw.territory;
  if (!territory && list.length > 0 && codes.length === communeCodes.length) {
    territory = combineTurnover(list);
  }
  return {
    communes: Object.fromEntries(codes.map((c) => [c, figures(raw.communes.get(c)!)])),
    territory: territory ? figures(territory) : null,
  };
}
