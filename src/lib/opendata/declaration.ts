/**
 * One declaration per table: its columns, their type, meaning and constraints. The Table Schema JSON
 * (frictionless, https://specs.frictionlessdata.io/table-schema/), the /donnees/ dictionary, the CSV and
 * JSON files and the check of the project's demand table all come from it, so they always agree.
 */
import type { TerritoryDataset } from '../dataset/index.ts';

/** Type of a column, as Table Schema names it. */
export type FieldType = 'string' | 'integer' | 'number' | 'year';

/** A value of a published file: text, a number, or nothing. */
export type CsvValue = string | number | null;

/** One column of a table. */
export interface FieldDeclaration {
  /** Name in the file's header. */
  name: string;
  /** Short French title. */
  title: string;
  /** What the column holds, in French. */
  description: string;
  type: FieldType;
  /** True when every row must have a value (Table Schema `required`: a hidden cell is no value). */
  required?: boolean;
  /** True when the column may be left out of the file (input tables only; Table Schema cannot say it). */
  optional?: boolean;
  /** Allowed values (Table Schema `enum`). */
  values?: readonly string[];
  /** Text pattern (Table Schema `pattern`, matched against the whole value), e.g. an INSEE code. */
  pattern?: string;
  /** What the pattern means, in French, for messages: « 5 chiffres, ou 2A ou 2B puis 3 chiffres ». */
  patternWords?: string;
  /** Smallest value. */
  minimum?: number;
  /** Largest value. */
  maximum?: number;
  /** Decimals written for a `number` column (1 when absent). */
  decimals?: number;
  /** An example value. */
  example?: string;
}

/** One published or accepted table. */
export interface TableDeclaration {
  /** Name of the schema file (without `.schema.json`). */
  name: string;
  /** French title. */
  title: string;
  /** French description. */
  description: string;
  /** The CSV file described, under /donnees/, when it is published by the site. */
  file?: string;
  fields: readonly FieldDeclaration[];
  /** Columns that identify a row. */
  primaryKey?: readonly string[];
  /** Texts that stand for a value that is not given (Table Schema `missingValues`); `['']` when absent. */
  missingValues?: readonly string[];
}

/** What the published tables are made from: the dataset, statistical secrecy already applied. */
export type OpenDataSource = Pick<
  TerritoryDataset,
  'communes' | 'settings' | 'millesimes' | 'stock' | 'demand' | 'turnover' | 'secrecy' | 'answers' | 'positioning'
>;

/** A column of a published table: its declaration and how to read it from a row. */
export interface Column<Row> extends FieldDeclaration {
  value: (row: Row) => CsvValue;
}

/** A table the site publishes under /donnees/: its declaration and its rows from the dataset. */
export interface PublishedTable extends TableDeclaration {
  file: string;
  /** Key of the table in donnees.json. */
  jsonKey: string;
  /** Short French name of the file for the page: « Les logements sociaux ». */
  label: string;
  /** Every row, as values in the order of `fields`; numbers rounded as the column declares. */
  values: (d: OpenDataSource) => CsvValue[][];
}

/** The rounding a column declares: whole numbers for integers, `decimals` (default 1) for numbers. */
export function rounded(field: FieldDeclaration, v: CsvValue): CsvValue {
  if (typeof v !== 'number') return v;
  const scale = 10 ** (field.type === 'number' ? (field.decimals ?? 1) : 0);
  return Math.round(v * scale) / scale;
}

/** A published table from its columns and its rows (the row type stays inside). */
export function publishedTable<Row>(
  spec: Omit<PublishedTable, 'values' | 'fields'> & {
    fields: readonly Column<Row>[];
    rows: (d: OpenDataSource) => readonly Row[];
  },
): PublishedTable {
  const { rows, fields, ...rest } = spec;
  return {
    ...rest,
    fields: fields.map(({ value: _value, ...f }) => f),
    values: (d) => rows(d).map((r) => fields.map((c) => rounded(c, c.value(r)))),
  };
}
