/**
 * The wait answers in words (src/lib/answers): one sentence per answer, the same on the pages, in the
 * PDFs, in the simulator and in the open data. The observed delay is said as what it is: how long the
 * households housed had waited. FALC: short sentences, digits, years and months, never "101 mois".
 */
import type { Band, DelayFigure, NoFigureReason, SizeKey, WaitAnswer } from '../answers/index.ts';
import { delayBandOf, type DemandFigures } from '../figures/index.ts';
import { isMasked } from '../indicators/index.ts';
import { capitalize, inCommune, type NamedCommune } from './communes.ts';
import { durationText, yearsAndMonths } from './durations.ts';

/** Where an answer speaks of: a commune, or the whole territory (null). */
export interface AnswerPlace {
  commune: NamedCommune | null;
}

/** "un T3", "un T5 ou plus", "un logement social" (all sizes). */
export function aSize(k: SizeKey): string {
  if (k === 'total') return 'un logement social';
  return k === 'T5+' ? 'un T5 ou plus' : `un ${k}`;
}

/** "T3", "T5 ou plus", "logements sociaux" (all sizes), for "trop peu de T3". */
export function sizePlural(k: SizeKey): string {
  if (k === 'total') return 'logements sociaux';
  return k === 'T5+' ? 'T5 ou plus' : k;
}

/** "à Thiers", "dans tout le territoire". */
export function inPlace(p: AnswerPlace): string {
  return p.commune ? inCommune(p.commune) : 'dans tout le territoire';
}

/** "en 2023", "en 2022 et 2023", "de 2019 à 2023". */
export function yearsText(years: readonly number[]): string {
  if (years.length === 1) return `en ${years[0]}`;
  if (years.length === 2) return `en ${years[0]} et ${years[1]}`;
  return `de ${years[0]} à ${years.at(-1)}`;
}

/** "moins de 3 mois", "entre 6 mois et 1 an", "entre 1 et 2 ans", "plus de 5 ans". */
export function bandText(b: Band): string {
  const y = (m: number) => yearsAndMonths(m);
  if (b.max === null) return `plus de ${y(b.min)}`;
  if (b.min === 0) return `moins de ${y(b.max)}`;
  if (b.min % 12 === 0 && b.max % 12 === 0) return `entre ${b.min / 12} et ${y(b.max)}`;
  if (b.min < 12 && b.max < 12) return `entre ${b.min} et ${b.max} mois`;
  return `entre ${y(b.min)} et ${y(b.max)}`;
}

/** The delay in words: "environ 5 mois", or its band when it rests on few households. */
export function delayText(f: DelayFigure): string {
  return f.band || f.months === null ? bandText(f.band!) : durationText(f.months);
}

/** The words of a median, said once after the figure. */
const MEDIAN_NOTE = ' C’est le chiffre du milieu : la moitié a attendu moins, la moitié plus.';

/**
 * "À Thiers, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 5 mois." Two short sentences
 * (FALC: 15 words at most), whatever the length of the commune's name or of the duration.
 */
function housed(where: string, what: string, f: DelayFigure): string {
  const median = f.statistic === 'mediane' ? MEDIAN_NOTE : '';
  return `${where}, des ménages ont eu ${what} ${yearsText(f.millesimes)}. Ils avaient attendu ${delayText(f)}.${median}`;
}

/** The sentences of a place's own figure. */
function housedSentence(f: DelayFigure, place: AnswerPlace, k: SizeKey): string {
  return housed(capitalize(inPlace(place)), aSize(k), f);
}

/** Why there is no figure, as one sentence from published labels only. */
export function reasonSentence(
  reason: NoFigureReason,
  place: AnswerPlace,
  k: SizeKey,
  years: readonly number[],
): string {
  const where = capitalize(inPlace(place));
  switch (reason) {
    case 'none-given':
      return k === 'total'
        ? `${where}, aucun logement social n’a été donné ${yearsText(years)}.`
        : `${where}, aucun ${sizePlural(k)} n’a été donné ${yearsText(years)}.`;
    case 'none-given-latest':
      return reasonSentence('none-given', place, k, years.slice(-1));
    case 'too-few':
      return `${where}, trop peu de ${sizePlural(k)} ont été donnés ${yearsText(years.slice(-1))}.`;
    case 'hidden':
      return `${where}, l’attente pour ${aSize(k)} est cachée pour protéger les personnes.`;
    case 'not-in-source':
      return `${where}, le fichier des demandes ne donne pas l’attente pour ${aSize(k)}.`;
  }
}

