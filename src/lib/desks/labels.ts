/** Words shown to the public for desk levels and audiences (FALC, one place for every page). */
import type { Desk, DeskLevel } from './schema.ts';

/** Short name of each level. */
export const LEVEL_LABELS: Record<DeskLevel, string> = {
  1: 'Information',
  2: 'Dépôt de la demande',
  3: 'Accompagnement social',
};

/** Heading of each level's group in the directory. */
export const LEVEL_HEADINGS: Record<DeskLevel, string> = {
  1: 'Pour poser vos questions',
  2: 'Pour déposer votre demande',
  3: 'Pour être aidé dans vos démarches',
};

/** Who may come, in words. */
export const AUDIENCE_LABELS: Record<Desk['audience'], string> = {
  tous: 'Tout le monde',
  salaries: 'Salariés des entreprises privées',
  locataires: 'Locataires d’un logement social',
  'habitants-commune': 'Habitants de la commune',
  accompagnes: 'Personnes suivies par un travailleur social',
};

/** The level that decides where a desk is listed: registration first, then social support. */
export function mainLevel(desk: Pick<Desk, 'levels'>): DeskLevel {
  return desk.levels.includes(2) ? 2 : desk.levels.includes(3) ? 3 : 1;
}

/** One FALC sentence: what you can do at this desk. */
export function whatYouCanDo(desk: Pick<Desk, 'levels' | 'services' | 'kind'>): string {
  if (desk.services) return desk.services;
  if (desk.levels.includes(2)) return 'Vous pouvez y déposer votre demande de logement social.';
  if (desk.levels.includes(3)) return 'Une personne peut vous aider dans vos démarches.';
  return 'Vous pouvez y poser vos questions sur le logement social.';
}

/** "à Thiers", "au Raincy", "aux Pavillons-sous-Bois": the French contraction of "à" with the article. */
export function atCommune(name: string): string {
  if (/^Le /.test(name)) return `au ${name.slice(3)}`;
  if (/^Les /.test(name)) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** Who may come, written to follow "Il reçoit" or "seulement". */
export const AUDIENCE_WHO: Record<Desk['audience'], string> = {
  tous: 'tout le monde',
  salaries: 'les salariés des entreprises privées',
  locataires: 'les locataires d’un logement social',
  'habitants-commune': 'les habitants de la commune',
  accompagnes: 'les personnes suivies par un travailleur social',
};

/** FALC sentence for the "Pour qui" line: "Il reçoit tout le monde." or "Il reçoit seulement …". */
export function whoItServes(desk: Pick<Desk, 'audience'>): string {
  return desk.audience === 'tous' ? 'Il reçoit tout le monde.' : `Il reçoit seulement ${AUDIENCE_WHO[desk.audience]}.`;
}

/**
 * For a desk outside the territory: where it is and whom it serves, so that nobody travels there by
 * mistake. Undefined for a desk inside the territory.
 */
export function outsideTerritoryText(desk: Pick<Desk, 'outsideTerritory' | 'city' | 'audience'>): string | undefined {
  if (!desk.outsideTerritory) return undefined;
  const where = desk.city
    ? `Ce guichet est ${atCommune(desk.city)}, hors du territoire.`
    : 'Ce guichet est hors du territoire.';
  return `${where} ${whoItServes(desk)}`;
}

/**
 * The sentence that describes the directory, on the home page and in page descriptions: it names the
 * opening hours only when every desk with a counter has them, so that no text promises missing hours.
 */
export function directorySummary(desks: readonly Pick<Desk, 'kind' | 'openingHours'>[]): string {
  const counters = desks.filter((d) => d.kind !== 'siao');
  const withHours = counters.filter((d) => d.openingHours).length;
  if (counters.length > 0 && withHours === counters.length)
    return 'Les adresses, les téléphones et les horaires des guichets.';
  if (withHours > 0) return 'Les adresses et les téléphones des guichets. Les horaires quand nous les connaissons.';
  return 'Les adresses et les téléphones des guichets. Appelez avant de venir.';
}
