/** Content pages (MDX in FALC): the schema of their front matter, shared by Astro and the editing interface. */
export { pageSchema } from './schema.ts';
