/**
 * Exceptions written in the source: `falc-ignore <règle>[, <règle>] : <raison>` in an MDX comment
 * (`{/* … *\/}`) or a YAML comment (`# …`). On its own line it covers the next line; at the end of a line
 * it covers that line. The reason is mandatory so that every exception is visible and explained.
 */
import { isRuleId, type Finding, type RuleId } from './rules.ts';

/** Rules silenced per 1-based line, and findings about malformed directives. */
export interface Ignores {
  byLine: Map<number, Set<RuleId>>;
  problems: Finding[];
}

const DIRECTIVE = /falc-ignore\s+([^:*#]*?)\s*(?::\s*([^*]*?))?\s*(?:\*\/\}|$)/;

/** Reads every directive of a source text. */
export function readIgnores(source: string): Ignores {
  const byLine = new Map<number, Set<RuleId>>();
  const problems: Finding[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const at = raw.indexOf('falc-ignore');
    if (at < 0) return;
    const m = DIRECTIVE.exec(raw.slice(at));
    const line = index + 1;
    const column = at + 1;
    const names = (m?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = (m?.[2] ?? '').trim();
    const bad = names.filter((n) => !isRuleId(n));
    if (names.length === 0 || bad.length) {
      problems.push({
        rule: 'falc-ignore',
        severity: 'error',
        line,
        column,
        message: `exception FALC : règle inconnue « ${bad.join(', ') || 'aucune'} »`,
        hint: 'écrivez par exemple « falc-ignore ponctuation : nom officiel du formulaire »',
      });
      return;
    }
    if (reason.length < 3) {
      problems.push({
        rule: 'falc-ignore',
        severity: 'error',
        line,
        column,
        message: 'exception FALC sans raison',
        hint: 'ajoutez la raison après deux-points : « falc-ignore sigle : nom d’une loi »',
      });
      return;
    }
    const alone = /^\s*(\{\/\*|#)/.test(raw);
    const target = alone ? line + 1 : line;
    const set = byLine.get(target) ?? new Set<RuleId>();
    for (const n of names) if (isRuleId(n)) set.add(n);
    byLine.set(target, set);
  });
  return { byLine, problems };
}

/** Findings minus those an exception covers. */
export function applyIgnores(findings: readonly Finding[], ignores: Ignores): Finding[] {
  return findings.filter((f) => !ignores.byLine.get(f.line)?.has(f.rule));
}
