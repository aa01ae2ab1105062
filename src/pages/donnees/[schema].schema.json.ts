/**
 * /donnees/<nom>.schema.json: the Table Schema (frictionless) of each declared table: the published CSV
 * files and the project's demand table (src/lib/opendata).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DECLARED_TABLES, toTableSchema, type TableDeclaration } from '../../lib/opendata/index.ts';

export const getStaticPaths: GetStaticPaths = () =>
  DECLARED_TABLES.map((table) => ({ params: { schema: table.name }, props: { table } }));

/** Static endpoint, written once at build time. */
export const GET: APIRoute = ({ props }) => {
  const schema = toTableSchema((props as { table: TableDeclaration }).table);
  return new Response(`${JSON.stringify(schema, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
