/**
 * Declared mappings: how to read a table that is not in a known shape (sheet, header, columns by header
 * text, hidden-cell markers, rows kept, commune by code or by name, typologies as rows or columns), and
 * the presets of the files that exist (the project's demand table, the DRIHL socle, the SDES results).
 */
export { PRESETS, resolveMapping, type TableMapping, type PresetName } from './presets.ts';
export {
  readMapped,
  type FieldSpec,
  type MappedRow,
  type MappedReadOptions,
  type MappedReadResult,
} from './read-table.ts';
export {
  readMappedDemand,
  DEMAND_FIELDS,
  EXTRA_DEMAND_FIELDS,
  type RawDemand,
  type DemandReadOptions,
  type DemandReadResult,
} from './read-demand.ts';
export {
  readCommuneIndicators,
  readTerritoryIndicators,
  type RawTurnover,
  type RawRates,
  type RawRate,
  type IndicatorReadResult,
  type IndicatorReadOptions,
} from './read-indicators.ts';
export { readMappedPositioning, type PositioningReadResult } from './read-positioning.ts';
export { combineTurnover } from './combine-turnover.ts';
export { CommuneNames, nameKey, type NameMatch } from './names.ts';
export { parseTypology } from './typology.ts';
