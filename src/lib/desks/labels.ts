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
