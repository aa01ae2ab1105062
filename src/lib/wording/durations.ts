/**
 * Durations in words, from one rounding rule: a duration is rounded to the nearest whole month, then
 * written in years and months. Under 12 months: "environ 8 mois"; above: "environ 3 ans et 10 mois".
 */

/** The one rounding rule: nearest whole month (half up). */
export function roundMonths(months: number): number {
  return Math.round(months);
}

/** "1 an", "3 ans", "1 mois", "10 mois", "3 ans et 10 mois" for a whole number of months. */
export function yearsAndMonths(wholeMonths: number): string {
  const years = Math.floor(wholeMonths / 12);
  const rest = wholeMonths % 12;
  const y = years === 0 ? '' : `${years} ${years > 1 ? 'ans' : 'an'}`;
  const m = rest === 0 ? '' : `${rest} mois`;
  if (y && m) return `${y} et ${m}`;
  return y || m || '0 mois';
}

/** "environ 3 ans et 10 mois", "environ 8 mois", "moins de 1 mois" for a computed waiting time. */
export function durationText(months: number): string {
  const whole = roundMonths(months);
  if (whole < 1) return 'moins de 1 mois';
  return `environ ${yearsAndMonths(whole)}`;
}

/**
 * A lower bound in words, never more than what is known: the bound is rounded down to whole years
 * (from 12 months) or whole months; "plus de" when the true bound is above the words, else "au moins".
 * A bound under one month (one demand published from an earlier year, a high threshold) says only that
 * the wait is not nothing: never "plus de 0 mois".
 */
export function lowerBoundText(months: number): string {
  const floored = months >= 12 ? Math.floor(months / 12) * 12 : Math.floor(months);
  if (floored < 1) return 'au moins quelques jours';
  return `${months > floored ? 'plus de' : 'au moins'} ${yearsAndMonths(floored)}`;
}
