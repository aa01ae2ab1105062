/**
 * The files of /admin/: the page that starts the CMS, the small script run before it, and its config.yml. The
 * CMS script, its fonts and its translations are copied from the installed npm package by the build
 * (self-contained.ts: no CDN, nothing is loaded from another site).
 */
import { stringify } from 'yaml';
import type { CmsConfig } from './cms-types.ts';
import { adminContentSecurityPolicy } from './self-contained.ts';
import { escapeHtml } from '../format/index.ts';

/** File name of the CMS script inside /admin/. */
export const CMS_SCRIPT = 'sveltia-cms.js';

/** File name of the script run before the CMS. */
export const START_SCRIPT = 'demarrage.js';

/**
 * Run before the CMS: the interface speaks French. Sveltia CMS has no configuration option for its language
 * (it follows the browser, then the person's own choice in its settings): the choice is written for the person
 * when they have made none, and a choice they make later is kept.
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
 * then the start script and the CMS script from the same folder.
 */
export function adminPage(territoryName: string, backend: CmsConfig['backend']): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminContentSecurityPolicy(backend))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>Interface d’édition – ${escapeHtml(territoryName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>L’interface d’édition a besoin de JavaScript.</noscript>
<script src="${START_SCRIPT}"></script>
<script src="${CMS_SCRIPT}"></script>
</body>
</html>
`;
}
