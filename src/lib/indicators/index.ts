/** Indicators and statistical secrecy (pure code, also used in the browser). */
export { formatCell, isMasked, cellValue, secrecyExplanation, type Cell, type MaskedCell, type MaskReason } from './cells.ts';
