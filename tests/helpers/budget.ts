/**
 * Byte budgets per page type: HTML + CSS + JavaScript the page loads at first, gzip-compressed.
 * Fonts and lazily loaded islands (imported on demand) are not counted: they have budgets of their own.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Budgets in bytes, first matching prefix wins (most specific first). */
export const BUDGETS: [prefix: string, bytes: number][] = [
  ['/communes/', 60_000],
  ['/', 90_000],
];

/** Compressed weight of a built page and the assets it references directly. */
export function pageWeight(dir: string, path: string): { total: number; parts: Record<string, number> } {
  const htmlFile = join(dir, path, 'index.html');
  const html = readFileSync(htmlFile);
  const parts: Record<string, number> = { [path]: gzipSync(html).length };
  const text = html.toString('utf8');
  const refs = [
    ...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...text.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  for (const ref of refs) {
    if (!ref.startsWith('/')) continue;
    const file = join(dir, ref);
    if (existsSync(file)) parts[ref] = gzipSync(readFileSync(file)).length;
  }
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

/** Budget of a URL path. */
export function budgetFor(path: string): number {
  return BUDGETS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 90_000;
}
