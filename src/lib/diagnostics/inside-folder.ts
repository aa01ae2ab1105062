/**
 * A path written in a settings file must stay inside its folder: `../` into another territory, an absolute
 * path or a symbolic link pointing elsewhere would publish any file of the machine.
 */
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where a written path leads: inside the folder (with its real path), outside, or nowhere yet. */
export type InsideFolder =
  | { kind: 'inside'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'outside'; path: string; through: 'path' | 'link' };

function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Resolves `written` against `base` and checks it stays inside `folder` (symbolic links followed). */
export function resolveInside(folder: string, base: string, written: string): InsideFolder {
  const path = resolve(base, written);
  if (isAbsolute(written) || !contains(resolve(folder), path)) return { kind: 'outside', path, through: 'path' };
  if (!existsSync(path)) return { kind: 'missing', path };
  const real = realpathSync(path);
  return contains(realpathSync(folder), real)
    ? { kind: 'inside', path: real }
    : { kind: 'outside', path: real, through: 'link' };
}
