/** Glossary of the site: schema, loading, term matching and the Markdown plugin that marks first uses. */
export { glossaryEntrySchema, glossarySchema, type GlossaryEntry } from './schema.ts';
export { loadGlossary, acronymsOf, acronymWords, GLOSSARY_FILE } from './load.ts';
export { termFinder, type TermMatch } from './match.ts';
export {
  glossaryTermsPlugin,
  linkTerms,
  wordsBox,
  insideSkipped,
  type TermsOptions,
  type HNode,
  type HastContext,
} from './hast-terms.ts';
