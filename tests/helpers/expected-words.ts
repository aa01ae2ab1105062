/**
 * What a reader must see for a count, written out here rather than taken from the site's own wording
 * module, so a test comparing pages with these words does not pass because both sides share a bug.
 * Spaces are plain: compare with text whose no-break spaces are turned into plain spaces.
 */
import { isMasked, type Cell, type DemandFigures } from '../../src/lib/dataset/index.ts';

/** "12 345" with a plain space between thousands. */
export function frenchInteger(n: number): string {
  const digits = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return n < 0 ? `-${digits}` : digits;
}

/** The words of a count: its digits, "moins de 5" for a small hidden count, "caché" otherwise. */
export function expectedCount(cell: Cell | undefined, threshold: number): string {
  if (cell === undefined) return 'pas de chiffre';
  if (!isMasked(cell)) return frenchInteger(cell);
  return cell.masked === 'small' ? `moins de ${threshold}` : 'caché';
}

/** The `_statut` word of a hidden count in the open-data CSV, as the data dictionary lists it. */
export function expectedStatus(cell: Cell): string {
  if (!isMasked(cell)) return '';
  return { small: 'secret', secondary: 'secret_secondaire', source: 'non_publie_source' }[cell.masked];
}

/** "3 ans et 10 mois" for a whole number of months, written out again here. */
function yearsMonths(whole: number): string {
  const years = Math.floor(whole / 12);
  const months = whole % 12;
  const parts = [years ? `${years} an${years > 1 ? 's' : ''}` : '', months ? `${months} mois` : ''].filter(Boolean);
  return parts.join(' et ') || '0 mois';
}

/** The bands of an observed delay, written out again here: [min, max) in months. */
const BANDS: [number, number | null, string][] = [
  [0, 3, 'moins de 3 mois'],
  [3, 6, 'entre 3 et 6 mois'],
  [6, 12, 'entre 6 mois et 1 an'],
  [12, 24, 'entre 1 et 2 ans'],
  [24, 36, 'entre 2 et 3 ans'],
  [36, 60, 'entre 3 et 5 ans'],
  [60, null, 'plus de 5 ans'],
];

/** The words of a band given by its start. */
export function expectedBand(min: number): string {
  return BANDS.find(([lo]) => lo === min)![2];
}

/** The band words of a delay in months. */
export function bandOfMonths(months: number): string {
  return BANDS.find(([, hi]) => hi === null || months < hi)![2];
}

/** "environ 5 mois", "environ 1 an et 2 mois", "moins de 1 mois": a delay rounded once to whole months. */
export function expectedDuration(months: number): string {
  const whole = Math.round(months);
  return whole < 1 ? 'moins de 1 mois' : `environ ${yearsMonths(whole)}`;
}

/**
 * What housed households waited, in a table cell, from the published figures: the observed delay, precise
 * on at least twice the threshold of published households, else its band; a short reason otherwise.
 */
export function expectedWait(f: DemandFigures | undefined, threshold: number): string {
  if (!f) return 'pas de chiffre';
  const a = f.attributions;
  if (typeof f.averageDelayMonths === 'number')
    return typeof a === 'number' && a >= 2 * threshold
      ? expectedDuration(f.averageDelayMonths)
      : bandOfMonths(f.averageDelayMonths);
  if (f.observedDelayBand) return expectedBand(f.observedDelayBand.min);
  if (a === 0) return 'aucun donné';
  if (isMasked(a) && a.masked === 'small') return 'trop peu donnés';
  if (!isMasked(a) && f.averageDelayMonths === null) return 'pas de chiffre';
  return 'caché';
}

/** The demands per dwelling given in a table cell: "8 demandes pour 1 logement donné", from the counts. */
export function expectedPressure(f: DemandFigures | undefined, threshold: number): string {
  const words = (n: number) => `${frenchInteger(n)} demande${n > 1 ? 's' : ''} pour 1 logement donné`;
  if (!f) return 'pas de chiffre';
  const p = f.pending,
    a = f.attributions;
  if (typeof p === 'number' && typeof a === 'number' && a > 0) return words(Math.max(1, Math.round(p / a)));
  if (a === 0) return 'aucun logement donné';
  if (typeof p === 'number' && p > 0 && threshold > 1 && isMasked(a) && a.masked === 'small') {
    const bound = p / (threshold - 1);
    const n = Math.floor(bound);
    return n >= 1 ? `${bound > n ? 'plus de' : 'au moins'} ${words(n)}` : 'caché';
  }
  return 'caché';
}
