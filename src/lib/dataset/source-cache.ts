/**
 * Cache of each source file's read, below the cache of the whole figures: when one file changes (the
 * yearly update adds a millésime), the others, among them the large RPLS files, are not read again. An
 * entry is keyed by the cache format, the file's bytes, its entry in territory.yaml, the communes, the
 * version of the commune data and every module of its reader. Entries are written by `commitSources`,
 * only once the whole figures were built without error (a failed build writes nothing); it also removes
 * the territory's entries that build did not use: older keys, sources no longer listed.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors, type Diagnostic } from '../diagnostics/index.ts';
import type { SourceEntry } from '../territory/index.ts';
import { CACHE_FORMAT, codeFiles, communeDataVersion, writeAtomically } from './cache.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Entry module of the reader of each kind of source: the key covers it and what it imports. */
const READERS: Record<SourceEntry['kind'], string> = {
  rpls: join(here, '../rpls/index.ts'),
  demande: join(here, '../demand/index.ts'),
  indicateurs: join(here, '../mapping/index.ts'),
  positionnement: join(here, '../mapping/index.ts'),
};

/** Where entries go, and the territory they belong to. */
export interface SourceCache {
  dir: string;
  slug: string;
  /** Entry files used by this build, for `commitSources`. */
  used: Set<string>;
  /** Reads of this build not yet written, by entry file. */
  pending: Map<string, unknown>;
}

/** What identifies one read besides the file's bytes. */
export interface SourceRead {
  entry: SourceEntry;
  path: string;
  display: string;
  communes: readonly string[];
  /** SIREN of the territory: a layout with a row per level reads the territory's own row by it. */
  territoryCode?: string;
}

const prefix = (slug: string) => `source-${slug}-`;
const stem = (slug: string, entry: SourceEntry) => `${prefix(slug)}${entry.kind}-${entry.millesime}-`;
/** A key is 32 hex digits, so that another territory whose slug starts with this one never matches. */
const ENTRY = /-[0-9a-f]{32}\.json$/;

async function keyOf(read: SourceRead): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      format: CACHE_FORMAT,
      communeData: communeDataVersion(),
      entry: read.entry,
      display: read.display,
      communes: read.communes,
      territoryCode: read.territoryCode,
    }),
  );
  for (const f of codeFiles(READERS[read.entry.kind])) {
    hash.update(`\u0000${f.slice(here.length)}\u0000`);
    hash.update(readFileSync(f));
  }
  hash.update('\u0000file\u0000');
  for await (const chunk of createReadStream(read.path)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 32);
}

// Reads hold Maps (per commune, per typology): JSON keeps them as tagged lists of entries.
const replacer = (_: string, v: unknown) => (v instanceof Map ? { $map: [...(v as Map<unknown, unknown>)] } : v);
const reviver = (_: string, v: unknown) =>
  v !== null && typeof v === 'object' && Array.isArray((v as { $map?: unknown }).$map)
    ? new Map((v as { $map: [unknown, unknown][] }).$map)
    : v;

/**
 * The result of `read` for this source: from the cache when the same file was read the same way before,
 * else read now (and kept when it has no error).
 */
export async function cachedRead<T extends { diagnostics: Diagnostic[] }>(
  cache: SourceCache | undefined,
  what: SourceRead,
  read: () => Promise<T>,
): Promise<T> {
  if (!cache) return read();
  const file = join(cache.dir, `${stem(cache.slug, what.entry)}${await keyOf(what)}.json`);
  cache.used.add(file);
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'), reviver) as T;
    } catch {
      // A damaged entry is read again below and replaced.
    }
  }
  const value = await read();
  if (!hasErrors(value.diagnostics)) cache.pending.set(file, value);
  return value;
}

/**
 * Writes the reads of a successful build (temporary file, then rename) and removes the territory's
 * entries it did not use: older keys of the same sources, sources removed from territory.yaml.
 */
export function commitSources(cache: SourceCache): void {
  if (cache.pending.size > 0) mkdirSync(cache.dir, { recursive: true });
  for (const [file, value] of cache.pending) {
    writeAtomically(file, JSON.stringify(value, replacer));
  }
  cache.pending.clear();
  if (!existsSync(cache.dir)) return;
  for (const f of readdirSync(cache.dir)) {
    const path = join(cache.dir, f);
    if (f.startsWith(prefix(cache.slug)) && ENTRY.test(f) && !cache.used.has(path)) {
      // Only entries of this territory's kinds: « source-<slug>-rpls-2023-<key>.json ».
      const rest = f.slice(prefix(cache.slug).length);
      if (/^(rpls|demande|indicateurs|positionnement)-\d{4}-[0-9a-f]{32}\.json$/.test(rest))
        rmSync(path, { force: true });
    }
  }
}
