/**
 * The files of /admin/: the page that starts the CMS and its config.yml. The CMS script itself is copied
 * from the installed npm package by the build (no CDN: nothing is loaded from another site).
 */
import { stringify } from 'yaml';
import type { CmsConfig } from './cms-types.ts';
import { escapeHtml } from '../format/index.ts';

/** File name of the CMS script inside /admin/. */
export const CMS_SCRIPT = 'sveltia-cms.js';

/** config.yml text, with a header saying it is generated. */
export function configYaml(config: CmsConfig): string {
  const header = [
    '# Fichier écrit par « npm run build » à partir des schémas du projet : ne le modifiez pas à la main.',
    '# Les réglages de l’interface sont dans la rubrique « admin » de territory.yaml.',
  ].join('\n');
  return `${header}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** The admin page: French title, no indexing, the CMS script from the same folder. */
export function adminPage(territoryName: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Interface d’édition – ${escapeHtml(territoryName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>L’interface d’édition a besoin de JavaScript.</noscript>
<script src="${CMS_SCRIPT}"></script>
</body>
</html>
`;
}
