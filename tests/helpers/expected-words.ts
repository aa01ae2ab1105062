/**
 * What a reader must see for a count, written out here rather than taken from the site's own wording
 * module, so a test comparing pages with these words does not pass because both sides share a bug.
 * Spaces are plain: compare with text whose no-break spaces are turned into plain spaces.
 */
import { isMasked, type Cell } from '../../src/lib/dataset/index.ts';

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
