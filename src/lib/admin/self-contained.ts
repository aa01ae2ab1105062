/**
 * The editing interface served by the site alone. Sveltia CMS's browser bundle loads its fonts (text, code and
 * the icon font) from a public CDN and its translations from another; the package ships the same fonts and
 * translations. The build copies them into /admin/ and rewrites those addresses in its copy of the bundle, so
 * that /admin/ works in French with every outside host blocked. A Content Security Policy then forbids any other
 * outside request than the configured git backend.
 */
import type { CmsConfig } from './cms-types.ts';
import { ADDRESS_SEARCH_ORIGIN } from './position-widget.ts';

/** A font the CMS asks for, and the name of its local copy in /admin/fonts/. */
export interface CmsFont {
  /** Fontsource package name, e.g. "material-symbols-outlined". */
  family: string;
  /** Fontsource subset file, e.g. "latin-wght-normal". */
  subset: string;
  /** Path from /admin/, e.g. "fonts/material-symbols-outlined-latin-wght-normal.woff2". */
  file: string;
}

/** A module the CMS imports on demand (e.g. `immutable` for custom fields), now served from /admin/modules/. */
export interface CmsModule {
  /** npm package name. */
  name: string;
  /** Version the bundle asks for (its range without the ^). */
  version: string;
  /** File inside the package, e.g. "dist/immutable.es.js". */
  path: string;
  /** Path from /admin/ where the bundle now imports it. */
  file: string;
}

/** The rewritten bundle, the fonts it now loads from /admin/fonts/ and the folder of its translations. */
export interface SelfContainedCms {
  script: string;
  fonts: CmsFont[];
  /** Folder, from /admin/, where the bundle now fetches `<locale>.json`. */
  localesDir: string;
  /** Modules imported on demand, now looked for in /admin/modules/ (copied when the package is installed). */
  modules: CmsModule[];
}

/** The base of the address of modules imported on demand (`https://unpkg.com/<name>@<version>/<file>`). */
const MODULES_BASE = '`https://unpkg.com/${e}`';
/** Each module imported on demand: its name and its file. */
const MODULE_IMPORT = /\(`(@?[a-z0-9][a-z0-9./-]*)`,`([a-zA-Z0-9_./-]+)(?:\?[a-z]+)?`\)/g;

/** Fonts the interface needs: its text, its code and its icons (an icon is a word drawn by this font). */
export const CMS_FONT_FAMILIES = ['source-sans-3', 'noto-mono', 'material-symbols-outlined'] as const;

const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
/** The base of the translations' address, a template literal of its own in the bundle. */
const TRANSLATIONS_BASE = '`https://unpkg.com/@sveltia/cms`';

/**
 * Rewrites the CMS bundle `bundle` of package version `version`. Throws, in French, when the bundle no longer
 * holds the addresses this function knows: a new version of the CMS must be looked at, not published blind.
 */
export function selfContainedCms(bundle: string, version: string): SelfContainedCms {
  const fonts = new Map<string, CmsFont>();
  const script = bundle
    .replace(FONT_URL, (_url, family: string, subset: string) => {
      const font = { family, subset, file: `fonts/${family}-${subset}.woff2` };
      fonts.set(font.file, font);
      return font.file;
    })
    .split(TRANSLATIONS_BASE)
    // Relative: fetch() resolves it from /admin/, so the translations are read at /admin/cms@<version>/locales/
    // and the version check at /admin/cms/package.json.
    .join('`cms`')
    // import() of a classic script resolves from the script's address: /admin/modules/<name>@<version>/<file>.
    .split(MODULES_BASE)
    .join('`./modules/${e}`');
  const missing = CMS_FONT_FAMILIES.filter((f) => ![...fonts.values()].some((font) => font.family === f));
  if (missing.length)
    throw new Error(
      `Sveltia CMS ${version} : l’adresse des polices ${missing.join(', ')} est introuvable dans son script. Vérifiez comment cette version charge ses polices avant de la publier.`,
    );
  if (bundle.split(TRANSLATIONS_BASE).length !== 2)
    throw new Error(
      `Sveltia CMS ${version} : l’adresse de ses traductions est introuvable dans son script. Vérifiez comment cette version charge le français avant de la publier.`,
    );
  if (bundle.split(MODULES_BASE).length !== 2)
    throw new Error(
      `Sveltia CMS ${version} : l’adresse de ses modules chargés à la demande est introuvable dans son script. Vérifiez comment cette version les charge avant de la publier.`,
    );
  const modules = [...bundle.matchAll(MODULE_IMPORT)].flatMap(([, name, path]) => {
    const range = new RegExp(`"?${name!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"?:\`[\\^~]?(\\d+\\.\\d+\\.\\d+)`).exec(
      bundle,
    );
    return range ? [{ name: name!, version: range[1]!, path: path!, file: `modules/${name}@${range[1]}/${path}` }] : [];
  });
  return { script, fonts: [...fonts.values()], localesDir: `cms@${version}/locales`, modules };
}

/** Origins a git backend is reached at: its API and its sign-in page. None for the in-browser test backend. */
export function backendOrigins(backend: CmsConfig['backend']): string[] {
  const origin = (url: unknown) => (typeof url === 'string' ? [new URL(url).origin] : []);
  if (backend.name === 'github')
    return [
      ...new Set([
        ...origin(backend.api_root ?? 'https://api.github.com'),
        ...origin(backend.base_url ?? 'https://github.com'),
      ]),
    ];
  if (backend.name === 'gitlab')
    return [
      ...new Set([
        ...origin(backend.api_root ?? 'https://gitlab.com'),
        ...origin(backend.base_url ?? 'https://gitlab.com'),
      ]),
    ];
  return [];
}

/**
 * The Content Security Policy of /admin/: scripts, fonts and styles from the site only; requests to the site and
 * to the git backend only. The CMS writes its styles at run time, hence 'unsafe-inline' for styles alone.
 */
export function adminContentSecurityPolicy(backend: CmsConfig['backend']): string {
  const git = backendOrigins(backend);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src 'self' data: blob:${git.map((o) => ` ${o}`).join('')}`,
    // The CMS reads its own embedded images (data:) and the files it is about to save (blob:) with fetch(); the
    // desks' address search asks the national address service, from the officer's browser only.
    `connect-src 'self' data: blob:${git.map((o) => ` ${o}`).join('')} ${ADDRESS_SEARCH_ORIGIN}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
