/** `npm ci` refuses a lock file that lacks an optional platform package: guard against it here. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

test('le fichier package-lock.json contient chaque dépendance optionnelle (sinon lancez npm run lockfile)', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      if (!lock.packages[`${path ? `${path}/` : ''}node_modules/${dep}`] && !lock.packages[`node_modules/${dep}`])
        missing.push(dep);
    }
  }
  expect(missing).toEqual([]);
});
