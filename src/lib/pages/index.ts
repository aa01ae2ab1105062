/**
 * Content pages (MDX in FALC): the schema of their front matter, shared by Astro and the editing interface,
 * and what a page may contain (no code, no foreign tag, no unsafe address).
 */
export { pageSchema } from './schema.ts';
export { PAGE_COMPONENTS, unsafePageFindings, isSafePageLink, isCommentOnly } from './safe-mdx.ts';
export { mdxSyntaxDiagnostic } from './mdx-syntax.ts';
export { safePagesGuard, pageBody, FRONT_MATTER } from './guard.ts';
export { foldSectionsPlugin, foldedSections, foldSection, sectionsKeptOpen } from './hast-fold.ts';
