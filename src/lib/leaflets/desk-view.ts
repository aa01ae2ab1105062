/**
 * A desk as shown in a leaflet: what you can do there and how to reach it, in FALC.
 */
import type { Desk } from '../desks/index.ts';
import { oneLineAddress } from '../format/index.ts';
import type { DeskBlock } from './model.ts';

/** What a desk is for, by its highest level (same words as the site's desk card). */
export function deskPurpose(desk: Desk): string {
  if (desk.levels.includes(2)) return 'Vous pouvez y déposer votre demande de logement social.';
  if (desk.levels.includes(3)) return 'Une personne peut vous aider dans vos démarches.';
  return 'Vous pouvez y poser vos questions sur le logement social.';
}

/** Opening hours in words. */
export type HoursText = (desk: Desk) => string;

/** Fallback when no hours are given: we never invent them. */
export const NO_HOURS = 'non communiqués. Appelez avant de venir.';

/**
 * The leaflet block of a desk. `hoursText` renders the opening hours in French. `withPurpose: false`
 * leaves out what the desk is for, when the sentence before the list already says it.
 */
export function deskBlock(desk: Desk, hoursText: HoursText, withPurpose = true): DeskBlock {
  const lines: DeskBlock['lines'] = [{ label: 'Adresse', value: oneLineAddress(desk) }];
  if (desk.phone) lines.push({ label: 'Téléphone', value: desk.phone });
  lines.push({ label: 'Horaires', value: desk.openingHours ? hoursText(desk) : NO_HOURS });
  if (desk.byAppointment) lines.push({ label: 'Rendez-vous', value: 'Sur rendez-vous seulement.' });
  if (desk.audienceNote) lines.push({ label: 'Pour qui', value: desk.audienceNote });
  return { kind: 'desk', name: desk.name, ...(withPurpose ? { purpose: deskPurpose(desk) } : {}), lines };
}
