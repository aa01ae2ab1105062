/** Every table the site publishes, and every table it describes with a Table Schema. */
import type { PublishedTable, TableDeclaration } from './declaration.ts';
import { DEMAND_CSV } from './demand-csv.ts';
import { ANSWERS_CSV } from './answers-csv.ts';
import { DEMAND_TABLE } from './demand-input.ts';
import { STOCK_CSV } from './stock-csv.ts';
import { TURNOVER_CSV } from './turnover-csv.ts';
import { POSITIONING_CSV } from './positioning-csv.ts';
import { POSITIONING_TABLE } from './positioning-input.ts';

/** The CSV files under /donnees/, in the order of the page; donnees.json has one key per table. */
export const PUBLISHED_TABLES: readonly PublishedTable[] = [
  STOCK_CSV,
  DEMAND_CSV,
  ANSWERS_CSV,
  POSITIONING_CSV,
  TURNOVER_CSV,
];

/** Every table with a schema under /donnees/<name>.schema.json: the published files and the input tables. */
export const DECLARED_TABLES: readonly TableDeclaration[] = [...PUBLISHED_TABLES, DEMAND_TABLE, POSITIONING_TABLE];
