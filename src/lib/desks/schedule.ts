/**
 * A desk's week as plain JSON: what the French rendering reads and what the browser uses to say
 * "ouvert maintenant". Pure code, no opening_hours import, so that it ships to the browser unchanged
 * (one implementation for build and browser).
 */

/** One opening range of a day, in minutes since midnight (Europe/Paris wall clock). */
export interface DayRange {
  /** Start, minutes since midnight. */
  from: number;
  /** End, minutes since midnight (1440 = midnight at the end of the day). */
  to: number;
  /** True when the range is only for people with an appointment. */
  appointment?: boolean;
  /** Other remark attached to the range in the source, e.g. "permanence téléphonique". */
  comment?: string;
}

/** Opening hours reduced to a regular week. */
export interface WeeklySchedule {
  /** Seven lists of ranges, Monday first. */
  days: DayRange[][];
  /** True when the desk closes on French public holidays ("PH off"). */
  holidaysOff: boolean;
  /** False when the hours change from week to week: then neither the text nor "open now" is computed. */
  regular: boolean;
}

/** What a visitor is told about a desk at a given moment. */
export type OpenState = 'ouvert' | 'ferme' | 'rendez-vous';

/** Weekday (0 = Monday), minutes since midnight and the calendar date, as seen in Paris. */
export function parisClock(date: Date): { weekday: number; minutes: number; year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return {
    weekday,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
  };
}

/** Easter Sunday (Gregorian computus), as month 1-12 and day. */
function easter(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** True on the 11 public holidays of metropolitan France (Code du travail L3133-1). */
export function isFrenchPublicHoliday(year: number, month: number, day: number): boolean {
  const fixed = ['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25'];
  if (fixed.includes(`${month}-${day}`)) return true;
  const e = easter(year);
  const easterUtc = Date.UTC(year, e.month - 1, e.day);
  const offset = Math.round((Date.UTC(year, month - 1, day) - easterUtc) / 86_400_000);
  // Easter Monday, Ascension Thursday, Whit Monday.
  return offset === 1 || offset === 39 || offset === 50;
}

/** Open, closed or "appointments only" at `date`; undefined when the hours are irregular. */
export function openStateAt(schedule: WeeklySchedule, date: Date): OpenState | undefined {
  if (!schedule.regular) return undefined;
  const now = parisClock(date);
  if (schedule.holidaysOff && isFrenchPublicHoliday(now.year, now.month, now.day)) return 'ferme';
  const range = (schedule.days[now.weekday] ?? []).find((r) => r.from <= now.minutes && now.minutes < r.to);
  if (!range) return 'ferme';
  return range.appointment ? 'rendez-vous' : range.comment ? undefined : 'ouvert';
}
