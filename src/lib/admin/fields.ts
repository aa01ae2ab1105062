/**
 * Builds CMS form fields from a zod schema, through zod's own JSON Schema export, so that the form always
 * has exactly the fields the checker accepts: a field added to a schema appears in /admin/ at the next build.
 */
import { z } from 'zod';
import type { CmsField } from './cms-types.ts';
import { choicesAt, fieldWords, type FieldWords } from './labels.ts';

/** The subset of JSON Schema that zod 4 writes for our schemas. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
}

/** JSON Schema of a zod schema, as read from a file (input side: defaults make fields optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // Recursive conditions of the cotation grid become $ref; dates and refinements stay representable as "any".
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as JsonSchema;
}

/** Fields of an object schema (territory.yaml, orientation.yaml…), or of the items of a list schema. */
export function fieldsOf(schema: z.ZodType): CmsField[] {
  const json = jsonSchemaOf(schema);
  const object = json.type === 'array' && json.items ? json.items : json;
  return objectFields(object, []);
}

function objectFields(node: JsonSchema, path: string[]): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    toField(name, child, [...path, name], required.has(name)),
  );
}

/** Members of an anyOf / oneOf that are not "null". */
function alternatives(node: JsonSchema): JsonSchema[] | undefined {
  const list = node.anyOf ?? node.oneOf;
  return list?.filter((n) => n.type !== 'null');
}

function toField(name: string, node: JsonSchema, path: string[], required: boolean): CmsField {
  const words = fieldWords(path);
  const base: CmsField = {
    name,
    label: words.label,
    widget: 'hidden',
    ...(required ? {} : { required: false }),
    ...(words.hint ? { hint: words.hint } : {}),
  };
  if (node.default !== undefined) base.default = node.default;
  const field = { ...base, ...widgetOf(node, path, words) };
  // A hidden field keeps its value as written and takes no other option in the CMS's schema (no hint, no
  // « required »): the CMS would warn that it ignores them.
  if (field.widget === 'hidden')
    return {
      name,
      label: field.label,
      widget: 'hidden',
      ...(field.default !== undefined ? { default: field.default } : {}),
    };
  return field;
}

/** The widget and its options for one JSON Schema node. */
function widgetOf(node: JsonSchema, path: string[], words: FieldWords): Partial<CmsField> {
  if (words.widget)
    return {
      widget: words.widget,
      ...(words.widget === 'datetime' ? { time_format: false, format: 'YYYY-MM-DD' } : {}),
      // The address search edits the whole object; its parts stay listed for the reader of config.yml.
      ...(words.widget === 'position' && node.properties ? { fields: objectFields(node, path) } : {}),
    };
  const alts = alternatives(node);
  if (alts?.length === 1 && alts[0]) return widgetOf(alts[0], path, words);
  // A union of constants (desk levels 1, 2, 3) is a choice among them.
  if (alts && alts.every((a) => a.const !== undefined && typeof a.const !== 'boolean')) {
    return {
      widget: 'select',
      options: choicesAt(
        path,
        alts.map((a) => a.const as string | number),
      ),
    };
  }
  if (node.enum) return { widget: 'select', options: choicesAt(path, node.enum) };
  switch (node.type) {
    case 'string':
      return {
        widget: words.long ? 'text' : 'string',
        ...(node.pattern
          ? {
              pattern: [
                node.pattern,
                words.patternMessage ?? (node.format === 'email' ? 'adresse e-mail incorrecte' : 'format incorrect'),
              ] as [string, string],
            }
          : {}),
      };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      // A record (free keys, e.g. answers of a cotation example) has no form: kept as it is.
      if (!node.properties) return { widget: 'hidden' };
      return { widget: 'object', collapsed: true, fields: objectFields(node, path) };
    case 'array':
      return listOf(node.items ?? {}, path, words);
    default:
      // Recursive conditions, mixed unions, dates: no form widget; the value is kept as written.
      return { widget: 'hidden' };
  }
}

function listOf(items: JsonSchema, path: string[], words: FieldWords): Partial<CmsField> {
  const alts = alternatives(items);
  const choices =
    items.enum ?? (alts?.every((a) => a.const !== undefined) ? alts.map((a) => a.const as string | number) : undefined);
  if (choices) return { widget: 'select', multiple: true, options: choicesAt(path, choices) };
  if (items.type === 'object' && items.properties) {
    return {
      widget: 'list',
      collapsed: true,
      fields: objectFields(items, [...path, '*']),
      ...(words.summary ? { summary: words.summary } : {}),
    };
  }
  if (items.type === 'string' || items.type === 'number' || items.type === 'integer') {
    const itemWords = fieldWords([...path, '*']);
    return {
      widget: 'list',
      field: { name: 'item', label: itemWords.label, ...widgetOf(items, [...path, '*'], itemWords) } as CmsField,
    };
  }
  return { widget: 'hidden' };
}
