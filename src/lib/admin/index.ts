/** Editing interface (/admin/, Sveltia CMS): its configuration generated from the project's zod schemas. */
export type { CmsConfig, CmsCollection, CmsField, CmsFile } from './cms-types.ts';
export {
  adminConfig,
  cmsCollections,
  editedPaths,
  backendOf,
  COMMIT_MESSAGES,
  type AdminConfigOptions,
  type RepositoryLayout,
} from './config.ts';
export { fieldsOf, jsonSchemaOf } from './fields.ts';
export { fieldWords, choicesAt, OPENING_HOURS_HINT, type FieldWords } from './labels.ts';
export { configYaml, adminPage, CMS_SCRIPT, START_SCRIPT, START_SCRIPT_TEXT, DEMO_FILES } from './files.ts';
export {
  selfContainedCms,
  adminContentSecurityPolicy,
  backendOrigins,
  CMS_FONT_FAMILIES,
  type CmsFont,
  type SelfContainedCms,
} from './self-contained.ts';
export {
  POSITION_WIDGET,
  POSITION_SCRIPT,
  POSITION_SCRIPT_TEXT,
  ADDRESS_SEARCH_URL,
  ADDRESS_SEARCH_ORIGIN,
} from './position-widget.ts';
