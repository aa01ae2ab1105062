/**
 * FALC linter: the checkable rules of the référentiel langage simplifié on MDX pages and on the FALC
 * labels of YAML data files, reported as French diagnostics with file, line and column.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Finding } from './rules.ts';

export { RULES, isRuleId, type RuleId, type Finding } from './rules.ts';
export { lintMdx, type LintOptions, type PageLint } from './lint-mdx.ts';
export { lintLabels, collectLabels, type LabelRef } from './lint-labels.ts';
export { checkText, type TextOptions } from './check-text.ts';
export { kandelMoles, syllables, scoreLabel } from './readability.ts';
export { sentencesOf, wordsOf } from './sentences.ts';

/** Turns findings into diagnostics of `file`, naming the rule so that it can be silenced. */
export function findingsToDiagnostics(file: string, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => ({
    file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    message: `${f.message} [${f.rule}]`,
    hint: f.hint,
  }));
}
export { lineBreaksPlugin, splitLines, frenchSpaces } from './hast-line-breaks.ts';
export {
  falcReviewSchema,
  textFingerprint,
  reviewStatus,
  fingerprintLabel,
  type FalcReview,
  type ReviewStatus,
} from './review.ts';
