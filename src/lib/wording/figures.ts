/**
 * Counts, pressure and waiting times in words, with one wording per case for hidden and uncomputable
 * figures, the same on the web, in the PDFs and in the open data. A hidden figure is never written as
 * something that reads as a value in a numeric column: "moins de 5" is said of a count only.
 */
import { formatInteger } from '../format/index.ts';
import { isMasked, type Cell, type Indicator, type MaskReason } from '../indicators/index.ts';
import { TYPOLOGIES, type DemandFigures } from '../figures/index.ts';
import { durationText, lowerBoundText, roundMonths } from './durations.ts';

/** Word for a figure hidden by statistical secrecy or by the source, in a table cell. */
export const HIDDEN_WORD = 'caché';
/** Word for a waiting time or a pressure that cannot be computed because no dwelling was given. */
export const NONE_GIVEN_WORD = 'aucun logement donné';
/** Word for a figure the dataset does not have (no row, no file). */
export const MISSING_WORD = 'pas de chiffre';
/** Legend of the hidden word, one FALC sentence. */
export const HIDDEN_LEGEND = '« Caché » : ce chiffre est caché pour protéger les personnes.';
/** Legend of the none-given word. */
export const NONE_GIVEN_LEGEND =
  '« Aucun logement donné » : personne n’a eu de logement de cette taille cette année. L’attente ne peut pas être calculée.';

/** "1 615"; a small hidden count "moins de 5"; another hidden count "caché". */
export function countText(cell: Cell | undefined, threshold: number): string {
  if (cell === undefined) return MISSING_WORD;
  if (!isMasked(cell)) return formatInteger(cell);
  return cell.masked === 'small' ? `moins de ${threshold}` : HIDDEN_WORD;
}

/**
 * "8 demandes pour 1 logement donné": the pressure rounded to a whole number of demands, at least 1. A
 * demand is a household, not a person (DESIGN.md §7).
 */
export function pressureWords(pressure: number): string {
  const n = Math.max(1, Math.round(pressure));
  return `${formatInteger(n)} ${n > 1 ? 'demandes' : 'demande'} pour 1 logement donné`;
}

/**
 * How a waiting time (or a pressure) can honestly be said:
 * - `value`: computed from published counts;
 * - `lowerBound`: the demands are published, the attributions are a small hidden count: at most
 *   threshold − 1 dwellings were given, so the wait is at least pending ÷ (threshold − 1) × 12. This is
 *   implied by the published label "moins de N" and reveals nothing more;
 * - `noneGiven`: no dwelling was given (0 is published), the wait cannot be computed;
 * - `hidden`: an input count is hidden and nothing honest can be said;
 * - `missing`: no figure at all.
 */
export type WaitState =
  | { kind: 'value'; months: number; pressure: number }
  | { kind: 'lowerBound'; months: number; pressure: number }
  | { kind: 'noneGiven'; pending?: number }
  | { kind: 'hidden'; reason: MaskReason }
  | { kind: 'missing' };

/**
 * Lower bound of the waiting time in months when `pending` demands are published and the attributions
 * are hidden as a small count (1 to threshold − 1): pending ÷ (threshold − 1) × 12. Undefined when no
 * bound follows from the labels (threshold ≤ 1, or no demand).
 */
export function waitingLowerBound(pending: number, threshold: number): number | undefined {
  const most = threshold - 1;
  if (most < 1 || pending <= 0) return undefined;
  return (pending / most) * 12;
}

/** What can be said of the wait of one commune × size, from its published cells only. */
export function waitState(f: DemandFigures | undefined, threshold: number): WaitState {
  if (!f) return { kind: 'missing' };
  // The pressure is the same ratio as the wait, in people per dwelling: a source without it still has it.
  // From the published counts when there are: the words then round once (a ratio published with one
  // decimal, rounded again to a whole number, could be one too high).
  if (typeof f.pending === 'number' && typeof f.attributions === 'number' && f.attributions > 0)
    return { kind: 'value', months: (12 * f.pending) / f.attributions, pressure: f.pending / f.attributions };
  if (typeof f.waitingMonths === 'number')
    return {
      kind: 'value',
      months: f.waitingMonths,
      pressure: typeof f.pressure === 'number' ? f.pressure : f.waitingMonths / 12,
    };
  if (f.attributions === 0 && !isMasked(f.attributions)) {
    return typeof f.pending === 'number' ? { kind: 'noneGiven', pending: f.pending } : { kind: 'noneGiven' };
  }
  if (typeof f.pending === 'number' && isMasked(f.attributions) && f.attributions.masked === 'small') {
    const months = waitingLowerBound(f.pending, threshold);
    if (months !== undefined) return { kind: 'lowerBound', months, pressure: f.pending / (threshold - 1) };
  }
  // The status of the open data says why, like the count it comes from: « moins de N » first, then the
  // secondary rule, then the source.
  const masked = new Set([f.attributions, f.pending].filter(isMasked).map((c) => c.masked));
  const reason = HIDDEN_ORDER.find((r) => masked.has(r));
  // Stryker disable next-line StringLiteral: equivalent, a wait reaching here always has a hidden count.
  return { kind: 'hidden', reason: reason ?? 'small' };
}

