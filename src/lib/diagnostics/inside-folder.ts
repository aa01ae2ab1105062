/**
 * A path written in a settings file must stay inside its folder: `../` into another territory, an absolute
 * path or a symbolic link pointing elsewhere would publish any file of the machine.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a written path leads: a regular file inside the folder (with its real path), something inside that
 * is not a regular file (a folder, a pipe: reading it fails or never ends), outside, or nowhere yet.
 */
export type InsideFolder =
  | { kind: 'inside'; path: string }
  | { kind: 'notFile'; path: string }
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
  if (!contains(realpathSync(folder), real)) return { kind: 'outside', path: real, through: 'link' };
  return statSync(real).isFile() ? { kind: 'inside', path: real } : { kind: 'notFile', path: real };
}

/** An entry of a territory folder that no module may read. */
export interface ForeignEntry {
  /** Path relative to the folder. */
  path: string;
  /** A link leading out of the folder (or nowhere), or a pipe, socket or device, whose reading never ends. */
  kind: 'link' | 'special';
}

/**
 * Every entry under `folder` (its sub-folders included) that no module may read: a symbolic link whose
 * target is outside the folder or missing, and anything that is neither a file, a folder nor a link.
 * Files are read by many modules (pages, desks, grids, sources); checking the whole folder once means none
 * of them can be led to another territory, to the machine's files, or into a read that never ends.
 */
export function foreignEntries(folder: string): ForeignEntry[] {
  const root = realpathSync(folder);
  const out: ForeignEntry[] = [];
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
        if (!target || !contains(root, target)) out.push({ path: relative(folder, path), kind: 'link' });
      } else if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) out.push({ path: relative(folder, path), kind: 'special' });
    }
  };
  walk(folder);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
