/** RPLS: the public per-dwelling file in its three known shapes, aggregated per commune. */
export { readRpls, type RplsReadOptions, type RplsReadResult } from './read.ts';
export { readRplsHeader, type RplsHeader } from './header.ts';
export { SHAPES, HEADER_HINTS, WEIGHT_COLUMNS, detectShape, type RplsShape, type Role } from './shapes.ts';
export { emptyStock, addStock, type RawStock } from './stock.ts';
export { typologyOf, buildingKindOf, periodOf, financingOf, energyOf, inQpv } from './classify.ts';
/** The usual values read from their bytes (the fast read of clean files), for the national split. */
export * as rplsBytes from './byte-values.ts';
