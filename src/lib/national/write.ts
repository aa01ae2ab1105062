/**
 * Writes by content: a file whose bytes would not change is not touched (its date stays), so a second run
 * on the same national file rewrites nothing and a new vintage rewrites only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What happened to one file. */
export type WriteStatus = 'created' | 'updated' | 'unchanged';

/** SHA-256 of a text, in hexadecimal. */
export function contentHash(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Writes `text` to `path` unless the file already holds exactly these bytes; atomic (temporary file, then rename). */
export function writeIfChanged(path: string, text: string): WriteStatus {
  const exists = existsSync(path);
  if (exists && contentHash(readFileSync(path)) === contentHash(text)) return 'unchanged';
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return exists ? 'updated' : 'created';
}
