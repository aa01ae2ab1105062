/**
 * Builds a territory once per test process into a temporary folder and returns its path, so several test
 * files reading the same site do not rebuild it. When the run provides a shared folder (the browser tests'
 * global setup, shared-builds.ts), a site is built once for the whole run: the first file to need it builds it
 * there, under a lock, and the others wait for it and read the same folder.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { runScript } from './run-cli.ts';
import { FIXTURE_TERRITORIES, TERRITORIES } from './paths.ts';

const built = new Map<string, string>();

/** Builds `slug` (a fixture when `fixture` is true) and returns the output folder. Throws on failure. */
export function buildSite(slug: string, { fixture = false, fresh = false } = {}): string {
  const key = `${fixture}:${slug}`;
  const existing = built.get(key);
  if (existing && !fresh) return existing;
  const shared = fresh ? undefined : inject('sharedBuildsDir');
  const out = shared
    ? buildShared(join(shared, `${fixture ? 'fixture' : 'territory'}-${slug}`), slug, fixture)
    : build(join(mkdtempSync(join(tmpdir(), `ils-${slug}-`)), 'dist'), slug, fixture);
  if (!fresh) built.set(key, out);
  return out;
}

function build(out: string, slug: string, fixture: boolean): string {
  const r = runScript('build', ['--out', out], {
    TERRITORY: slug,
    TERRITORIES_DIR: fixture ? FIXTURE_TERRITORIES : TERRITORIES,
  });
  if (r.status !== 0) throw new Error(`La construction de ${slug} a échoué :\n${r.stderr}\n${r.stdout}`);
  return out;
}

/**
 * Builds into `folder`/dist unless another test process of the run already did or is doing it. Creating the
 * folder is the lock (mkdir is atomic); `done` or `failed` says the build ended; `owner` names the process
 * building, so that a process that died while building does not leave the others waiting forever.
 */
function buildShared(folder: string, slug: string, fixture: boolean): string {
  const out = join(folder, 'dist');
  const done = join(folder, 'done');
  const failed = join(folder, 'failed');
  const owner = join(folder, 'owner');
  for (;;) {
    if (existsSync(done)) return out;
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    if (claim(folder, owner)) {
      try {
        build(out, slug, fixture);
      } catch (error) {
        writeFileSync(failed, error instanceof Error ? error.message : String(error));
        throw error;
      }
      writeFileSync(done, '');
      return out;
    }
    // Another process holds the lock: wait for its build without spinning the processor.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

/** Takes the lock of `folder`; a folder left by a process that is gone is moved aside, and the lock taken anew. */
function claim(folder: string, owner: string): boolean {
  try {
    mkdirSync(folder);
    writeFileSync(owner, String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const pid = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : '');
  if (!pid || alive(pid) || existsSync(join(folder, 'done')) || existsSync(join(folder, 'failed'))) return false;
  try {
    // One rename wins: only one waiting process rebuilds.
    renameSync(folder, `${folder}.abandoned-${process.pid}`);
  } catch {
    return false;
  }
  return claim(folder, owner);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
