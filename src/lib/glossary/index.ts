/** Glossary of the site: schema, loading, term matching and the rehype plugin that marks first uses. */
export { glossaryEntrySchema, glossarySchema, type GlossaryEntry } from './schema.ts';
export { loadGlossary, acronymsOf, GLOSSARY_FILE } from './load.ts';
export { termFinder, type TermMatch } from './match.ts';
export { rehypeGlossaryTerms, type RehypeTermsOptions } from './rehype-terms.ts';
