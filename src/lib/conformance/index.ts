/** Conformance: results of the automated checks (HTML validity, accessibility engines) of a built site. */
export {
  ENGINES,
  conformanceResultsSchema,
  parseConformanceResults,
  ruleSetsText,
  sameMeasure,
  totalErrors,
  type EnginePackage,
  type EngineResult,
  type ConformanceResults,
} from './results.ts';
