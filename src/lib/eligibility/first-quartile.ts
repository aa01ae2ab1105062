/**
 * The sentence said where the simulator and the grid ask whether the income is in the « premier quartile »
 * (CCH L441-1): the threshold of the territory in euros when it is set, or an honest « we do not have it ».
 */
import { frenchDay } from '../format/index.ts';
import { eurosText } from './sentences.ts';

/** The territory's setting (territory.yaml, `firstQuartile`). */
export interface FirstQuartileSetting {
  euros: number;
  year: number;
  reference: string;
  date: string;
}

/** The FALC sentence, with the source when the threshold is known. */
export function firstQuartileText(setting: FirstQuartileSetting | undefined, territoryName: string): string {
  if (!setting) return `Ce site n’a pas encore le montant de ${territoryName}. Le guichet le connaît.`;
  return `En ${setting.year}, à ${territoryName}, le montant est ${eurosText(setting.euros)} par an pour une personne seule. Pour un foyer plus grand, le montant est plus haut : le guichet fait le calcul. Source : ${setting.reference}, du ${frenchDay(setting.date)}.`;
}
