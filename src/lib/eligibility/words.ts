/**
 * Types and words of the eligibility module that the browser island also needs: no zod, no Node here, so
 * that src/client can import them through browser.ts.
 */

/**
 * The three zones of the ceilings (arrêté du 29 juillet 1987, annexes I and II): Paris and the communes that
 * touch it, the rest of Île-de-France, the other regions.
 */
export const ZONES = ['paris', 'ile-de-france', 'autres-regions'] as const;
/** One zone of the ceilings. */
export type Zone = (typeof ZONES)[number];

/** The zone names of the legal text, as printed for people. */
export const ZONE_NAMES: Record<Zone, string> = {
  paris: 'Paris et communes limitrophes',
  'ile-de-france': 'Île-de-France hors Paris et communes limitrophes',
  'autres-regions': 'Autres régions',
};

/** The three kinds of social homes by their loan, from the lowest rents to the highest. */
export const PRODUCTS = ['plai', 'plus', 'pls'] as const;
/** A kind of social home. */
export type Product = (typeof PRODUCTS)[number];

/** What each kind of home is, in FALC words, and its acronym said after the words. */
export const PRODUCT_WORDS: Record<Product, { words: string; acronym: string }> = {
  plai: { words: 'les logements aux loyers les plus bas', acronym: 'PLAI' },
  plus: { words: 'les logements sociaux ordinaires', acronym: 'PLUS' },
  pls: { words: 'les logements aux loyers un peu plus hauts', acronym: 'PLS' },
};

/** Short column headers of the ceilings tables (page and guide). */
export const PRODUCT_COLUMNS: Record<Product, string> = {
  plai: 'Loyers les plus bas (PLAI)',
  plus: 'Logements sociaux ordinaires (PLUS)',
  pls: 'Loyers un peu plus hauts (PLS)',
};

/**
 * Ceilings of one zone and one kind of home: categories 1 to 6, then the amount per additional person.
 * Euros of yearly revenu fiscal de référence.
 */
export type CeilingRow = readonly [number, number, number, number, number, number, number];

/** The ceilings of one year, with where they come from. */
export interface YearCeilings {
  year: number;
  /** First and last day of validity, « AAAA-MM-JJ ». */
  validFrom: string;
  validTo: string;
  /** The arrêté that sets them. */
  source: string;
  /** Day of publication in the Journal officiel, when known. */
  published?: string | undefined;
  /** Where the text can be read. */
  url?: string | undefined;
  /** PLUS ceilings by zone. */
  plus: Record<Zone, CeilingRow>;
  /** PLAI ceilings by zone, absent when the file does not have them yet. */
  plai?: Record<Zone, CeilingRow> | undefined;
}

/** A household as the person describes it. */
export interface Household {
  /** The applicant lives with a spouse, a PACS partner or a concubin. */
  couple: boolean;
  /** Age of the applicant, in whole years. */
  applicantAge?: number | undefined;
  /** Age of the partner, in whole years (couples only). */
  partnerAge?: number | undefined;
  /** Persons « à charge » (children and others, CCH L442-12) who will live in the home. */
  dependants: number;
  /** Other persons who will live in the home without being « à charge » (an adult brother, a friend…). */
  others: number;
  /** At least one person of the household holds the carte mobilité inclusion « invalidité ». */
  disability: boolean;
}

/** What a household can get, kind by kind. */
export interface ProductAnswer {
  product: Product;
  /** The ceiling used for this household, euros per year; undefined when the file lacks it. */
  ceiling: number | undefined;
  /** Yes, no, or unknown when the ceiling is missing. */
  eligible: boolean | undefined;
}

/** The whole answer for a household. */
export interface EligibilityAnswer {
  /** Number of persons who will live in the home. */
  persons: number;
  /** Category of the household used by the arrêté (7 and more: category 6 plus additional persons). */
  category: number;
  /** Why the category is this one, in FALC. */
  because: string;
  zone: Zone;
  year: number;
  products: ProductAnswer[];
}

/**
 * The six categories and the extra person, in FALC, for the tables (arrêté du 29 juillet 1987, article 2;
 * « handicap » is the carte mobilité inclusion « invalidité » of CASF L241-3).
 */
export const CATEGORY_WORDS: readonly string[] = [
  '1 personne seule.',
  '2 personnes, sauf un jeune couple. Ou 1 personne seule avec un handicap.',
  '3 personnes. Ou 1 personne seule avec 1 personne à charge. Ou un jeune couple. Ou 2 personnes, dont 1 avec un handicap.',
  '4 personnes. Ou 1 personne seule avec 2 personnes à charge. Ou 3 personnes, dont 1 avec un handicap.',
  '5 personnes. Ou 1 personne seule avec 3 personnes à charge. Ou 4 personnes, dont 1 avec un handicap.',
  '6 personnes. Ou 1 personne seule avec 4 personnes à charge. Ou 5 personnes, dont 1 avec un handicap.',
  'Pour chaque personne en plus.',
];

/** What « jeune couple » and « handicap » mean in the tables. */
export const CATEGORY_NOTES: readonly string[] = [
  'Un jeune couple : 2 personnes en couple, sans personne à charge. Leurs 2 âges ensemble font 55 ans ou moins.',
  'Une personne avec un handicap : elle a la carte mobilité inclusion avec la mention « invalidité ».',
  'Une personne à charge : par exemple un enfant qui vit avec vous.',
];
