/**
 * Steps that run on the built site before it replaces dist/ (search index, leaflets…).
 * Each feature adds its step here; a step that throws stops the build and nothing is published.
 */
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';
import { copyLeafletFiles } from './leaflets-step.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeAdminFiles } from './admin-step.ts';

/** What a post-build step receives. */
export interface PostBuildContext {
  /** Folder of the freshly built site (not yet published). */
  siteDir: string;
  dataset: TerritoryDataset;
  /** Project root. */
  root: string;
  /** Folder of the leaflet PDFs rendered before the site (scripts/leaflets-step.ts). */
  leafletsDir: string;
  /** Leaves Pagefind's process running for the next build of a batch (closed by `closeSearchIndex`). */
  keepSearchOpen?: boolean;
}

/** Runs every post-build step in order. */
export async function postBuildSteps(ctx: PostBuildContext): Promise<void> {
  copyLeafletFiles(ctx.leafletsDir, ctx.siteDir);
  // The search index comes last: it must see every page the other steps add.
  await buildSearchIndex(ctx.siteDir, { keepOpen: ctx.keepSearchOpen ?? false });
  // After the search index and outside the sitemap: the editing interface is not a public page.
  writeAdminFiles(ctx.siteDir, ctx.dataset, ctx.root);
}
