/**
 * /donnees/<nom>.schema.json: the Table Schema (frictionless) of each declared table — the project's
 * demand table, indicateurs.csv — and of logements.csv and demandes.csv, whose columns come from
 * _tables.ts (numbers, with the dataset's words for hidden cells as missing values).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DECLARED_TABLES, toTableSchema, type TableDeclaration } from '../../lib/opendata/index.ts';
import { getDataset } from '../../site-data.ts';
import { DEMAND_COLUMNS, STOCK_COLUMNS, type Column } from './_tables.ts';

/** A declaration for a CSV whose columns are listed in _tables.ts. */
function fromColumns<R>(name: string, title: string, columns: Column<R>[], key: string[]): TableDeclaration {
  return {
    name,
    title,
    file: `${name}.csv`,
    description: `Le fichier ${name}.csv de ce site.`,
    primaryKey: key,
    fields: columns.map((c) => ({
      name: c.name,
      title: c.name,
      description: c.description,
      // Status columns hold words (« secret », « non_calculable »): text, not numbers.
      type: c.name === 'millesime' ? 'year' : c.numeric ? 'number' : 'string',
    })),
  };
}

/** Every schema served. */
export function schemas(): TableDeclaration[] {
  return [
    ...DECLARED_TABLES,
    fromColumns('logements', 'Les logements sociaux', STOCK_COLUMNS, ['millesime', 'code_commune']),
    fromColumns('demandes', 'Les demandes et les attributions', DEMAND_COLUMNS, [
      'millesime',
      'code_commune',
      'typologie',
    ]),
  ];
}

export const getStaticPaths: GetStaticPaths = () => schemas().map((s) => ({ params: { schema: s.name } }));

/** Static endpoint, written once at build time. */
export const GET: APIRoute = async ({ params }) => {
  const d = await getDataset();
  const table = schemas().find((s) => s.name === params.schema)!;
  const hidden = table.name === 'tableau-demandes' ? [] : ['non publié', `moins de ${d.secrecy.threshold}`];
  return new Response(`${JSON.stringify(toTableSchema(table, hidden), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
