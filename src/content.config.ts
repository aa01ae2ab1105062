/**
 * Content collections: the FALC pages of content/ (territory-neutral), the territory's own pages that
 * add to or replace them (data/territories/<slug>/content/), and the glossary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runContext } from './run-context.ts';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryEntrySchema } from './lib/glossary/index.ts';
// Shared with the editing interface (/admin/), which builds its form from the same schema.
import { pageSchema } from './lib/pages/index.ts';

const localDir = join(runContext().territoryDir, 'content');
/** True when the territory has its own pages (else the territoryPages collection is not read). */
export const hasTerritoryPages = existsSync(localDir);

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }), schema: pageSchema }),
  // A territory without its own pages gets an empty collection rather than a warning.
  territoryPages: defineCollection({
    loader: hasTerritoryPages
      ? glob({ pattern: '*.mdx', base: localDir })
      : { name: 'aucune-page-locale', load: async () => {} },
    schema: pageSchema,
  }),
  glossary: defineCollection({ loader: file('content/glossaire.yaml'), schema: glossaryEntrySchema }),
};