/** "Dans tout le territoire, pour un T2 : environ 7 mois (en 2023)." */
function scopeSentence(
  scope: 'territory-size' | 'commune-all-sizes' | 'territory-all-sizes',
  f: DelayFigure,
  place: AnswerPlace,
  k: SizeKey,
): string {
  switch (scope) {
    case 'territory-size':
      return housed('Dans tout le territoire', aSize(k), f);
    case 'commune-all-sizes':
      return housed(capitalize(inPlace(place)), 'un logement social, toutes tailles', f);
    case 'territory-all-sizes':
      return housed('Dans tout le territoire', 'un logement social, toutes tailles', f);
  }
}

/** "Communes proches qui en ont : Thiers (8 km), Courpière (12 km)." */
function nearbySentence(nearby: Extract<WaitAnswer, { nearby: unknown }>['nearby']): string {
  if (nearby.length === 0) return '';
  // Short sentences, no brackets (FALC): "Communes proches qui en ont : Thiers, à 8 km. Courpière, à 12 km."
  return ` Communes proches qui en ont : ${nearby.map((c) => `${c.name}, à ${c.km} km.`).join(' ')}`;
}

/**
 * The answer as the person reads it, in one to three short sentences. `years` are the demand millésimes
 * (for "aucun T2 n'a été donné en 2022 et 2023").
 */
export function answerSentence(a: WaitAnswer, place: AnswerPlace, k: SizeKey, years: readonly number[]): string {
  switch (a.kind) {
    case 'figure':
    case 'pooled':
      return housedSentence(a.delay, place, k);
    case 'fallback':
      return `${reasonSentence(a.reason, place, k, years)} ${scopeSentence(a.scope, a.delay, place, k)}`;
    case 'no-social-housing':
    case 'no-size-here': {
      const first =
        a.kind === 'no-social-housing'
          ? `Il n’y a pas de logement social ${inPlace(place)}.`
          : `Il n’y a pas de ${sizePlural(k)} dans les logements sociaux ${inPlace(place)}.`;
      const wide = a.territory ? ` ${scopeSentence('territory-size', a.territory, place, k)}` : '';
      return `${first}${nearbySentence(a.nearby)}${wide}`;
    }
    case 'unknown':
      return `${reasonSentence(a.reason, place, k, years)} Demandez à un guichet.`;
  }
}

/** The answer in a table cell: "environ 5 mois", "entre 6 mois et 1 an", or a short reason. */
export function answerCell(a: WaitAnswer): string {
  switch (a.kind) {
    case 'figure':
      return delayText(a.delay);
    case 'pooled':
      return `${delayText(a.delay)}, ${yearsText(a.delay.millesimes)}`;
    case 'fallback':
    case 'unknown':
      return REASON_CELL[a.reason];
    case 'no-social-housing':
      return 'pas de logement social';
    case 'no-size-here':
      return 'aucun de cette taille';
  }
}

/** Short reasons for table cells. */
export const REASON_CELL: Record<NoFigureReason, string> = {
  'none-given': 'aucun donné',
  'none-given-latest': 'aucun donné',
  'too-few': 'trop peu donnés',
  hidden: 'caché',
  'not-in-source': 'pas de chiffre',
};

/**
 * The observed delay of one year in a table cell, by the same rule as the answers: "environ 5 mois" on at
 * least twice the threshold of published households, else its band; a short reason when it is not said.
 */
export function observedCell(f: DemandFigures, threshold: number): string {
  const a = f.attributions;
  if (typeof f.averageDelayMonths === 'number') {
    const precise = typeof a === 'number' && a >= 2 * threshold;
    return precise ? durationText(f.averageDelayMonths) : bandText(delayBandOf(f.averageDelayMonths));
  }
  if (f.observedDelayBand) return bandText(f.observedDelayBand);
  if (a === 0) return REASON_CELL['none-given'];
  if (isMasked(a) && a.masked === 'small') return REASON_CELL['too-few'];
  if (!isMasked(a) && f.averageDelayMonths === null) return REASON_CELL['not-in-source'];
  return REASON_CELL.hidden;
}
