/**
 * A path written in a settings file must stay inside its folder: `../` into another territory, an absolute
 * path or a symbolic link pointing elsewhere would publish any file of the machine.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

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

/**
 * Every symbolic link under `folder` (its sub-folders included) whose target is outside it, or missing:
 * paths relative to the folder. Files are read by many modules (pages, desks, grids, sources); checking
 * the whole folder once means none of them can be tricked into reading another territory or the machine.
 */
export function linksLeavingFolder(folder: string): string[] {
  const root = realpathSync(folder);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path);
        } catch {
          target = undefined;
        }
        if (!target || !contains(root, target)) out.push(relative(folder, path));
      } else if (entry.isDirectory()) walk(path);
    }
  };
  walk(folder);
  return out.sort();
}
