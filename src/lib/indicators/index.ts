/** Indicators and statistical secrecy (pure code; the cells and indicators also run in the browser). */
export {
  formatCell,
  isMasked,
  cellValue,
  secrecyExplanation,
  type Cell,
  type Indicator,
  type MaskedCell,
  type MaskReason,
} from './cells.ts';
export { waitingMonths, pressure, change } from './demand.ts';
export { SecrecyTable, type RawValue, type SecrecyReport } from './secrecy.ts';
export type { Narrowing } from './secrecy-audit.ts';
export type { Publish } from './secrecy-figures.ts';
export { loadSolver, type Highs } from './solver.ts';
