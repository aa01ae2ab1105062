/**
 * The words of the answer, in FALC: the same sentences on the page (built at build time) and in the island.
 */
import { formatInteger, frenchDay } from '../format/index.ts';
import { PRODUCT_WORDS, ZONE_NAMES, type EligibilityAnswer, type ProductAnswer, type YearCeilings } from './words.ts';

/** The answer, sentence by sentence. */
export interface EligibilityWords {
  /** One line that says yes or no. */
  summary: string;
  /** Why the household counts as it does. */
  household: string;
  /** The zone of the commune. */
  zone: string;
  /** One sentence per kind of home. */
  products: { product: ProductAnswer['product']; eligible: boolean | undefined; text: string }[];
  /** Year and source of the amounts. */
  source: string;
}

/** « 23 403 euros ». */
export const eurosText = (n: number): string => `${formatInteger(n)} euros`;

/** « Source : the arrêté, publié au Journal officiel le … ». */
export function sourceLine(y: YearCeilings): string {
  const published = y.published ? `, publié au Journal officiel le ${frenchDay(y.published)}` : '';
  return `Source : ${y.source}${published}.`;
}

/**
 * The source in a few words, for a printed page where every line counts: the arrêté's date without the
 * « modifiant … » that follows it, and the day of the Journal officiel.
 */
export function shortSourceLine(y: YearCeilings): string {
  const published = y.published ? `, Journal officiel du ${frenchDay(y.published)}` : '';
  return `Source : ${y.source.replace(/ modifiant .*$/, '')}${published}.`;
}

/** The year and the source of a year of ceilings. */
export function sourceText(y: YearCeilings): string {
  return `Plafonds de l’année ${y.year}. ${sourceLine(y)}`;
}

/** The words of an answer for a commune. */
export function eligibilityWords(
  answer: EligibilityAnswer,
  ceilings: YearCeilings,
  communeName: string,
): EligibilityWords {
  const products = answer.products.map((p) => {
    const { words, acronym } = PRODUCT_WORDS[p.product];
    const kind = `${words} (${acronym})`;
    if (p.ceiling === undefined)
      return {
        product: p.product,
        eligible: undefined,
        text: `Pour ${kind}, ce site n’a pas encore le plafond de ${answer.year}. Demandez-le au guichet.`,
      };
    const limit = `Le plafond est ${eurosText(p.ceiling)} par an.`;
    if (p.eligible === undefined)
      return {
        product: p.product,
        eligible: undefined,
        text: `Pour ${kind}, le plafond est ${eurosText(p.ceiling)} par an.`,
      };
    return {
      product: p.product,
      eligible: p.eligible,
      text: p.eligible ? `Oui pour ${kind}. ${limit}` : `Non pour ${kind} : vos revenus sont au-dessus. ${limit}`,
    };
  });
  const yes = products.filter((p) => p.eligible === true).length;
  const known = products.filter((p) => p.eligible !== undefined).length;
  const summary =
    known === 0
      ? 'Écrivez vos revenus pour avoir la réponse.'
      : yes > 0
        ? 'Oui, vous pouvez demander un logement social.'
        : 'Vos revenus sont au-dessus des plafonds. Lisez la règle pour une baisse de revenus.';
  return {
    summary,
    household: `${answer.because} Pour la loi, c’est la catégorie ${Math.min(answer.category, 6)}${answer.category > 6 ? ` avec ${answer.category - 6} ${answer.category - 6 > 1 ? 'personnes' : 'personne'} en plus` : ''}.`,
    zone: `${communeName} est dans la zone « ${ZONE_NAMES[answer.zone]} ».`,
    products,
    source: sourceText(ceilings),
  };
}