/** Which reason a hidden wait gives when its two counts are hidden for different reasons. */
const HIDDEN_ORDER: readonly MaskReason[] = ['small', 'secondary', 'source'];

/**
 * The wait in a table cell: "environ 3 ans et 10 mois", "au moins 10 ans", "aucun logement donné", "caché".
 * `compact` is for a narrow printed column whose caption says that waits are rounded: no "environ", and
 * "non calculable" when no dwelling was given (the column next to it shows the 0).
 */
export function waitText(state: WaitState, options: { compact?: boolean } = {}): string {
  switch (state.kind) {
    case 'value':
      // Stryker disable next-line Regex: durationText says "environ" only at the start, so the anchor changes nothing.
      return options.compact ? durationText(state.months).replace(/^environ /, '') : durationText(state.months);
    case 'lowerBound':
      return lowerBoundText(state.months);
    case 'noneGiven':
      return options.compact ? 'non calculable' : NONE_GIVEN_WORD;
    case 'hidden':
      return HIDDEN_WORD;
    case 'missing':
      return MISSING_WORD;
  }
}

/** The pressure in a table cell: "8 personnes pour 1 logement", "plus de 8 personnes pour 1 logement"… */
export function pressureText(state: WaitState): string {
  switch (state.kind) {
    case 'value':
      return pressureWords(state.pressure);
    case 'lowerBound': {
      const n = Math.floor(state.pressure);
      return n >= 1 ? `${state.pressure > n ? 'plus de' : 'au moins'} ${pressureWords(n)}` : HIDDEN_WORD;
    }
    case 'noneGiven':
      return NONE_GIVEN_WORD;
    case 'hidden':
      return HIDDEN_WORD;
    case 'missing':
      return MISSING_WORD;
  }
}

/**
 * One FALC sentence on the wait: "L’attente est d’environ 3 ans et 10 mois.", "L’attente est d’au moins
 * 10 ans.", "Aucun logement n’a été donné en 2023 : l’attente est longue.", or why nothing is said.
 */
export function waitSentence(state: WaitState, year: number): string {
  switch (state.kind) {
    case 'value': {
      // "d’environ 5 mois", but "de moins de 1 mois" (never "d’moins").
      const words = durationText(state.months);
      return words.startsWith('environ') ? `L’attente est d’${words}.` : `L’attente est de ${words}.`;
    }
    case 'lowerBound': {
      const bound = lowerBoundText(state.months);
      return bound.startsWith('plus') ? `L’attente est de ${bound}.` : `L’attente est d’${bound}.`;
    }
    case 'noneGiven':
      return state.pending === 0
        ? `Personne n’attend et aucun logement n’a été donné en ${year}.`
        : `Aucun logement n’a été donné en ${year}. L’attente est longue.`;
    case 'hidden':
      return 'Le temps d’attente est caché pour protéger les personnes.';
    case 'missing':
      return 'Le temps d’attente n’est pas connu.';
  }
}

/**
 * False when the demand file gives no size at all (one row per commune, as the DRIHL socle): every size
 * is then « not published by the source », and pages speak of all sizes together.
 */
export function sizesGiven(figures: Partial<Record<string, DemandFigures>>): boolean {
  const sizes = TYPOLOGIES.map((t) => figures[t]);
  const fromSource = (c: Cell | undefined) => c !== undefined && isMasked(c) && c.masked === 'source';
  return !sizes.every((f) => f !== undefined && fromSource(f.pending) && fromSource(f.attributions));
}

/** The months of a waiting time as a whole number (for sorting and open data readers who want one). */
export function wholeMonths(months: number): number {
  return roundMonths(months);
}

/** True when a figure is a number: the other states never appear in a numeric column. */
export function isValue(state: WaitState): state is Extract<WaitState, { kind: 'value' }> {
  return state.kind === 'value';
}

/** Indicator to words without the demand context (observed average delay from the source). */
export function indicatorDuration(v: Indicator | undefined): string {
  if (v === undefined) return MISSING_WORD;
  if (v === null) return NONE_GIVEN_WORD;
  return isMasked(v) ? HIDDEN_WORD : durationText(v);
}
