/** Table Schema (frictionless) JSON from a declaration. */
import type { TableDeclaration } from './declaration.ts';

/** The Table Schema of a declared table, ready to be written as JSON. */
export function toTableSchema(
  table: TableDeclaration,
  extraMissingValues: readonly string[] = [],
): Record<string, unknown> {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: table.name,
    title: table.title,
    description: table.description,
    fields: table.fields.map((f) => ({
      name: f.name,
      title: f.title,
      description: f.description,
      type: f.type,
      ...(f.example !== undefined ? { example: f.example } : {}),
      ...(f.type === 'number' ? { decimalChar: ',' } : {}),
      ...(f.required || f.values || f.pattern || f.minimum !== undefined
        ? {
            constraints: {
              ...(f.required ? { required: true } : {}),
              ...(f.values ? { enum: [...f.values] } : {}),
              ...(f.pattern ? { pattern: f.pattern } : {}),
              ...(f.minimum !== undefined ? { minimum: f.minimum } : {}),
            },
          }
        : {}),
    })),
    ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
    missingValues: [...new Set([...(table.missingValues ?? ['']), ...extraMissingValues])],
  };
}
