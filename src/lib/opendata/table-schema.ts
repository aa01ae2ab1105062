/** Table Schema (frictionless) JSON from a declaration. */
import type { FieldDeclaration, TableDeclaration } from './declaration.ts';

/** The Table Schema constraints of a field, when it has any. */
function constraints(f: FieldDeclaration): Record<string, unknown> | undefined {
  const c = {
    ...(f.required ? { required: true } : {}),
    ...(f.values ? { enum: [...f.values] } : {}),
    ...(f.pattern ? { pattern: f.pattern } : {}),
    ...(f.minimum !== undefined ? { minimum: f.minimum } : {}),
    ...(f.maximum !== undefined ? { maximum: f.maximum } : {}),
  };
  return Object.keys(c).length > 0 ? c : undefined;
}

/** The Table Schema of a declared table, ready to be written as JSON. */
export function toTableSchema(table: TableDeclaration): Record<string, unknown> {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: table.name,
    title: table.title,
    description: table.description,
    fields: table.fields.map((f) => {
      const c = constraints(f);
      return {
        name: f.name,
        title: f.title,
        description: f.description,
        type: f.type,
        ...(f.example !== undefined ? { example: f.example } : {}),
        // Files are written for a French spreadsheet: decimal comma, no thousands separator.
        ...(f.type === 'number' ? { decimalChar: ',' } : {}),
        ...(c ? { constraints: c } : {}),
      };
    }),
    ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
    missingValues: [...(table.missingValues ?? [''])],
  };
}
