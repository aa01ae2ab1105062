import { parseOpeningHours } from './hours.ts';
import type { DayRange, WeeklySchedule } from './schedule.ts';

// Reference weeks without any French public holiday (Mondays). Hours that differ between them are
// irregular ("un jeudi sur 2", school holidays…) and are not turned into a weekly text.
const REFERENCE_MONDAYS = [new Date(2026, 0, 12), new Date(2026, 1, 2), new Date(2026, 2, 2), new Date(2026, 8, 14)];

/** Reduces an opening_hours value to a regular week; undefined when the value does not parse. */
export function toWeeklySchedule(value: string): WeeklySchedule | undefined {
  const parsed = parseOpeningHours(value);
  if (!parsed.ok) return undefined;
  const weeks = REFERENCE_MONDAYS.map((monday) => weekOf(parsed.hours, monday));
  const first = JSON.stringify(weeks[0]);
  return {
    days: weeks[0] ?? [],
    holidaysOff: /\bPH\s+(off|closed)\b/.test(value),
    regular: weeks.every((w) => JSON.stringify(w) === first),
  };
}

type Intervals = ReturnType<import('opening_hours').default['getOpenIntervals']>;

function weekOf(hours: { getOpenIntervals(from: Date, to: Date): Intervals }, monday: Date): DayRange[][] {
  return Array.from({ length: 7 }, (_, i) => {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i + 1);
    return hours.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => {
      const range: DayRange = { from: minutesSince(start, from), to: minutesSince(start, to) };
      if (unknown || comment) {
        if (comment && /rendez[- ]vous|rdv/i.test(comment)) range.appointment = true;
        else range.comment = comment ?? 'horaires à confirmer';
      }
      return range;
    });
  });
}

function minutesSince(dayStart: Date, t: Date): number {
  // Local wall-clock difference, so that a daylight-saving change inside the day cannot shift it.
  const sameDay = t.getDate() === dayStart.getDate();
  return sameDay ? t.getHours() * 60 + t.getMinutes() : 1440;
}
