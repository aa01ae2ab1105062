/**
 * The editing interface's configuration is generated from the schemas: every field the checker accepts in
 * territory.yaml, desks.yaml and orientation.yaml has a form field, with the same nesting.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { parse } from 'yaml';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  adminConfig,
  configYaml,
  OPENING_HOURS_HINT,
  type CmsConfig,
  type CmsField,
} from '../../src/lib/admin/index.ts';
import { loadTerritory, territorySchema, type TerritorySettings } from '../../src/lib/territory/index.ts';
import { deskSchema, orientationSchema } from '../../src/lib/desks/index.ts';
import { FIXTURE_TERRITORIES, TERRITORIES } from '../helpers/paths.ts';

/** Dotted paths of every field of a zod schema, read from zod's own definitions (not from JSON Schema). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return schemaPaths(def.innerType as z.ZodType, prefix);
    case 'pipe':
      return schemaPaths(def.in as z.ZodType, prefix);
    case 'array':
      return schemaPaths(def.element as z.ZodType, prefix ? `${prefix}.*` : '*');
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
        const p = prefix ? `${prefix}.${k}` : k;
        return [p, ...schemaPaths(v, p)];
      });
    default:
      return [];
  }
}

/** Dotted paths of the form fields ("*" for the items of a list; a root list adds no key). */
function fieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const p = f.root ? '*' : prefix ? `${prefix}.${f.name}` : f.name;
    const inner = f.root ? '*' : f.widget === 'list' ? `${p}.*` : p;
    return [...(f.root ? [] : [p]), ...(f.fields ? fieldPaths(f.fields, inner) : [])];
  });
}

function fileFields(config: CmsConfig, name: string): CmsField[] {
  const file = config.collections.flatMap((c) => c.files ?? []).find((f) => f.name === name);
  if (!file) throw new Error(`fichier ${name} absent de la configuration`);
  return file.fields;
}

const fixture = loadTerritory('admin-chamonix', { territoriesDir: FIXTURE_TERRITORIES });
const settings = fixture.territory?.settings as TerritorySettings;
const config = adminConfig('admin-chamonix', settings) as CmsConfig;

describe('configuration de /admin/ tirée des schémas', () => {
  test('le territoire de test active l’interface', () => {
    expect(fixture.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config).toBeDefined();
  });

  test('chaque champ de territory.yaml a son champ de formulaire', () => {
    expect(new Set(fieldPaths(fileFields(config, 'reglages')))).toEqual(new Set(schemaPaths(territorySchema)));
  });

  test('chaque champ d’un guichet a son champ de formulaire', () => {
    expect(new Set(fieldPaths(fileFields(config, 'guichets')))).toEqual(new Set(schemaPaths(deskSchema, '*')));
  });

  test('chaque champ du schéma d’orientation a son champ de formulaire', () => {
    expect(new Set(fieldPaths(fileFields(config, 'orientation')))).toEqual(new Set(schemaPaths(orientationSchema)));
  });

  test('les horaires ont une aide sur la syntaxe et son rendu en français', () => {
    const hours = fileFields(config, 'guichets')[0]?.fields?.find((f) => f.name === 'openingHours');
    expect(hours?.hint).toBe(OPENING_HOURS_HINT);
    expect(hours?.hint).toContain('Mo-Fr 08:30-12:00,13:30-17:00; PH off');
    expect(hours?.hint).toContain('Du lundi au vendredi');
  });

  test('les niveaux de guichet et les choix fermés sont des listes de choix', () => {
    const desk = fileFields(config, 'guichets')[0]?.fields ?? [];
    expect(desk.find((f) => f.name === 'levels')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [1, 2, 3],
    });
    expect(desk.find((f) => f.name === 'kind')).toMatchObject({ widget: 'select' });
    expect(desk.find((f) => f.name === 'street')).toMatchObject({ required: false });
  });

  test('GitLab de l’intercommunalité : dépôt, application et adresses, chaque enregistrement passe par une demande de fusion', () => {
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'habitat/site-logement',
      branch: 'main',
      auth_type: 'pkce',
      app_id: '0123456789abcdef',
      api_root: 'https://gitlab.example.org/api/v4',
      base_url: 'https://gitlab.example.org',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  test('les fichiers de données sont déposés dans sources/ du territoire', () => {
    const sources = fileFields(config, 'reglages').find((f) => f.name === 'sources');
    expect(sources?.fields?.find((f) => f.name === 'file')).toMatchObject({
      widget: 'file',
      media_folder: '/data/territories/admin-chamonix/sources',
    });
  });

  test('les collections couvrent pages, glossaire et rapports annuels', () => {
    const names = config.collections.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['territoire', 'pages', 'glossaire', 'rapports']));
    const pages = config.collections.find((c) => c.name === 'pages');
    expect(pages).toMatchObject({ folder: 'content', extension: 'mdx', format: 'frontmatter' });
    expect(pages?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'description', 'body']));
    // The editor offers nothing that the check of pages refuses: no image, no code block, no italic.
    const body = pages?.fields?.find((f) => f.name === 'body');
    expect(body?.editor_components).toEqual([]);
    expect(body?.buttons).not.toContain('italic');
    expect(body?.buttons).not.toContain('code');
  });

  test('config.yml se relit à l’identique', () => {
    expect(parse(configYaml(config))).toEqual(JSON.parse(JSON.stringify(config)));
  });

  test('GitLab sans identifiant d’application : erreur en français à la rubrique admin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-admin-'));
    cpSync(join(FIXTURE_TERRITORIES, 'admin-chamonix'), join(dir, 'sans-app'), { recursive: true });
    const file = join(dir, 'sans-app', 'territory.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^  appId: .*\n/m, ''));
    const { territory, diagnostics } = loadTerritory('sans-app', { territoriesDir: dir });
    expect(territory).toBeUndefined();
    const line = text.split('\n').indexOf('admin:') + 2;
    expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      {
        line,
        column: 3,
        message: expect.stringContaining('« admin › appId » : identifiant de l’application GitLab attendu'),
      },
    ]);
  });

  test('sans rubrique admin, pas de configuration', () => {
    const mini = loadTerritory('mini-chamonix', { territoriesDir: FIXTURE_TERRITORIES }).territory;
    expect(mini?.settings.admin).toBeUndefined();
    expect(adminConfig('mini-chamonix', mini!.settings)).toBeUndefined();
  });

  test.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
    '%s : la démonstration ouvre l’interface sans compte, avec le dépôt du navigateur',
    (slug) => {
      const real = loadTerritory(slug, { territoriesDir: TERRITORIES }).territory;
      expect(real?.settings.admin).toEqual({ backend: 'demo', branch: 'main' });
      const demo = adminConfig(slug, real!.settings);
      expect(demo?.backend).toEqual({ name: 'test-repo' });
      expect(demo?.publish_mode).toBeUndefined();
      expect(demo?.app_title).toBe(`Démonstration – Interface d’édition – ${real!.settings.name}`);
    },
  );

  test('un vrai dépôt GitLab ou GitHub doit être nommé', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-admin-'));
    cpSync(join(FIXTURE_TERRITORIES, 'admin-chamonix'), join(dir, 'sans-depot'), { recursive: true });
    const file = join(dir, 'sans-depot', 'territory.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  repo: .*\n/m, ''));
    const { territory, diagnostics } = loadTerritory('sans-depot', { territoriesDir: dir });
    expect(territory).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      expect.stringContaining('« admin › repo » : dépôt attendu sous la forme groupe/projet'),
    ]);
  });
});
