/** Territory: settings from territory.yaml, member communes from the COG, desks. */
export {
  loadTerritory,
  isTerritorySlug,
  DEFAULT_TERRITORY,
  TERRITORIES_DIR,
  type Territory,
  type LoadOptions,
  type LoadResult,
} from './load.ts';
export {
  territorySchema,
  type TerritorySettings,
  type Portal,
  type SourceEntry,
  type AccessibilitySettings,
  type MappingSpec,
} from './schema.ts';
export { conformityStatus, legalGaps, legalDiagnostics, type ConformityStatus, type LegalGap } from './legal.ts';
export {
  communesOf,
  currentCommuneCode,
  arrondissementCommune,
  communeName,
  slugify,
  findGroup,
  allCommunes,
  allGroups,
  departementOf,
  departementName,
  type Commune,
  type Group,
} from './communes.ts';
export { adminSchema, type AdminSettings } from './admin-schema.ts';
export { ILE_DE_FRANCE_DEPARTEMENTS, inIleDeFrance, demandReachSentences } from './region.ts';
