#!/usr/bin/env node
// `npm run lockfile`: after any `npm install`, run this so that `npm ci` works everywhere.
// The registry mirror of this workplace does not serve every platform build of native packages
// (Astro compiler, Pagefind), so npm leaves them out of package-lock.json and `npm ci` then refuses the lock.
// Adds lock entries for platform packages the registry mirror does not serve, so `npm ci` accepts the lock.
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split('/').pop();
  const os = /darwin/.test(n)
    ? 'darwin'
    : /win32|windows/.test(n)
      ? 'win32'
      : /android/.test(n)
        ? 'android'
        : /freebsd/.test(n)
          ? 'freebsd'
          : /wasm32|wasi/.test(n)
            ? null
            : 'linux';
  const cpu = /arm64|aarch64/.test(n) ? 'arm64' : /x64/.test(n) ? 'x64' : /wasm32/.test(n) ? 'wasm32' : null;
  return { os, cpu };
};
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const candidates = [`${path ? path + '/' : ''}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pk[c])) continue;
    const { os, cpu } = platform(dep);
    const e = { version: version.replace(/^[\^~]/, ''), dev: true, optional: true };
    if (os) e.os = [os];
    if (cpu) e.cpu = [cpu];
    pk[`node_modules/${dep}`] = e;
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`entrées ajoutées : ${added}`);
