/**
 * Opening hours in plain French, as people say them at a counter:
 * "Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h 30 à 17 h." Pure code (no library), FALC:
 * digits, no brackets, short lines.
 */
import type { DayRange, WeeklySchedule } from './schedule.ts';

const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** "8 h 30", "12 h", "0 h". */
export function frenchTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

function rangeText(r: DayRange): string {
  const base = r.from === 0 && r.to === 1440 ? 'toute la journée' : `de ${frenchTime(r.from)} à ${frenchTime(r.to)}`;
  if (r.appointment) return `${base} sur rendez-vous`;
  return r.comment ? `${base}, ${r.comment}` : base;
}

function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** "Le lundi", "Le lundi et le mardi", "Du lundi au vendredi et le samedi". */
export function frenchDays(days: number[]): string {
  const runs: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`du ${DAY_NAMES[run[0]!]} au ${DAY_NAMES[run[run.length - 1]!]}`]
      : run.map((d) => `le ${DAY_NAMES[d]}`),
  );
  const text = listJoin(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The lines to print under "Horaires". Days with the same ranges are grouped; closed days and
 * public holidays are said once at the end. Irregular hours or no public hours give one line
 * that says so; what to do before coming is said by askBeforeComing (labels.ts), which knows the desk's phone.
 */
export function frenchOpeningLines(schedule: WeeklySchedule): string[] {
  if (!schedule.regular) return ['Les horaires changent selon les semaines.'];
  const all = schedule.days.every((d) => d.length === 1 && d[0]!.from === 0 && d[0]!.to === 1440 && !d[0]!.appointment);
  if (all) return ['Tous les jours, 24 heures sur 24.'];
  const groups = new Map<string, number[]>();
  schedule.days.forEach((ranges, day) => {
    if (!ranges.length) return;
    const key = JSON.stringify(ranges);
    groups.set(key, [...(groups.get(key) ?? []), day]);
  });
  const lines = [...groups.entries()].map(([key, days]) => {
    const ranges = JSON.parse(key) as DayRange[];
    return `${frenchDays(days)} : ${listJoin(ranges.map(rangeText))}.`;
  });
  if (!lines.length) return ['Pas d’horaires d’ouverture au public.'];
  const closed = schedule.days.flatMap((r, d) => (r.length ? [] : [d]));
  if (closed.length) lines.push(`Fermé ${frenchDays(closed).toLowerCase()}.`);
  if (schedule.holidaysOff) lines.push('Fermé les jours fériés.');
  return lines;
}
