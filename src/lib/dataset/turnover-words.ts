/**
 * FALC sentences for mobility, vacancy and rent (DESIGN.md §10): no percentage — "9 logements sur 100" —,
 * rounded numbers said with "environ", and a worked rent example. A hidden value is said hidden.
 */
import { isMasked, type Indicator } from '../indicators/index.ts';
import { formatInteger } from '../format/index.ts';

/** "environ 9 logements sur 100", "moins de 1 logement sur 100". */
function perHundred(rate: number): string {
  const n = Math.round(rate);
  if (n < 1) return 'moins de 1 logement sur 100';
  return `environ ${formatInteger(n)} ${n > 1 ? 'logements' : 'logement'} sur 100`;
}

/** "Chaque année, environ 9 logements sur 100 changent de locataire." */
export function mobilitySentence(rate: Indicator): string | undefined {
  if (rate === null) return undefined;
  if (isMasked(rate)) return 'Le nombre de logements qui changent de locataire n’est pas publié.';
  const n = Math.round(rate);
  return `Chaque année, ${perHundred(rate)} ${n > 1 ? 'changent' : 'change'} de locataire.`;
}

/** "Environ 3 logements sur 100 sont vides." */
export function vacancySentence(rate: Indicator): string | undefined {
  if (rate === null) return undefined;
  if (isMasked(rate)) return 'Le nombre de logements vides n’est pas publié.';
  const text = perHundred(rate);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${Math.round(rate) > 1 ? 'sont vides' : 'est vide'}.`;
}

/** "Environ 1 logement sur 100 est vide depuis plus de 3 mois." */
export function longVacancySentence(rate: Indicator): string | undefined {
  if (rate === null || isMasked(rate)) return undefined;
  const text = perHundred(rate);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${Math.round(rate) > 1 ? 'sont vides' : 'est vide'} depuis plus de 3 mois.`;
}

/** Monthly rent of a dwelling of `surface` m², rounded to 10 €. */
export function rentFor(rentPerM2: number, surface: number): number {
  return Math.round((rentPerM2 * surface) / 10) * 10;
}

/** "Par exemple, un T3 de 65 m² : environ 390 € par mois, sans les charges." */
export function rentSentences(rent: Indicator): string[] {
  if (rent === null) return [];
  if (isMasked(rent)) return ['Le loyer moyen n’est pas publié.'];
  return [
    `Le loyer moyen est d’environ ${rent.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} € par m² et par mois.`,
    `Par exemple, un T3 de 65 m² : environ ${formatInteger(rentFor(rent, 65))} € par mois, sans les charges.`,
  ];
}

/** A rate for a table cell: "9,4 sur 100", or "non publié". */
export function rateText(rate: Indicator): string {
  if (rate === null) return '–';
  if (isMasked(rate)) return 'non publié';
  return `${rate.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} sur 100`;
}

/** A rent for a table cell: "4,62 € par m²", or "non publié". */
export function rentText(rent: Indicator): string {
  if (rent === null) return '–';
  if (isMasked(rent)) return 'non publié';
  return `${rent.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} € par m²`;
}
