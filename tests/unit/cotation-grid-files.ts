/** The real grids of data/territories, loaded once for the tests. */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCotationGrid, type Grid } from '../../src/lib/cotation/index.ts';

const root = 'data/territories';
/** Every territory that has a cotation.yaml, with its parse result. */
export const gridFiles = readdirSync(root)
  .filter((slug) => existsSync(join(root, slug, 'cotation.yaml')))
  .map((slug) => ({ slug, ...loadCotationGrid(join(root, slug)) }));

/** The valid real grids. */
export const realGrids: { slug: string; grid: Grid }[] = gridFiles.flatMap((g) =>
  g.grid ? [{ slug: g.slug, grid: g.grid }] : [],
);
