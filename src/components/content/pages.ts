/**
 * The FALC pages of the site: the pages of content/, where a page of the territory's own content/
 * folder with the same name replaces the shared one and a new name adds a page. Sorted by `order`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasTerritoryPages } from '../../content.config.ts';

/** A FALC page, from either collection. */
export type ContentPage = CollectionEntry<'pages'> | CollectionEntry<'territoryPages'>;

/** Every page to publish, territory versions first. */
export async function contentPages(): Promise<ContentPage[]> {
  const shared = await getCollection('pages');
  const local = hasTerritoryPages ? await getCollection('territoryPages') : [];
  const byId = new Map<string, ContentPage>(shared.map((p) => [p.id, p]));
  for (const p of local) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
