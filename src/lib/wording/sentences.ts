/**
 * FALC sentences about the figures (DESIGN.md §7, §10): digits, no percentage, short sentences,
 * "environ" for rounded values. A masked count is said with the dataset's own words ("moins de 5"),
 * and no sentence ever computes anything from a masked count.
 */
import { isMasked, type Cell, type Indicator } from '../indicators/index.ts';
import type { DemandFigures } from '../figures/index.ts';
import { formatInteger } from '../format/index.ts';
import { capitalize } from './communes.ts';
import { durationText } from './durations.ts';
import { observedCell } from './answers.ts';
import {
  HIDDEN_WORD,
  NONE_GIVEN_WORD,
  countText,
  pressureText as statePressureText,
  pressureWords,
  waitState,
} from './figures.ts';

/** The count in words: one wording for the site, the PDFs and the open data (src/lib/wording). */
const formatCell = (cell: Cell, threshold: number) => countText(cell, threshold);

/** "42 demandes attendent" / "1 demande attend" / "moins de 5 demandes attendent": a demand is a household. */
function people(cell: Cell, threshold: number, verbSingular: string, verbPlural: string): string {
  if (isMasked(cell)) return `${formatCell(cell, threshold)} demandes ${verbPlural}`;
  if (cell === 0) return `aucune demande n’${verbSingular}`;
  return cell === 1 ? `1 demande ${verbSingular}` : `${formatInteger(cell)} demandes ${verbPlural}`;
}

/** True when a masked cell is written "caché" rather than "moins de N". */
function notPublished(cell: Cell, threshold: number): boolean {
  return isMasked(cell) && !formatCell(cell, threshold).startsWith('moins');
}

/** "À Thiers, 42 personnes attendent un T3." */
export function waitingSentence(place: string, typology: string | null, pending: Cell, threshold: number): string {
  const what = typology ? ` un ${typology}` : ' un logement social';
  if (notPublished(pending, threshold)) return `${place}, le nombre de demandes qui attendent${what} est caché.`;
  return `${place}, ${people(pending, threshold, 'attend', 'attendent')}${what}.`;
}

/** "12 T3 ont été donnés en 2023." / "Aucun T3 n’a été donné en 2023." */
export function attributionSentence(
  typology: string | null,
  attributions: Cell,
  year: number,
  threshold: number,
): string {
  const what = typology ?? 'logements';
  if (notPublished(attributions, threshold)) return `Le nombre de ${what} donnés en ${year} est caché.`;
  if (isMasked(attributions))
    return `${capitalize(formatCell(attributions, threshold))} ${what} ont été donnés en ${year}.`;
  if (attributions === 0)
    return typology ? `Aucun ${typology} n’a été donné en ${year}.` : `Aucun logement n’a été donné en ${year}.`;
  if (attributions === 1)
    return typology ? `1 ${typology} a été donné en ${year}.` : `1 logement a été donné en ${year}.`;
  return `${formatInteger(attributions)} ${what} ont été donnés en ${year}.`;
}

/** "L’attente est d’environ 2 ans et 7 mois." or nothing when it cannot be computed from the months alone. */
export function waitingTimeSentence(months: Indicator): string {
  if (typeof months !== 'number') return '';
  // "d’environ 5 mois", but "de moins de 1 mois" (never "d’moins").
  const words = durationText(months);
  return words.startsWith('environ') ? `L’attente est d’${words}.` : `L’attente est de ${words}.`;
}

/** "Cela fait environ 8 personnes pour 1 logement." or the honest bound; empty when nothing can be said. */
export function pressureFiguresSentence(f: DemandFigures, threshold: number): string {
  const state = waitState(f, threshold);
  if (state.kind === 'value') return `Cela fait environ ${pressureWords(state.pressure)}.`;
  if (state.kind === 'lowerBound') return `Cela fait ${statePressureText(state)}.`;
  return '';
}

/** "environ 4" for a ratio; at least 1. */
export function about(n: number): string {
  return `environ ${formatInteger(Math.max(1, Math.round(n)))}`;
}

/** "Cela fait environ 4 personnes pour 1 logement." or why it cannot be said. */
export function pressureSentence(pressure: Indicator): string {
  if (pressure === null) return 'Nous ne pouvons pas comparer, car aucun logement n’a été donné.';
  if (isMasked(pressure)) return 'Cette comparaison est cachée. Cela protège les personnes.';
  return `Cela fait environ ${pressureWords(pressure)}.`;
}

/** Waiting time for a table cell from the months alone: "environ 1 an et 2 mois", "aucun logement donné", "caché". */
export function monthsText(months: Indicator, _threshold: number): string {
  if (months === null) return NONE_GIVEN_WORD;
  if (isMasked(months)) return HIDDEN_WORD;
  return durationText(months);
}

/** Pressure for a table cell from the ratio alone: "8 personnes pour 1 logement". */
export function pressureIndicatorText(pressure: Indicator, _threshold: number): string {
  if (pressure === null) return NONE_GIVEN_WORD;
  if (isMasked(pressure)) return HIDDEN_WORD;
  return pressureWords(pressure);
}

/**
 * The wait of one commune × size for a table cell: what the households housed that year had waited (the
 * observed delay, src/lib/wording/answers.ts), never the ratio of demands to attributions.
 */
export function waitCell(f: DemandFigures, threshold: number): string {
  return observedCell(f, threshold);
}

/** Pressure of one commune × size for a table cell, with the honest bound when there is one. */
export function pressureCell(f: DemandFigures, threshold: number): string {
  return statePressureText(waitState(f, threshold));
}

/** Sort key of an indicator for tables: the number, or empty when masked or absent. */
export function sortValue(value: Indicator | Cell): string {
  return typeof value === 'number' ? String(value) : '';
}

/** The count as the table shows it (wording module, hidden words included). */
export function cellText(cell: Cell, threshold: number): string {
  return formatCell(cell, threshold);
}

/** "En 2023, 10 personnes de plus attendent qu’en 2022." from the dataset's year-on-year change. */
export function changeSentence(change: Indicator, year: number, previous: number): string {
  if (typeof change !== 'number') return '';
  if (change === 0) return `En ${year}, autant de demandes attendent qu’en ${previous}.`;
  const n = Math.abs(change);
  const who = n === 1 ? '1 demande' : `${formatInteger(n)} demandes`;
  return `En ${year}, ${who} de ${change > 0 ? 'plus' : 'moins'} ${n === 1 ? 'attend' : 'attendent'} qu’en ${previous}.`;
}
