/**
 * The configuration of the editing interface (Sveltia CMS, Decap-compatible), generated from the project's
 * own schemas: territory settings, desks, orientation scheme, cotation grid, yearly reports, content pages,
 * glossary, and uploads of data files into sources/.
 */
import type { z } from 'zod';
import { territorySchema, type TerritorySettings } from '../territory/index.ts';
import { deskSchema, orientationSchema } from '../desks/index.ts';
import { gridSchema } from '../cotation/index.ts';
import { glossaryEntrySchema } from '../glossary/index.ts';
import { pageSchema } from '../pages/index.ts';
import { yearlyReportSchema, REPORTS_DIR } from '../report/index.ts';
import type { CmsCollection, CmsConfig, CmsField } from './cms-types.ts';
import { fieldsOf } from './fields.ts';

/** Where the territories and the content live in the repository (paths from its root). */
export interface RepositoryLayout {
  /** Folder of territories, e.g. "data/territories". */
  territoriesDir: string;
  /** Folder of the FALC pages and the glossary, e.g. "content". */
  contentDir: string;
}

const DEFAULT_LAYOUT: RepositoryLayout = { territoriesDir: 'data/territories', contentDir: 'content' };

/** French messages of the commits the interface makes (the CMS's `backend.commit_messages`). */
export const COMMIT_MESSAGES = {
  create: 'Création de {{collection}} « {{slug}} » depuis l’interface d’édition',
  update: 'Modification de {{collection}} « {{slug}} » depuis l’interface d’édition',
  delete: 'Suppression de {{collection}} « {{slug}} » depuis l’interface d’édition',
  uploadMedia: 'Dépôt du fichier « {{path}} » depuis l’interface d’édition',
  deleteMedia: 'Suppression du fichier « {{path}} » depuis l’interface d’édition',
};

/** The backend block of config.yml, from the territory's `admin:` settings. */
export function backendOf(admin: NonNullable<TerritorySettings['admin']>): CmsConfig['backend'] {
  // A demonstration: the CMS's in-browser test backend, no account and no repository.
  if (admin.backend === 'demo') return { name: 'test-repo' };
  return {
    name: admin.backend,
    ...(admin.repo ? { repo: admin.repo } : {}),
    branch: admin.branch,
    // Every save opens a merge request: the pipeline runs `npm run check` on it before anything is published.
    ...(admin.backend === 'gitlab' ? { auth_type: 'pkce' } : {}),
    ...(admin.appId ? { app_id: admin.appId } : {}),
    ...(admin.apiRoot ? { api_root: admin.apiRoot } : {}),
    ...(admin.baseUrl ? { base_url: admin.baseUrl } : {}),
    commit_messages: COMMIT_MESSAGES,
  };
}

/** A top-level list file (desks.yaml, glossaire.yaml) as one Sveltia "root" list field. */
function rootList(name: string, label: string, singular: string, schema: z.ZodType, summary: string): CmsField[] {
  return [
    {
      name,
      label,
      label_singular: singular,
      widget: 'list',
      root: true,
      collapsed: true,
      summary,
      fields: fieldsOf(schema),
    },
  ];
}

/** The sources/ entries upload their file into the territory's sources/ folder. */
function withSourceUpload(fields: CmsField[], sourcesDir: string): CmsField[] {
  return fields.map((f) => {
    if (f.name !== 'sources' || !f.fields) return f;
    return {
      ...f,
      fields: f.fields.map((s) =>
        s.name === 'file'
          ? {
              ...s,
              widget: 'file',
              media_folder: `/${sourcesDir}`,
              public_folder: '',
              hint: 'Choisissez le fichier : il est déposé dans le dossier sources/ du territoire.',
            }
          : s,
      ),
    };
  });
}

/**
 * Data files (settings, desks, grid, orientation, glossary, reports) have no page to preview: without the
 * preview pane the long forms (the grid, « Où aller ? ») open in a few seconds instead of staying blank.
 */
const NO_PREVIEW = { preview: false };

