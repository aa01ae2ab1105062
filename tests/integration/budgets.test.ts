/** Byte budgets of every page of the default territory (HTML + CSS + JS loaded at first, gzip). */
import { describe, expect, test } from 'vitest';
import { buildSite, sitemapPaths } from '../helpers/build-site.ts';
import { budgetFor, pageWeight } from '../helpers/budget.ts';

describe('budgets de poids des pages', () => {
  test.each(['thiers-dore-montagne', 'grand-paris-grand-est'])('%s : chaque page tient dans son budget', (slug) => {
    const dir = buildSite(slug);
    const over: string[] = [];
    for (const path of sitemapPaths(dir)) {
      const { total, parts } = pageWeight(dir, path);
      if (total > budgetFor(path))
        over.push(`${path} : ${total} octets > ${budgetFor(path)} (${JSON.stringify(parts)})`);
    }
    expect(over).toEqual([]);
  });
});
