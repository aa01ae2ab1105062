/**
 * /admin/ served by the site alone: the CMS bundle's font and translation addresses rewritten to the site's own
 * copies, a policy that allows no other outside host than the git backend, and a configuration that the CMS's own
 * JSON Schema accepts (the CMS warns in the console about any option it does not know, and ignores it: French
 * commit messages written under a wrong key were silently lost).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import {
  adminConfig,
  adminContentSecurityPolicy,
  adminPage,
  selfContainedCms,
  START_SCRIPT_TEXT,
  POSITION_SCRIPT_TEXT,
  type CmsConfig,
} from '../../src/lib/admin/index.ts';
import { loadTerritory, type TerritorySettings } from '../../src/lib/territory/index.ts';
import { FIXTURE_TERRITORIES, ROOT } from '../helpers/paths.ts';

const CMS = join(ROOT, 'node_modules', '@sveltia', 'cms');
const version = (JSON.parse(readFileSync(join(CMS, 'package.json'), 'utf8')) as { version: string }).version;

/** A bundle written by hand with the three kinds of addresses the real one holds. */
const BUNDLE = [
  'a=`https://unpkg.com/@sveltia/cms`,b=`${a}@${v}/locales`;',
  'JW=e=>`https://unpkg.com/${e}`,Kfe={immutable:`^5.1.9`},X=()=>YW(`immutable`,`dist/immutable.es.js`);',
  'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
  'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)',
  'src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)',
].join('\n');

describe('le script de l’interface lit ses polices et ses traductions sur le site', () => {
  test('les adresses des polices et des traductions deviennent des adresses du site', () => {
    const cms = selfContainedCms(BUNDLE, '1.2.3');
    expect(cms.script).toBe(
      [
        'a=`cms`,b=`${a}@${v}/locales`;',
        'JW=e=>`./modules/${e}`,Kfe={immutable:`^5.1.9`},X=()=>YW(`immutable`,`dist/immutable.es.js`);',
        'src:url(fonts/source-sans-3-latin-wght-normal.woff2)',
        'src:url(fonts/noto-mono-latin-400-normal.woff2)',
        'src:url(fonts/material-symbols-outlined-latin-wght-normal.woff2)',
      ].join('\n'),
    );
    expect(cms.fonts.map((f) => f.file)).toEqual([
      'fonts/source-sans-3-latin-wght-normal.woff2',
      'fonts/noto-mono-latin-400-normal.woff2',
      'fonts/material-symbols-outlined-latin-wght-normal.woff2',
    ]);
    expect(cms.localesDir).toBe('cms@1.2.3/locales');
    // Modules imported on demand (immutable, for the address search field) are read from /admin/modules/.
    expect(cms.modules).toEqual([
      {
        name: 'immutable',
        version: '5.1.9',
        path: 'dist/immutable.es.js',
        file: 'modules/immutable@5.1.9/dist/immutable.es.js',
      },
    ]);
  });

  test('une version du script qui charge autrement ses polices ou ses traductions est refusée', () => {
    expect(() => selfContainedCms(BUNDLE.replace(/material-symbols-outlined/g, 'autre'), '9.9.9')).toThrow(
      'Sveltia CMS 9.9.9 : l’adresse des polices material-symbols-outlined est introuvable dans son script.',
    );
    expect(() => selfContainedCms(BUNDLE.replace('`https://unpkg.com/@sveltia/cms`', '`x`'), '9.9.9')).toThrow(
      'Sveltia CMS 9.9.9 : l’adresse de ses traductions est introuvable dans son script.',
    );
    expect(() => selfContainedCms(BUNDLE.replace('`https://unpkg.com/${e}`', '`x`'), '9.9.9')).toThrow(
      'Sveltia CMS 9.9.9 : l’adresse de ses modules chargés à la demande est introuvable dans son script.',
    );
  });

  test('le script installé : plus aucune police ni traduction lue ailleurs, et chaque police est dans le paquet', () => {
    const cms = selfContainedCms(readFileSync(join(CMS, 'dist', 'sveltia-cms.js'), 'utf8'), version);
    expect(cms.script).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(cms.script).not.toContain('`https://unpkg.com/@sveltia/cms`');
    expect(cms.script).not.toContain('`https://unpkg.com/${e}`');
    // The module the address search field needs is installed with the CMS.
    const immutable = cms.modules.find((m) => m.name === 'immutable');
    expect(immutable?.path).toBe('dist/immutable.es.js');
    expect(cms.fonts.map((f) => f.family).sort()).toEqual(['material-symbols-outlined', 'noto-mono', 'source-sans-3']);
    const assets = readFileSync(join(CMS, 'npm', 'index.js'), 'utf8');
    for (const f of cms.fonts) expect(assets).toContain(`assets/${f.family}-${f.subset}-`);
    expect(readFileSync(join(CMS, 'locales', 'fr.json'), 'utf8')).toContain('"work_with_test_repo"');
  });
});

