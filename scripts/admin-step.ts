/**
 * Post-build step: writes /admin/ (page, config.yml, the Sveltia CMS script copied from node_modules) when
 * the territory enables `admin:`; otherwise writes nothing, so no admin file is ever published by accident.
 * ILS_ADMIN_TEST_BACKEND=1 (browser tests only) uses the CMS's in-browser test backend.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';
import { adminConfig, adminPage, configYaml, CMS_SCRIPT } from '../src/lib/admin/index.ts';
import { runContext } from '../src/run-context.ts';

/** Writes the admin files; returns false when the territory has no `admin:` settings. */
export function writeAdminFiles(siteDir: string, dataset: TerritoryDataset, root: string): boolean {
  const context = runContext();
  const territoriesDir = relative(root, context.territoriesDir).split(sep).join('/');
  const config = adminConfig(dataset.slug, dataset.settings, {
    layout: {
      territoriesDir: territoriesDir.startsWith('..') ? 'data/territories' : territoriesDir,
      contentDir: 'content',
    },
    testBackend: context.adminTestBackend,
  });
  if (!config) return false;
  const dir = join(siteDir, 'admin');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.yml'), configYaml(config));
  writeFileSync(join(dir, 'index.html'), adminPage(dataset.settings.name));
  // The package's own browser bundle, resolved from the project: same version as package-lock.json.
  const require = createRequire(join(root, 'package.json'));
  const dist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');
  copyFileSync(join(dist, CMS_SCRIPT), join(dir, CMS_SCRIPT));
  // Chunks loaded on demand (preview templates) are looked for next to the script before any CDN.
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  for (const chunk of readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')))
    copyFileSync(join(dist, 'chunks', chunk), join(dir, 'chunks', chunk));
  return true;
}
