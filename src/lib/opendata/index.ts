/**
 * Open-data tables: one declaration per CSV (columns, types, meanings), from which the Table Schema
 * JSON served under /donnees/ and the data dictionary are generated.
 */
export type { FieldDeclaration, FieldType, TableDeclaration } from './declaration.ts';
export { DEMAND_TABLE, TURNOVER_CSV, DECLARED_TABLES } from './tables.ts';
export { toTableSchema } from './table-schema.ts';
export { turnoverRows, type TurnoverRow } from './turnover-rows.ts';
