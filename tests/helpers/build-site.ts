/**
 * Builds a territory once per test process into a temporary folder and returns its path, so several test
 * files reading the same site do not rebuild it.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runScript } from './run-cli.ts';
import { FIXTURE_TERRITORIES, TERRITORIES } from './paths.ts';

const built = new Map<string, string>();

/** Builds `slug` (a fixture when `fixture` is true) and returns the output folder. Throws on failure. */
export function buildSite(slug: string, { fixture = false, fresh = false } = {}): string {
  const key = `${fixture}:${slug}`;
  const existing = built.get(key);
  if (existing && !fresh) return existing;
  const out = join(mkdtempSync(join(tmpdir(), `ils-${slug}-`)), 'dist');
  const r = runScript('build', ['--out', out], {
    TERRITORY: slug,
    TERRITORIES_DIR: fixture ? FIXTURE_TERRITORIES : TERRITORIES,
  });
  if (r.status !== 0) throw new Error(`La construction de ${slug} a échoué :\n${r.stderr}\n${r.stdout}`);
  if (!fresh) built.set(key, out);
  return out;
}

/** Every file of a folder, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** HTML of a page of a built site, from its URL path ("/communes/thiers/"). */
export function readPage(dir: string, path: string): string {
  return readFileSync(join(dir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** URL paths listed in the built sitemap. */
export function sitemapPaths(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
  );
  return [...new Set(paths)].sort();
}
