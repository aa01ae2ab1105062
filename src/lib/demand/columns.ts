/**
 * The canonical demand table (DESIGN.md §6, documented in docs/donnees.md): one row per millésime ×
 * commune × typology. No machine-readable national format exists, so the product defines this one.
 */
/** Columns of the canonical table; `required: false` columns may be absent. */
export const DEMAND_COLUMNS = [
  { name: 'millesime', required: true, meaning: 'année des chiffres' },
  { name: 'code_commune', required: true, meaning: 'code INSEE de la commune' },
  { name: 'nom_commune', required: false, meaning: 'nom de la commune, pour les personnes qui lisent le fichier' },
  { name: 'typologie', required: true, meaning: 'taille du logement demandé ou attribué' },
  { name: 'demandes', required: true, meaning: 'demandes en attente au 31 décembre' },
  { name: 'demandes_mutation', required: true, meaning: 'dont demandes de mutation' },
  { name: 'attributions', required: true, meaning: 'attributions dans l’année' },
  { name: 'attributions_mutation', required: true, meaning: 'dont attributions en mutation' },
  { name: 'delai_moyen_mois', required: false, meaning: 'délai moyen constaté avant attribution, en mois' },
] as const;

/** Name of a canonical column. */
export type DemandColumn = (typeof DEMAND_COLUMNS)[number]['name'];

/** Column names that mark the header row. */
export const HEADER_HINTS = ['code_commune', 'typologie'];

/** Typology from the `typologie` cell: T1…T4, T5+ (also "T5 et plus", "5+", lower case). */
export { parseTypology } from '../mapping/index.ts';