describe('la politique de sécurité de /admin/', () => {
  const directive = (policy: string, name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.slice(name.length + 1);

  test('dépôt de test : aucune adresse extérieure, sauf le service national des adresses (recherche d’un guichet)', () => {
    const policy = adminContentSecurityPolicy({ name: 'test-repo' });
    expect(directive(policy, 'connect-src')).toBe("'self' data: blob: https://data.geopf.fr");
    expect(directive(policy, 'script-src')).toBe("'self'");
    expect(directive(policy, 'font-src')).toBe("'self'");
    expect(policy.replace(' https://data.geopf.fr', '')).not.toMatch(/https?:/);
  });

  test('GitLab de l’intercommunalité : son API et sa page de connexion, rien d’autre', () => {
    const policy = adminContentSecurityPolicy({
      name: 'gitlab',
      repo: 'habitat/site',
      api_root: 'https://gitlab.mon-epci.fr/api/v4',
      base_url: 'https://gitlab.mon-epci.fr',
    });
    expect(directive(policy, 'connect-src')).toBe(
      "'self' data: blob: https://gitlab.mon-epci.fr https://data.geopf.fr",
    );
  });

  test('GitHub et gitlab.com sans adresse écrite : leurs adresses publiques', () => {
    expect(directive(adminContentSecurityPolicy({ name: 'github', repo: 'a/b' }), 'connect-src')).toBe(
      "'self' data: blob: https://api.github.com https://github.com https://data.geopf.fr",
    );
    expect(directive(adminContentSecurityPolicy({ name: 'gitlab', repo: 'a/b' }), 'connect-src')).toBe(
      "'self' data: blob: https://gitlab.com https://data.geopf.fr",
    );
  });

  test('la page porte la politique avant tout script, puis le script de démarrage qui lance le CMS', () => {
    const page = adminPage('Vallée <de> Chamonix', { name: 'gitlab', repo: 'a/b' });
    expect(page).toContain('<title>Interface d’édition – Vallée &lt;de&gt; Chamonix</title>');
    expect(page).not.toContain('data-demonstration');
    const policy = page.indexOf('http-equiv="Content-Security-Policy"');
    expect(policy).toBeGreaterThan(0);
    expect(page.indexOf('<script')).toBeGreaterThan(policy);
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['demarrage.js']);
    // The CMS waits for the address search field: the start script loads it after the CMS, which it starts.
    expect(START_SCRIPT_TEXT).toContain('window.CMS_MANUAL_INIT = true;');
    expect(START_SCRIPT_TEXT).toContain("load('sveltia-cms.js', () => load('position.js'))");
    expect(POSITION_SCRIPT_TEXT).toContain("window.CMS.registerFieldType('position', PositionControl);");
    expect(POSITION_SCRIPT_TEXT.trimEnd().endsWith('window.CMS.init();\n})();')).toBe(true);
  });

  test('la démonstration est dite dans le titre, et la page le dit au script de démarrage', () => {
    const page = adminPage('Vallée de Chamonix', { name: 'test-repo' });
    expect(page).toContain('<title>Démonstration – Interface d’édition – Vallée de Chamonix</title>');
    expect(page).toContain('<html lang="fr" data-demonstration="oui">');
  });
});

describe('la configuration est valide pour le schéma du CMS', () => {
  const schema = JSON.parse(readFileSync(join(CMS, 'schema', 'sveltia-cms.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const errors = (config: CmsConfig | undefined) => {
    validate(JSON.parse(JSON.stringify(config)));
    return (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`);
  };
  const settings = loadTerritory('admin-chamonix', { territoriesDir: FIXTURE_TERRITORIES }).territory
    ?.settings as TerritorySettings;

  test('GitLab, avec les messages d’enregistrement en français', () => {
    const config = adminConfig('admin-chamonix', settings);
    expect(errors(config)).toEqual([]);
    expect(config?.backend.commit_messages).toMatchObject({
      update: 'Modification de {{collection}} « {{slug}} » depuis l’interface d’édition',
    });
  });

  test('GitHub', () => {
    const github = { ...settings, admin: { backend: 'github' as const, repo: 'habitat/site', branch: 'main' } };
    expect(errors(adminConfig('admin-chamonix', github))).toEqual([]);
  });

  test('le dépôt de test des essais dans le navigateur', () => {
    expect(errors(adminConfig('admin-chamonix', settings, { testBackend: true }))).toEqual([]);
  });

  test('une option inconnue du CMS est bien refusée par ce contrôle', () => {
    const config = adminConfig('admin-chamonix', settings) as CmsConfig;
    expect(errors({ ...config, backend: { ...config.backend, commit_messages_update: 'x' } }).join('\n')).toMatch(
      /additional properties/,
    );
  });
});
