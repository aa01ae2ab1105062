/**
 * Number and text formatting in French, shared by pages, PDFs and browser islands (one implementation).
 */
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "1 615" with a narrow no-break space as thousands separator (French typography). */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** "5,3" — at most one decimal, decimal comma. */
export function formatDecimal(n: number): string {
  return oneDecimal.format(n);
}

/** "1 personne" / "3 personnes": the count followed by the right form of the word. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(n)} ${Math.abs(n) >= 2 ? pluralForm : singular}`;
}

/** Phone number as a tel: URI (spaces and dots removed, French prefix kept). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[\s.\-]/g, '')}`;
}

/** "12 rue de Barante, 63300 Thiers". */
export function oneLineAddress(a: { street: string; postcode: string; city: string }): string {
  return `${a.street}, ${a.postcode} ${a.city}`;
}

export { jsonForScript, escapeHtml } from './html.ts';

/** Month names in French, January first (dates in words: RLS, « dates with the month in letters »). */
export const MONTHS: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * A day written in French, « 7 décembre 2026 », « 1er janvier 2026 » (UTC: a date of a file is a day, not an
 * instant). A date that went through the cached dataset (JSON) comes back as its ISO text: both are accepted.
 */
export function frenchDay(date: Date | string): string {
  const d = new Date(date);
  const day = d.getUTCDate();
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
