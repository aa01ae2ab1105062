/**
 * Post-build step: writes /admin/ (page, start script, config.yml, the Sveltia CMS script with its fonts and
 * translations, all copied from node_modules) when the territory enables `admin:`; otherwise writes nothing, so
 * no admin file is ever published by accident. ILS_ADMIN_TEST_BACKEND=1 (browser tests only) uses the CMS's
 * in-browser test backend.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';
import {
  adminConfig,
  adminPage,
  configYaml,
  editedPaths,
  selfContainedCms,
  DEMO_FILES,
  CMS_SCRIPT,
  START_SCRIPT,
  START_SCRIPT_TEXT,
  POSITION_SCRIPT,
  POSITION_SCRIPT_TEXT,
} from '../src/lib/admin/index.ts';
import { runContext } from '../src/run-context.ts';

/** Writes the admin files; returns false when the territory has no `admin:` settings. */
export function writeAdminFiles(siteDir: string, dataset: TerritoryDataset, root: string): boolean {
  const context = runContext();
  const relativeDir = relative(root, context.territoriesDir).split(sep).join('/');
  const territoriesDir = relativeDir.startsWith('..') ? 'data/territories' : relativeDir;
  const config = adminConfig(dataset.slug, dataset.settings, {
    layout: { territoriesDir, contentDir: 'content' },
    testBackend: context.adminTestBackend,
  });
  if (!config) return false;
  const dir = join(siteDir, 'admin');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.yml'), configYaml(config));
  writeFileSync(join(dir, 'index.html'), adminPage(dataset.settings.name, config.backend));
  writeFileSync(join(dir, START_SCRIPT), START_SCRIPT_TEXT);
  writeFileSync(join(dir, POSITION_SCRIPT), POSITION_SCRIPT_TEXT);
  // The in-browser test backend (a demonstration) opens a copy of the files the interface edits.
  if (config.backend.name === 'test-repo') {
    const onDisk = (path: string) =>
      path.startsWith(`${territoriesDir}/`)
        ? join(context.territoriesDir, path.slice(territoriesDir.length + 1))
        : join(root, path);
    const { files, folders } = editedPaths(config);
    const paths = [
      ...files,
      ...folders.flatMap(({ folder, extension }) =>
        existsSync(onDisk(folder))
          ? readdirSync(onDisk(folder))
              .filter((f) => f.endsWith(`.${extension}`))
              .map((f) => `${folder}/${f}`)
          : [],
      ),
    ].filter((p) => existsSync(onDisk(p)));
    const copy = Object.fromEntries(paths.map((p) => [p, readFileSync(onDisk(p), 'utf8')]));
    writeFileSync(join(dir, DEMO_FILES), JSON.stringify(copy));
  }
  // The package's own files, resolved from the project: same version as package-lock.json.
  const require = createRequire(join(root, 'package.json'));
  const pkg = join(dirname(require.resolve('@sveltia/cms')), '..');
  const version = String(
    (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version?: unknown }).version,
  );
  const cms = selfContainedCms(readFileSync(join(pkg, 'dist', CMS_SCRIPT), 'utf8'), version);
  writeFileSync(join(dir, CMS_SCRIPT), cms.script);
  // Fonts: the package's module build ships them, named `<family>-<subset>-<hash>.woff2`.
  const assets = readdirSync(join(pkg, 'npm', 'assets'));
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  for (const font of cms.fonts) {
    const file = assets.find((f) => f.startsWith(`${font.family}-${font.subset}-`) && f.endsWith('.woff2'));
    if (!file)
      throw new Error(`Sveltia CMS ${version} : la police ${font.family} (${font.subset}) manque dans le paquet.`);
    copyFileSync(join(pkg, 'npm', 'assets', file), join(dir, font.file));
    const license = `${font.family}.LICENSE.txt`;
    if (assets.includes(license)) copyFileSync(join(pkg, 'npm', 'assets', license), join(dir, 'fonts', license));
  }
  // The CMS asks its CDN for its latest version, to offer an update: the site answers with the one it serves.
  mkdirSync(join(dir, 'cms'), { recursive: true });
  writeFileSync(join(dir, 'cms', 'package.json'), JSON.stringify({ name: '@sveltia/cms', version }));
  // Every translation of the interface: French first, and any language the person chooses in its settings.
  mkdirSync(join(dir, cms.localesDir), { recursive: true });
  for (const locale of readdirSync(join(pkg, 'locales')).filter((f) => f.endsWith('.json')))
    copyFileSync(join(pkg, 'locales', locale), join(dir, cms.localesDir, locale));
  // Modules the CMS imports on demand (immutable, for the address search field): the installed copy, at the
  // address the rewritten script asks for. A module the project does not install is not served (the feature
  // that needs it is not used here), and the policy of the page forbids fetching it elsewhere.
  for (const module of cms.modules) {
    const from = [join(pkg, 'node_modules', module.name), join(root, 'node_modules', module.name)]
      .map((base) => join(base, module.path))
      .find((file) => existsSync(file));
    if (!from) continue;
    mkdirSync(dirname(join(dir, module.file)), { recursive: true });
    copyFileSync(from, join(dir, module.file));
  }
  // Chunks loaded on demand (preview templates) are looked for next to the script before any CDN.
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  for (const chunk of readdirSync(join(pkg, 'dist', 'chunks')).filter((f) => f.endsWith('.js')))
    copyFileSync(join(pkg, 'dist', 'chunks', chunk), join(dir, 'chunks', chunk));
  return true;
}
