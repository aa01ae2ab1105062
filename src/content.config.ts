/**
 * Content collections: the FALC pages of content/ (territory-neutral), the territory's own pages that
 * add to or replace them (data/territories/<slug>/content/), and the glossary.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossaryEntrySchema } from './lib/glossary/index.ts';

/** Front matter of a FALC page. */
const pageSchema = z.strictObject({
  /** Title of the page, in FALC: it is the h1. */
  title: z.string().min(1),
  /** One FALC sentence: shown in lists of pages and to search engines. */
  description: z.string().min(1),
  /** Place in the list of pages (smallest first). */
  order: z.number().int(),
  /** Who the page is mainly for. */
  audience: z.enum(['tous', 'demandeurs', 'locataires-hlm', 'personnes-sans-logement']).default('tous'),
  /** Date of the last check of the facts against the law and the seeds. */
  lastReview: z.coerce.date(),
  /** Review by readers with intellectual disabilities: only then may the European easy-to-read logo appear. */
  falcReview: z.strictObject({
    /** Who reviewed, e.g. the name of the group of readers. */
    by: z.string().min(1),
    /** When. */
    date: z.coerce.date(),
  }).optional(),
  /** Short label for menus, when the title is too long. */
  navLabel: z.string().optional(),
});

const territory = process.env.TERRITORY || 'thiers-dore-montagne';
const territoriesDir = process.env.TERRITORIES_DIR || 'data/territories';
const localDir = `${territoriesDir}/${territory}/content`;
/** True when the territory has its own pages (else the territoryPages collection is not read). */
export const hasTerritoryPages = existsSync(localDir);

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }), schema: pageSchema }),
  // A territory without its own pages gets an empty collection rather than a warning.
  territoryPages: defineCollection({
    loader: hasTerritoryPages ? glob({ pattern: '*.mdx', base: localDir }) : { name: 'aucune-page-locale', load: async () => {} },
    schema: pageSchema,
  }),
  glossary: defineCollection({ loader: file('content/glossaire.yaml'), schema: glossaryEntrySchema }),
};
