/**
 * Open data: one declaration per table (columns, types, meanings, constraints, rows from the dataset).
 * The CSV and JSON files under /donnees/, their Table Schema, the dictionary of the page and the check of
 * the project's demand table are all generated from these declarations.
 */
export {
  publishedTable,
  rounded,
  type Column,
  type CsvValue,
  type FieldDeclaration,
  type FieldType,
  type OpenDataSource,
  type PublishedTable,
  type TableDeclaration,
} from './declaration.ts';
export { DEMAND_TABLE } from './demand-input.ts';
export { POSITIONING_TABLE, POSITIONING_TERRITORY } from './positioning-input.ts';
export { STOCK_CSV } from './stock-csv.ts';
export { DEMAND_CSV } from './demand-csv.ts';
export { ANSWERS_CSV } from './answers-csv.ts';
export { POSITIONING_CSV } from './positioning-csv.ts';
export { TURNOVER_CSV } from './turnover-csv.ts';
export { PUBLISHED_TABLES, DECLARED_TABLES } from './tables.ts';
export { STATUS_MEANINGS, STATUS_VALUES, type WrittenStatus } from './status.ts';
export { toTableSchema } from './table-schema.ts';
export { CSV_MEDIA_TYPE, csvNumber, tableCsv, tableObjects, toFrenchCsv } from './french-csv.ts';
export {
  constraintText,
  expectation,
  fieldOf,
  fieldRule,
  matchesPattern,
  missingWords,
  numberProblem,
  dictionary,
  type DictionaryEntry,
} from './field-rules.ts';
export { OPEN_DATA_CHANGES, type OpenDataChange } from './changes.ts';
