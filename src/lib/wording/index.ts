/**
 * One wording for every figure, the same on pages, PDFs, simulator data and open data: counts,
 * durations, pressure, hidden and uncomputable figures, honest lower bounds, commune names with their
 * article. Pure code: it also runs in the browser.
 */
export { ofCommune, inCommune, capitalize, type NamedCommune } from './communes.ts';
export { roundMonths, yearsAndMonths, durationText, lowerBoundText } from './durations.ts';
export {
  HIDDEN_WORD,
  NONE_GIVEN_WORD,
  MISSING_WORD,
  HIDDEN_LEGEND,
  NONE_GIVEN_LEGEND,
  countText,
  pressureWords,
  waitingLowerBound,
  waitState,
  waitText,
  pressureText,
  waitSentence,
  wholeMonths,
  isValue,
  indicatorDuration,
  type WaitState,
} from './figures.ts';
export { sizesGiven } from './figures.ts';
export { figureStatus, type FigureStatus } from './status.ts';
export {
  TYPOLOGY_LABELS,
  BUILDING_KIND_LABELS,
  PERIOD_LABELS,
  FINANCING_LABELS,
  ENERGY_LABELS_TEXT,
  financingRowLabel,
} from './labels.ts';
export {
  waitingSentence,
  attributionSentence,
  waitingTimeSentence,
  pressureFiguresSentence,
  about,
  pressureSentence,
  monthsText,
  pressureIndicatorText,
  waitCell,
  pressureCell,
  sortValue,
  cellText,
  changeSentence,
} from './sentences.ts';
export { sourceText, sourceFor, latest } from './sources.ts';
export {
  aSize,
  sizePlural,
  inPlace,
  yearsText,
  bandText,
  delayText,
  reasonSentence,
  answerSentence,
  answerCell,
  observedCell,
  REASON_CELL,
  type AnswerPlace,
} from './answers.ts';
export { answerLines, answerLinesBySize, type AnswerLines, type AnswerLinesSource } from './answer-lines.ts';
