/** Indicators and statistical secrecy (pure code, also used in the browser). */
export { formatCell, isMasked, cellValue, secrecyExplanation, type Cell, type Indicator, type MaskedCell, type MaskReason } from './cells.ts';
export { waitingMonths, pressure, change } from './demand.ts';
export { SecrecyTable, type RawValue } from './secrecy.ts';
