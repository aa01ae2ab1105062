/**
 * The files of /admin/: the page that starts the CMS, the small script run before it, and its config.yml. The
 * CMS script, its fonts and its translations are copied from the installed npm package by the build
 * (self-contained.ts: no CDN, nothing is loaded from another site).
 */
import { stringify } from 'yaml';
import type { CmsConfig } from './cms-types.ts';
import { adminContentSecurityPolicy } from './self-contained.ts';
import { escapeHtml } from '../format/index.ts';
import { POSITION_SCRIPT } from './position-widget.ts';

/** File name of the CMS script inside /admin/. */
export const CMS_SCRIPT = 'sveltia-cms.js';

/** File name of the script run before the CMS. */
export const START_SCRIPT = 'demarrage.js';

/** File of the demonstration: the repository's files the interface edits, by path, put in the browser. */
export const DEMO_FILES = 'depot-de-demonstration.json';

/**
 * Run before the CMS. First, the interface speaks French: Sveltia CMS has no configuration option for its
 * language (it follows the browser, then the person's own choice in its settings), so the choice is written for
 * the person when they have made none, and a choice they make later is kept. Then, with the in-browser test
 * backend (a demonstration, or the browser tests), the territory's files are put where that backend reads them
 * (the browser's private storage) unless an earlier visit left its own copy there; only then is the CMS started,
 * so that it never opens an empty repository. The CMS is started by the script of the desks' address search,
 * once that field type is registered (position-widget.ts).
 */
export const START_SCRIPT_TEXT = `// Écrit par la construction du site : l’interface d’édition s’ouvre en français.
(() => {
  const key = 'sveltia-cms.prefs';
  try {
    const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
    if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'fr' }));
  } catch {
    // Private browsing without storage: the CMS then follows the browser's language.
  }
  // The CMS starts once the address search of the desks is registered (position.js calls CMS.init()).
  window.CMS_MANUAL_INIT = true;
  const load = (src, then) => {
    const script = document.createElement('script');
    script.src = src;
    if (then) script.onload = then;
    document.body.append(script);
  };
  const start = () => load('${CMS_SCRIPT}', () => load('${POSITION_SCRIPT}'));
  const seed = async () => {
    const response = await fetch('${DEMO_FILES}');
    if (!response.ok) return;
    const files = await response.json();
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
    for await (const name of repo.keys()) if (name) return;
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  };
  if (document.documentElement.dataset.demonstration === 'oui') seed().catch(() => {}).finally(start);
  else start();
})();
`;

/** config.yml text, with a header saying it is generated. */
export function configYaml(config: CmsConfig): string {
  const header = [
    '# Fichier écrit par « npm run build » à partir des schémas du projet : ne le modifiez pas à la main.',
    '# Les réglages de l’interface sont dans la rubrique « admin » de territory.yaml.',
  ].join('\n');
  return `${header}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/**
 * The admin page: French title, no indexing, a policy that forbids any outside request but the git backend,
 * then the start script, which starts the CMS script from the same folder.
 */
export function adminPage(territoryName: string, backend: CmsConfig['backend']): string {
  const demonstration = backend.name === 'test-repo';
  return `<!doctype html>
<html lang="fr"${demonstration ? ' data-demonstration="oui"' : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminContentSecurityPolicy(backend))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>${demonstration ? 'Démonstration – ' : ''}Interface d’édition – ${escapeHtml(territoryName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>L’interface d’édition a besoin de JavaScript.</noscript>
<script src="${START_SCRIPT}"></script>
</body>
</html>
`;
}
