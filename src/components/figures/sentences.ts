/**
 * FALC sentences about the figures (DESIGN.md §7, §10): digits, no percentage, short sentences,
 * "environ" for rounded values. A masked count is said with the dataset's own words ("moins de 5"),
 * and no sentence ever computes anything from a masked count.
 */
import { formatCell, isMasked, type Cell, type Indicator } from '../../lib/dataset/index.ts';
import { formatInteger } from '../../lib/format/index.ts';

/** "42 personnes attendent" / "1 personne attend" / "moins de 5 personnes attendent". */
function people(cell: Cell, threshold: number, verbSingular: string, verbPlural: string): string {
  if (isMasked(cell)) return `${formatCell(cell, threshold)} personnes ${verbPlural}`;
  if (cell === 0) return `personne n’${verbSingular}`;
  return cell === 1 ? `1 personne ${verbSingular}` : `${formatInteger(cell)} personnes ${verbPlural}`;
}

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when the dataset's words for a masked cell are "non publié" rather than "moins de N". */
function notPublished(cell: Cell, threshold: number): boolean {
  return isMasked(cell) && !formatCell(cell, threshold).startsWith('moins');
}

/** "À Thiers, 42 personnes attendent un T3." */
export function waitingSentence(place: string, typology: string | null, pending: Cell, threshold: number): string {
  const what = typology ? ` un ${typology}` : ' un logement social';
  if (notPublished(pending, threshold)) return `${place}, le nombre de personnes qui attendent${what} n’est pas publié.`;
  return `${place}, ${people(pending, threshold, 'attend', 'attendent')}${what}.`;
}

/** "12 T3 ont été donnés en 2023." / "Aucun T3 n’a été donné en 2023." */
export function attributionSentence(typology: string | null, attributions: Cell, year: number, threshold: number): string {
  const what = typology ?? 'logements';
  if (notPublished(attributions, threshold)) return `Le nombre de ${what} donnés en ${year} n’est pas publié.`;
  if (isMasked(attributions)) return `${capitalize(formatCell(attributions, threshold))} ${what} ont été donnés en ${year}.`;
  if (attributions === 0) return typology ? `Aucun ${typology} n’a été donné en ${year}.` : `Aucun logement n’a été donné en ${year}.`;
  if (attributions === 1) return typology ? `1 ${typology} a été donné en ${year}.` : `1 logement a été donné en ${year}.`;
  return `${formatInteger(attributions)} ${what} ont été donnés en ${year}.`;
}

/** "L’attente est d’environ 31 mois, soit environ 3 ans." or nothing when it cannot be computed. */
export function waitingTimeSentence(months: Indicator): string {
  if (typeof months !== 'number') return '';
  const years = Math.round(months / 12);
  return months >= 24 ? `L’attente est d’environ ${formatInteger(Math.round(months))} mois, soit environ ${years} ans.` : `L’attente est d’${about(months)} mois.`;
}

/** "environ 4" for a ratio or a duration; at least 1. */
export function about(n: number): string {
  return `environ ${formatInteger(Math.max(1, Math.round(n)))}`;
}

/** "Cela fait environ 4 personnes pour 1 logement." or why it cannot be said. */
export function pressureSentence(pressure: Indicator): string {
  if (pressure === null) return 'Nous ne pouvons pas comparer, car aucun logement n’a été donné.';
  if (isMasked(pressure)) return 'Cette comparaison n’est pas publiée. Cela protège les personnes.';
  const n = Math.max(1, Math.round(pressure));
  return `Cela fait environ ${formatInteger(n)} ${n > 1 ? 'personnes' : 'personne'} pour 1 logement.`;
}

/** Waiting time in words for a table cell: "environ 14 mois", "aucun logement donné", or the mask words. */
export function monthsText(months: Indicator, threshold: number): string {
  if (months === null) return 'aucun logement donné';
  if (isMasked(months)) return formatCell(months, threshold) === 'non publié' ? 'non publié' : 'non calculé';
  return `${about(months)} mois`;
}

/** Pressure for a table cell: "environ 4 pour 1". */
export function pressureText(pressure: Indicator, threshold: number): string {
  if (pressure === null) return 'aucun logement donné';
  if (isMasked(pressure)) return formatCell(pressure, threshold) === 'non publié' ? 'non publié' : 'non calculé';
  return `${about(pressure)} pour 1`;
}

/** Sort key of an indicator for tables: the number, or empty when masked or absent. */
export function sortValue(value: Indicator | Cell): string {
  return typeof value === 'number' ? String(value) : '';
}

/** The count as the table shows it (dataset formatter, masked words included). */
export function cellText(cell: Cell, threshold: number): string {
  return formatCell(cell, threshold);
}

/** "En 2023, 10 personnes de plus attendent qu’en 2022." from the dataset's year-on-year change. */
export function changeSentence(change: Indicator, year: number, previous: number): string {
  if (typeof change !== 'number') return '';
  if (change === 0) return `En ${year}, autant de personnes attendent qu’en ${previous}.`;
  const n = Math.abs(change);
  const who = n === 1 ? '1 personne' : `${formatInteger(n)} personnes`;
  return `En ${year}, ${who} de ${change > 0 ? 'plus' : 'moins'} ${n === 1 ? 'attend' : 'attendent'} qu’en ${previous}.`;
}
