/**
 * Cache of the figures, one entry per territory, keyed by the content hash of every input: the cache format,
 * the source files, the settings that change the figures, every module of the code that computes them and the
 * version of the commune data. Written to a temporary file then renamed, so a stopped build never leaves half
 * a cache; writing an entry removes the territory's older ones.
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { resolveInside } from '../diagnostics/index.ts';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Territory } from '../territory/index.ts';
import type { DatasetFigures } from './types.ts';
import { PREVIOUS_PUBLICATION } from './previous-publication.ts';

/** What is cached: the figures and the warnings found while reading, to print them again. */
export interface CachedFigures {
  figures: DatasetFigures;
  diagnostics: Diagnostic[];
}

/** Changed whenever the shape of a cache entry changes, so older entries are never read. */
export const CACHE_FORMAT = 4;

/** Where the figures are computed: the key covers this module and every module it imports, transitively. */
const FIGURES_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'sources.ts');

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g;

/** Every local module reached from `entry` through relative imports, sorted. */
export function codeFiles(entry: string = FIGURES_ENTRY): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

/** Version of the commune list (@etalab/decoupage-administratif): a new list can change the communes' figures. */
export function communeDataVersion(): string {
  const pkg = createRequire(import.meta.url)('@etalab/decoupage-administratif/package.json') as { version: string };
  return pkg.version;
}

async function hashFile(path: string, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

/** Hash of the inputs of the figures; a changed byte anywhere gives a new key. */
export async function figuresKey(territory: Territory): Promise<string> {
  const hash = createHash('sha256');
  const lib = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const f of codeFiles()) {
    hash.update(`\u0000${f.slice(lib.length)}\u0000`);
    hash.update(readFileSync(f));
  }
  hash.update(
    JSON.stringify({
      format: CACHE_FORMAT,
      communeData: communeDataVersion(),
      threshold: territory.settings.secrecyThreshold,
      maskStockCounts: territory.settings.maskStockCounts,
      siren: territory.settings.siren,
      sources: territory.settings.sources,
      communes: territory.communes.map((c) => c.code),
    }),
  );
  for (const s of territory.settings.sources) {
    // A path leading outside the territory is refused by the read: it is never opened, not even to hash it.
    const where = resolveInside(territory.dir, join(territory.dir, 'sources'), s.file);
    hash.update(`\u0000${s.file}\u0000`);
    if (where.kind === 'inside') await hashFile(where.path, hash);
  }
  // The previous publication changes what the protection keeps.
  const previous = join(territory.dir, PREVIOUS_PUBLICATION);
  hash.update(`\u0000${PREVIOUS_PUBLICATION}\u0000`);
  if (existsSync(previous)) await hashFile(previous, hash);
  return hash.digest('hex').slice(0, 32);
}

const entryFile = (dir: string, slug: string, key: string) => join(dir, `figures-${slug}-${key}.json`);

/** The cached figures for this key, or undefined. */
export function readCache(dir: string, slug: string, key: string): CachedFigures | undefined {
  const file = entryFile(dir, slug, key);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedFigures;
  } catch {
    return undefined;
  }
}

/** Writes a file whole or not at all: a temporary file, then a rename (a stopped build leaves no half entry). */
export function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Stores figures under this key (temporary file, then rename) and removes the territory's other entries. */
export function writeCache(dir: string, slug: string, key: string, value: CachedFigures): void {
  mkdirSync(dir, { recursive: true });
  const file = entryFile(dir, slug, key);
  writeAtomically(file, JSON.stringify(value));
  // A key is 32 hex digits: another territory whose slug starts with this one never matches.
  const stale = new RegExp(`^figures-${slug.replace(/[^a-z0-9]/gi, '\\$&')}-[0-9a-f]{32}\\.json$`);
  for (const f of readdirSync(dir)) if (stale.test(f) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
}