/** The form of a FALC page: its front matter from the pages' schema, then its text. */
function pageFields(): CmsField[] {
  return [
    ...fieldsOf(pageSchema),
    {
      name: 'body',
      label: 'Texte de la page',
      widget: 'markdown',
      // Only what a page may hold (src/lib/pages): no image, no code block; no italic (FALC rule).
      buttons: ['bold', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
      editor_components: [],
    },
  ];
}

/** Every collection of the interface for one territory. */
export function cmsCollections(slug: string, layout: RepositoryLayout = DEFAULT_LAYOUT): CmsCollection[] {
  const dir = `${layout.territoriesDir}/${slug}`;
  return [
    {
      name: 'territoire',
      label: 'Le territoire',
      editor: NO_PREVIEW,
      description:
        'Réglages, guichets, orientation et cotation. Chaque enregistrement est vérifié avant la mise en ligne.',
      files: [
        {
          name: 'reglages',
          label: 'Réglages du territoire',
          file: `${dir}/territory.yaml`,
          fields: withSourceUpload(fieldsOf(territorySchema), `${dir}/sources`),
        },
        {
          name: 'guichets',
          label: 'Guichets',
          file: `${dir}/desks.yaml`,
          fields: rootList('guichets', 'Guichets', 'guichet', deskSchema, '{{fields.name}}'),
        },
        {
          name: 'orientation',
          label: 'Où aller ? Le schéma d’orientation',
          file: `${dir}/orientation.yaml`,
          fields: fieldsOf(orientationSchema),
        },
        {
          name: 'cotation',
          label: 'Grille de cotation : les textes',
          file: `${dir}/cotation.yaml`,
          fields: fieldsOf(gridSchema),
        },
      ],
    },
    {
      name: 'rapports',
      label: 'Rapports annuels',
      editor: NO_PREVIEW,
      description: 'Un fichier par année : personnes reçues, demandes enregistrées, questions, actions du plan.',
      folder: `${dir}/${REPORTS_DIR}`,
      extension: 'yaml',
      format: 'yaml',
      create: true,
      delete: false,
      slug: '{{year}}',
      identifier_field: 'year',
      summary: 'Rapport {{slug}}',
      fields: fieldsOf(yearlyReportSchema),
    },
    {
      name: 'pages-du-territoire',
      label: 'Pages propres au territoire (FALC)',
      description:
        'Une page ajoutée ici est publiée sur le site de ce territoire, dans « Comprendre » et le plan du site. Une page du même nom qu’une page commune la remplace.',
      folder: `${dir}/content`,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      delete: true,
      slug: '{{slug}}',
      fields: pageFields(),
    },
    {
      name: 'pages',
      label: 'Pages de texte communes (FALC)',
      description: 'Les pages communes à tous les territoires. Les phrases sont vérifiées par le correcteur FALC.',
      folder: layout.contentDir,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      delete: false,
      slug: '{{slug}}',
      fields: pageFields(),
    },
    {
      name: 'glossaire',
      label: 'Glossaire',
      editor: NO_PREVIEW,
      files: [
        {
          name: 'glossaire',
          label: 'Glossaire',
          file: `${layout.contentDir}/glossaire.yaml`,
          fields: rootList('mots', 'Mots du glossaire', 'mot', glossaryEntrySchema, '{{fields.term}}'),
        },
      ],
    },
  ];
}

/** The repository's files the interface edits: each file of a collection, and each folder with its extension. */
export function editedPaths(config: CmsConfig): { files: string[]; folders: { folder: string; extension: string }[] } {
  return {
    files: config.collections.flatMap((c) => (c.files ?? []).map((f) => f.file)),
    folders: config.collections.flatMap((c) =>
      c.folder && c.extension ? [{ folder: c.folder, extension: c.extension }] : [],
    ),
  };
}

/** Options of the configuration: the backend is replaced by the CMS's test backend in browser tests. */
export interface AdminConfigOptions {
  layout?: RepositoryLayout;
  /** Use Sveltia's in-browser test backend (no network, no account). */
  testBackend?: boolean;
}

/** The whole config.yml of /admin/, or undefined when the territory does not enable the interface. */
export function adminConfig(
  slug: string,
  settings: TerritorySettings,
  options: AdminConfigOptions = {},
): CmsConfig | undefined {
  if (!settings.admin) return undefined;
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const inBrowser = options.testBackend === true || settings.admin.backend === 'demo';
  return {
    backend: inBrowser ? { name: 'test-repo' } : backendOf(settings.admin),
    ...(inBrowser ? {} : { publish_mode: 'editorial_workflow' }),
    // An optional field left empty is left out of the file, as the checker expects: never « help: '' ».
    output: { omit_empty_optional_fields: true },
    // The interface's language is not a configuration option of Sveltia CMS: the page sets it (files.ts).
    app_title: `${settings.admin.backend === 'demo' ? 'Démonstration – ' : ''}Interface d’édition – ${settings.name}`,
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // Uploads outside a file field (rare) also go to the territory's data folder, never to the public site.
    media_folder: `${layout.territoriesDir}/${slug}/sources`,
    public_folder: '',
    collections: cmsCollections(slug, layout),
  };
}
