/**
 * One declaration per published table: its columns, their type and meaning. The Table Schema JSON
 * (frictionless, https://specs.frictionlessdata.io/table-schema/) and the /donnees/ dictionary are both
 * generated from it, so that they always describe the files exactly.
 */

/** Type of a column, as Table Schema names it. */
export type FieldType = 'string' | 'integer' | 'number' | 'year';

/** One column of a table. */
export interface FieldDeclaration {
  /** Name in the file's header. */
  name: string;
  /** Short French title. */
  title: string;
  /** What the column holds, in French. */
  description: string;
  type: FieldType;
  /** True when every row must have a value. */
  required?: boolean;
  /** Allowed values (Table Schema `enum`). */
  values?: readonly string[];
  /** Text pattern (Table Schema `pattern`), e.g. an INSEE code. */
  pattern?: string;
  /** Smallest value. */
  minimum?: number;
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
  /** Texts that stand for a value that is not published (Table Schema `missingValues`). */
  missingValues?: readonly string[];
}
