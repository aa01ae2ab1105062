/**
 * The canonical demand table (DESIGN.md §6, documented in docs/donnees.md): one row per millésime ×
 * commune × typology. No machine-readable national format exists, so the product defines this one; its
 * declaration (src/lib/opendata, DEMAND_TABLE) is the single source of its columns and constraints.
 */
import { DEMAND_TABLE } from '../opendata/index.ts';

/** Columns of the canonical table, from its declaration; `required: false` columns may be absent. */
export const DEMAND_COLUMNS: readonly { name: string; required: boolean; meaning: string }[] = DEMAND_TABLE.fields.map(
  (f) => ({ name: f.name, required: !f.optional, meaning: f.description }),
);

/** Name of a canonical column. */
export type DemandColumn = string;

/** Typology from the `typologie` cell: T1…T4, T5+ (also "T5 et plus", "5+", lower case). */
export { parseTypology } from '../mapping/index.ts';
