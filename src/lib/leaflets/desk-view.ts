/**
 * A desk as shown in a leaflet: what you can do there and how to reach it, in FALC. Words and opening
 * hours come from the desks module, the same as on the site.
 */
import { askBeforeComing, frenchOpeningLines, toWeeklySchedule, whatYouCanDo, type Desk } from '../desks/index.ts';
import type { DeskBlock } from './model.ts';

/** Opening hours in words, one string. */
export type HoursText = (desk: Desk) => string;

/** Fallback when no hours are given: we never invent them. What to do instead follows on the same line. */
export const NO_HOURS = 'non communiqués.';

/** Opening hours in French from the desks module; the raw value only if it cannot be read. */
export const frenchHoursText: HoursText = (desk) => {
  if (!desk.openingHours) return NO_HOURS;
  const schedule = toWeeklySchedule(desk.openingHours);
  return schedule ? frenchOpeningLines(schedule).join(' ') : NO_HOURS;
};

/**
 * What to do before coming when the hours are not known, on the same line as the hours: « Appelez » only with
 * a number (askBeforeComing), which the leaflet prints on the line above; otherwise where to ask.
 */
function beforeComing(desk: Desk): string {
  const ask = askBeforeComing(desk);
  const sentence = ask.text.replace(/ :$/, '');
  if (ask.reach?.kind === 'email') return `${sentence} : ${ask.reach.value}.`;
  if (ask.reach?.kind === 'website') return `${sentence} : ${new URL(ask.reach.value).hostname.replace(/^www\./, '')}.`;
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

/** True when the leaflet can say when to come: regular hours with at least one time open to the public. */
function hoursKnown(desk: Desk): boolean {
  const schedule = desk.openingHours ? toWeeklySchedule(desk.openingHours) : undefined;
  return schedule?.regular === true && schedule.days.some((d) => d.length > 0);
}

/**
 * The leaflet block of a desk. `hoursText` renders the opening hours in French. `withPurpose: false`
 * leaves out what the desk is for, when the sentence before the list already says it.
 */
export function deskBlock(desk: Desk, hoursText: HoursText, withPurpose = true): DeskBlock {
  const lines: DeskBlock['lines'] = [];
  if (desk.street && desk.postcode && desk.city)
    lines.push({ label: 'Adresse', value: `${desk.street}, ${desk.postcode} ${desk.city}` });
  if (desk.phone) lines.push({ label: 'Téléphone', value: desk.phone });
  const hours = desk.openingHours ? hoursText(desk) : NO_HOURS;
  lines.push({ label: 'Horaires', value: hoursKnown(desk) ? hours : `${hours} ${beforeComing(desk)}` });
  if (desk.hoursNote) lines.push({ label: 'Attention', value: desk.hoursNote });
  if (desk.byAppointment) lines.push({ label: 'Rendez-vous', value: 'Sur rendez-vous seulement.' });
  if (desk.audienceNote) lines.push({ label: 'Pour qui', value: desk.audienceNote });
  return { kind: 'desk', name: desk.name, ...(withPurpose ? { purpose: whatYouCanDo(desk) } : {}), lines };
}
