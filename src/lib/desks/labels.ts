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
 * The sentence that describes the directory, on the home page and in page descriptions: it names the phone
 * numbers only when at least one desk with a counter has one, and the opening hours only when every desk with a
 * counter has them, so that no text promises what the directory does not give.
 */
export function directorySummary(desks: readonly Pick<Desk, 'kind' | 'openingHours' | 'phone'>[]): string {
  // A starter site, or a territory that has not listed its desks yet: where to ask instead.
  if (desks.length === 0) return 'Où demander : votre mairie, ou le portail national.';
  const counters = desks.filter((d) => d.kind !== 'siao');
  const withHours = counters.filter((d) => d.openingHours).length;
  const phones = counters.some((d) => d.phone);
  const what = phones ? 'Les adresses et les téléphones des guichets.' : 'Les adresses des guichets.';
  if (counters.length > 0 && withHours === counters.length)
    return phones
      ? 'Les adresses, les téléphones et les horaires des guichets.'
      : 'Les adresses et les horaires des guichets.';
  if (withHours > 0) return `${what} Les horaires quand nous les connaissons.`;
  return phones ? `${what} Appelez avant de venir.` : `${what} Renseignez-vous avant de venir.`;
}

/** How to reach a desk before going there: the way the sentence of askBeforeComing ends. */
export type DeskReach = { kind: 'phone' | 'email' | 'website'; value: string };

/**
 * What to do before going to a desk whose opening hours are not known. "Appelez" only with a number to call;
 * otherwise the sentence says where to ask: by e-mail, on its website, or at the town hall.
 */
export function askBeforeComing(desk: Pick<Desk, 'phone' | 'email' | 'website' | 'kind'>): {
  text: string;
  reach?: DeskReach;
} {
  if (desk.phone) return { text: 'Appelez avant de venir :', reach: { kind: 'phone', value: desk.phone } };
  if (desk.email) return { text: 'Écrivez à ce guichet avant de venir :', reach: { kind: 'email', value: desk.email } };
  if (desk.website)
    return {
      text: 'Regardez ses horaires sur son site avant de venir :',
      reach: { kind: 'website', value: desk.website },
    };
  if (desk.kind === 'mairie') return { text: 'Demandez ses horaires à l’accueil de la mairie avant de venir.' };
  return { text: 'Demandez ses horaires à la mairie de votre commune avant de venir.' };
}

/** The appointment line: "Appelez" only when the desk has a number. */
export function appointmentText(desk: Pick<Desk, 'phone'>): string {
  return desk.phone
    ? 'Sur rendez-vous seulement. Appelez pour avoir un rendez-vous.'
    : 'Sur rendez-vous seulement. Demandez un rendez-vous avant de venir.';
}
