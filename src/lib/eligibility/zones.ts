/**
 * The zone of a commune for the ceilings, computed from its INSEE code: never typed in a territory's files.
 */
import type { Zone } from './words.ts';

/** Départements of Île-de-France (région 11 of the COG). */
export const ILE_DE_FRANCE_DEPARTEMENTS: ReadonlySet<string> = new Set([
  '75',
  '77',
  '78',
  '91',
  '92',
  '93',
  '94',
  '95',
]);

/**
 * Paris and the communes that share a border with it, by INSEE code (COG 2026): the « Paris et communes
 * limitrophes » zone of the arrêté du 29 juillet 1987. The border is geography, not a choice, so the list is
 * part of the code. Compared with OpenFisca France (model/prestations/logement_social.py, commit a7038ee4),
 * which lists the same communes but misses Boulogne-Billancourt (92012: its line holds 93006, Bagnolet).
 * Paris's woods count: Saint-Cloud, Suresnes and Puteaux touch the bois de Boulogne; Joinville-le-Pont,
 * Nogent-sur-Marne, Saint-Maurice and Fontenay-sous-Bois touch the bois de Vincennes.
 */
export const PARIS_AND_NEIGHBOURS: ReadonlySet<string> = new Set([
  '75056', // Paris
  '92012', // Boulogne-Billancourt
  '92024', // Clichy
  '92040', // Issy-les-Moulineaux
  '92044', // Levallois-Perret
  '92046', // Malakoff
  '92049', // Montrouge
  '92051', // Neuilly-sur-Seine
  '92062', // Puteaux
  '92064', // Saint-Cloud
  '92073', // Suresnes
  '92075', // Vanves
  '93001', // Aubervilliers
  '93006', // Bagnolet
  '93045', // Les Lilas
  '93048', // Montreuil
  '93055', // Pantin
  '93061', // Le Pré-Saint-Gervais
  '93066', // Saint-Denis
  '93070', // Saint-Ouen-sur-Seine
  '94018', // Charenton-le-Pont
  '94033', // Fontenay-sous-Bois
  '94037', // Gentilly
  '94041', // Ivry-sur-Seine
  '94042', // Joinville-le-Pont
  '94043', // Le Kremlin-Bicêtre
  '94052', // Nogent-sur-Marne
  '94067', // Saint-Mandé
  '94069', // Saint-Maurice
  '94080', // Vincennes
]);

/** The zone of a commune from its INSEE code (a Paris arrondissement, 751xx, is Paris). */
export function zoneOfCommune(code: string): Zone {
  if (PARIS_AND_NEIGHBOURS.has(code) || /^751\d\d$/.test(code)) return 'paris';
  if (ILE_DE_FRANCE_DEPARTEMENTS.has(code.slice(0, 2))) return 'ile-de-france';
  return 'autres-regions';
}
