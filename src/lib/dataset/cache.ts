/**
 * Cache of the figures in `.cache/`, keyed by the content hash of every input (source files, settings
 * that change the figures, the data code itself). Written to a temporary file then renamed, so a stopped
 * build never leaves half a cache.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveInside } from '../diagnostics/index.ts';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Territory } from '../territory/index.ts';
import type { DatasetFigures } from './types.ts';

/** What is cached: the figures and the warnings found while reading, to print them again. */
export interface CachedFigures {
  figures: DatasetFigures;
  diagnostics: Diagnostic[];
}

const CODE_DIRS = ['sources', 'rpls', 'demand', 'mapping', 'indicators', 'dataset'];

async function hashFile(path: string, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

/** Hash of the inputs of the figures; a changed byte anywhere gives a new key. */
export async function figuresKey(territory: Territory): Promise<string> {
  const hash = createHash('sha256');
  const lib = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const dir of CODE_DIRS) {
    for (const f of readdirSync(join(lib, dir)).sort())
      if (f.endsWith('.ts')) hash.update(readFileSync(join(lib, dir, f)));
  }
  hash.update(
    JSON.stringify({
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
  return hash.digest('hex').slice(0, 32);
}

/** The cached figures for this key, or undefined. */
export function readCache(dir: string, slug: string, key: string): CachedFigures | undefined {
  const file = join(dir, `figures-${slug}-${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedFigures;
  } catch {
    return undefined;
  }
}

/** Stores figures under this key (temporary file, then rename). */
export function writeCache(dir: string, slug: string, key: string, value: CachedFigures): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `figures-${slug}-${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
