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

/** What can be said of the wait from the published cells: a value, a lower bound, none given, hidden. */
function expectedState(f: DemandFigures | undefined, threshold: number) {
  if (!f) return { kind: 'missing' as const };
  if (typeof f.waitingMonths === 'number') {
    const pressure = typeof f.pressure === 'number' ? f.pressure : f.waitingMonths / 12;
    return { kind: 'value' as const, months: f.waitingMonths, pressure };
  }
  if (f.attributions === 0) return { kind: 'none' as const };
  // "moins de 5" attributions: at most 4 dwellings were given, so at least pending ÷ 4 people per dwelling.
  if (typeof f.pending === 'number' && f.pending > 0 && threshold > 1 && isMasked(f.attributions)) {
    if (f.attributions.masked === 'small') {
      const pressure = f.pending / (threshold - 1);
      return { kind: 'bound' as const, months: pressure * 12, pressure };
    }
  }
  return { kind: 'hidden' as const };
}

/** The wait of one commune × size in a table cell: "environ 3 ans et 10 mois", "au moins 10 ans"… */
export function expectedWait(f: DemandFigures | undefined, threshold: number): string {
  const s = expectedState(f, threshold);
  switch (s.kind) {
    case 'value': {
      const whole = Math.round(s.months);
      return whole < 1 ? 'moins de 1 mois' : `environ ${yearsMonths(whole)}`;
    }
    case 'bound': {
      const floored = s.months >= 12 ? Math.floor(s.months / 12) * 12 : Math.floor(s.months);
      return `${s.months > floored ? 'plus de' : 'au moins'} ${yearsMonths(floored)}`;
    }
    case 'none':
      return 'aucun logement donné';
    case 'hidden':
      return 'caché';
    case 'missing':
      return 'pas de chiffre';
  }
}

/** The people per dwelling in a table cell: "8 personnes pour 1 logement", "plus de 3 personnes pour 1 logement"… */
export function expectedPressure(f: DemandFigures | undefined, threshold: number): string {
  const people = (n: number) => `${frenchInteger(n)} personne${n > 1 ? 's' : ''} pour 1 logement`;
  const s = expectedState(f, threshold);
  switch (s.kind) {
    case 'value':
      return people(Math.max(1, Math.round(s.pressure)));
    case 'bound': {
      const n = Math.floor(s.pressure);
      return n >= 1 ? `${s.pressure > n ? 'plus de' : 'au moins'} ${people(n)}` : 'caché';
    }
    case 'none':
      return 'aucun logement donné';
    case 'hidden':
      return 'caché';
    case 'missing':
      return 'pas de chiffre';
  }
}
