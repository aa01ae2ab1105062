/** Demand and attributions: the canonical table of DESIGN.md §6, per millésime × commune × typology. */
export { readDemand, type RawDemand, type DemandReadOptions, type DemandReadResult } from './read.ts';
export { DEMAND_COLUMNS, parseTypology, type DemandColumn } from './columns.ts';
