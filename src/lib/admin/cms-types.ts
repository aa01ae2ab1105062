/**
 * The part of the Decap / Sveltia CMS configuration this project writes (config.yml). Field options follow
 * Decap's documented names, which Sveltia CMS reads as they are.
 */

/** One form field of the CMS. */
export interface CmsField {
  /** Key in the YAML file. */
  name: string;
  /** French label shown to staff. */
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'number'
    | 'boolean'
    | 'select'
    | 'object'
    | 'list'
    | 'hidden'
    | 'datetime'
    | 'markdown'
    | 'file'
    /** The desks' address search (position-widget.ts), registered by /admin/position.js. */
    | 'position';
  /** False for an optional field. */
  required?: boolean;
  /** French help under the field. */
  hint?: string;
  default?: unknown;
  /** Choices of a select. */
  options?: (string | number | { label: string; value: string })[];
  /** Select several choices. */
  multiple?: boolean;
  /** Sub-fields of an object, or of each item of a list of objects. */
  fields?: CmsField[];
  /** Single field of each item of a list of plain values. */
  field?: CmsField;
  /** Sveltia CMS: the list is the whole file (desks.yaml, the glossary). */
  root?: boolean;
  /** Number widget. */
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  /** Regular expression and the French message shown when it does not match. */
  pattern?: [string, string];
  /** Datetime widget: a date only, written as YYYY-MM-DD. */
  time_format?: false;
  format?: string;
  /** Lists: the name of one item, for « 1 guichet » and « Ajouter guichet ». */
  label_singular?: string;
  /** Item label in a collapsed list (e.g. "{{fields.name}}"). */
  summary?: string;
  /** Lists and objects start folded. */
  collapsed?: boolean;
  /** File widget: where uploads go, relative to the repository root when starting with "/". */
  media_folder?: string;
  public_folder?: string;
  /** Markdown widget: the formatting buttons shown, and the editor components offered (none: no image). */
  buttons?: string[];
  editor_components?: string[];
}

/** One file of a file collection. */
export interface CmsFile {
  name: string;
  label: string;
  /** Path from the repository root. */
  file: string;
  fields: CmsField[];
}

/** A collection: a set of files, or a folder of similar files. */
export interface CmsCollection {
  name: string;
  label: string;
  description?: string;
  files?: CmsFile[];
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  fields?: CmsField[];
  /** No preview pane: a data file has no page to preview, and its form opens faster without it. */
  editor?: { preview: boolean };
}

/** The whole configuration (config.yml). */
export interface CmsConfig {
  backend: Record<string, string | number | boolean | Record<string, string>>;
  /** Saves open a merge request (checked by the pipeline) instead of going straight to the branch. */
  publish_mode?: 'editorial_workflow';
  /** How the CMS writes the files it saves. */
  output: { omit_empty_optional_fields: boolean };
  /** Name shown on the sign-in page and in the browser tab. */
  app_title: string;
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  collections: CmsCollection[];
}
