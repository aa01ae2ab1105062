/**
 * The ceiling of a household: the row of its zone, its category, and the PLS rule. Pure code, shared by the
 * build and the browser island.
 */
import { categoryReason, householdCategory } from './category.ts';
import {
  PRODUCTS,
  type CeilingRow,
  type EligibilityAnswer,
  type Household,
  type Product,
  type Zone,
  type YearCeilings,
} from './words.ts';

/**
 * PLS ceilings are the PLUS ceilings raised by 30 % (arrêté du 29 juillet 1987, article 1er: « pour les
 * logements financés à l'aide des prêts prévus à l'article R. 331-17 […] ces plafonds sont majorés de 30 % »),
 * rounded to the euro. Checked with the published 2023 PLS amounts (21 878 € → 28 441 €, 35 135 € → 45 676 €).
 */
export const PLS_RAISE = 1.3;

/** The PLS row from the PLUS row. */
export function plsRow(plus: CeilingRow): CeilingRow {
  return plus.map((v) => Math.round(v * PLS_RAISE)) as unknown as CeilingRow;
}

/** The row of a kind of home in a zone, or undefined when the year's file lacks it (PLAI not yet copied). */
export function rowOf(year: YearCeilings, zone: Zone, product: Product): CeilingRow | undefined {
  if (product === 'pls') return plsRow(year.plus[zone]);
  return year[product]?.[zone];
}

/** The ceiling of a category (7 and more: category 6 plus the amount per additional person). */
export function ceilingOf(row: CeilingRow, category: number): number {
  const extra = Math.max(0, category - 6);
  return row[Math.min(category, 6) - 1]! + extra * row[6];
}

/**
 * Which kinds of homes a household can get with its income. `income` is the revenu fiscal de référence of
 * year N−2 of every person who will live in the home (CCH R441-1); at or below the ceiling is eligible.
 */
export function eligibility(
  year: YearCeilings,
  zone: Zone,
  household: Household,
  income: number | undefined,
): EligibilityAnswer {
  const c = householdCategory(household);
  return {
    persons: c.persons,
    category: c.category,
    because: categoryReason(c),
    zone,
    year: year.year,
    products: PRODUCTS.map((product) => {
      const row = rowOf(year, zone, product);
      const ceiling = row && ceilingOf(row, c.category);
      return {
        product,
        ceiling,
        eligible: ceiling === undefined || income === undefined ? undefined : income <= ceiling,
      };
    }),
  };
}

/** The year of ceilings in force on a day (« AAAA-MM-JJ »), else the latest year before it. */
export function yearFor(years: readonly YearCeilings[], day: string): YearCeilings | undefined {
  const inForce = years.find((y) => y.validFrom <= day && day <= y.validTo);
  if (inForce) return inForce;
  return [...years].filter((y) => y.validFrom <= day).sort((a, b) => b.year - a.year)[0];
}
