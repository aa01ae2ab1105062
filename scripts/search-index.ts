/**
 * Post-build step: Pagefind indexes the built pages (French stemming) into <site>/pagefind/, so the
 * search works on any static host without a server. Only the main content of each page is indexed
 * (`data-pagefind-body` on <main>); the 404 page is left out.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the search index of the site in `siteDir`. Throws when Pagefind reports an error. With `keepOpen`,
 * Pagefind's process stays running for the next site of a batch: call `closeSearchIndex` at the end.
 */
export async function buildSearchIndex(siteDir: string, { keepOpen = false } = {}): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index) throw new Error(`Pagefind n'a pas démarré : ${errors.join(' ; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: '**/index.html' });
    if (added.errors.length) throw new Error(`Index de recherche : ${added.errors.join(' ; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Index de recherche : ${written.errors.join(' ; ')}`);
    return added.page_count;
  } finally {
    if (index) await index.deleteIndex();
    if (!keepOpen) await pagefind.close();
  }
}

/** Stops Pagefind's process, after the last site of a batch. */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}
