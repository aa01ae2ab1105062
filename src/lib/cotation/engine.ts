/**
 * The cotation engine: one pure function from a grid and answers to a total and one explanation line
 * per criterion. The simulator shows these lines as they are: there is no second computation.
 * Runs unchanged at build time and in the browser: no node: import, no zod, no yaml here.
 */
import { formatDecimal } from '../format/index.ts';
import { evaluateCondition } from './conditions.ts';
import { computeFacts, DERIVED_FACTS, type Facts } from './facts.ts';
import type { Answers, Criterion, Grid } from './schema.ts';

/** applied: the points count; not_applicable: the situation does not match; missing: an answer is missing. */
export type LineStatus = 'applied' | 'not_applicable' | 'missing';

/** One explanation line: a criterion, its points for this household, and why. */
export interface ExplanationLine {
  /** Criterion id. */
  id: string;
  /** FALC label of the criterion. */
  label: string;
  /** Points counted (0 unless applied), rounded to 1 decimal. */
  points: number;
  status: LineStatus;
  /** Why, in FALC. */
  because: string;
  /** Fact ids still unanswered (status missing). */
  missing: string[];
  /** True when the household matches the criterion, even if it gives no points (no weight, beaten in its group). */
  matched: boolean;
}

/** Result of a cotation: total and explanation. The total is the sum of the lines' points. */
export interface CotationResult {
  total: number;
  lines: ExplanationLine[];
}

/** Rounds to one decimal, the precision shown to applicants, so that lines add up to the total exactly. */
export const round1 = (n: number): number => Math.round(n * 10) / 10 + 0;

const bare = (text: string) => text.replace(/[.\s]+$/, '');

/** FALC phrase for an answer or derived fact that made a condition true: option labels, not stored values. */
function answerText(grid: Grid, factId: string, facts: Facts, tested?: string): string {
  const q = grid.questions.find((x) => x.id === factId);
  if (!q) {
    const d = DERIVED_FACTS[factId];
    return d?.describe?.(facts, grid) ?? `Calcul du formulaire : ${d?.label ?? factId}.`;
  }
  const v = facts[factId];
  if (q.kind === 'yesno') return `Vous avez coché : « ${bare(q.label)} ».`;
  if (q.kind === 'number') return `Vous avez répondu ${formatDecimal(Number(v))}${q.unit ? ` ${q.unit}` : ''} à « ${bare(q.label)} ».`;
  const value = tested ?? (Array.isArray(v) ? v.join(', ') : String(v));
  return `Vous avez choisi : « ${bare(q.options?.find((o) => o.value === value)?.label ?? value)} ».`;
}

/** FALC sentences naming the answers that made a condition true. */
function becauseApplied(grid: Grid, c: Criterion, facts: Facts): string {
  const used: string[] = [];
  const walk = (cond: NonNullable<Criterion['when']>) => {
    if (cond.fact !== undefined) {
      if (evaluateCondition(cond, facts).value) used.push(answerText(grid, cond.fact, facts, cond.has ?? (typeof cond.is === 'string' ? cond.is : undefined)));
    } else (cond.all ?? cond.any ?? []).forEach(walk);
  };
  if (c.when) walk(c.when);
  return used.length ? [...new Set(used)].join(' ') : 'Votre situation correspond à ce critère.';
}

/** Unit of a numeric fact, from its question, for « 0,4 point par mois ». */
function unitOf(grid: Grid, fact: string): string {
  return grid.questions.find((q) => q.id === fact)?.unit ?? (fact === 'seniority_years' ? 'ans' : 'unités');
}

/** Labels of the questions still to answer: for a derived fact, only its unanswered inputs. */
function questionLabels(grid: Grid, ids: string[], facts: Facts): string {
  const label = (id: string) => `« ${grid.questions.find((x) => x.id === id)?.label ?? id} »`;
  const asked = ids.flatMap((id) => (grid.questions.some((q) => q.id === id)
    ? [id]
    : (DERIVED_FACTS[id]?.inputs ?? []).filter((i) => facts[i] === undefined)));
  return [...new Set(asked)].map(label).join(', ');
}

/** Points of a criterion whose condition holds; undefined with the missing fact when a number is missing. */
function scoreOf(grid: Grid, c: Criterion, facts: Facts): { points: number; because?: string } | { missing: string } | null {
  if (c.points !== undefined) return { points: c.points };
  if (c.perUnit) {
    const n = facts[c.perUnit.fact];
    if (typeof n !== 'number') return { missing: c.perUnit.fact };
    let p = n * c.perUnit.points;
    const cap = c.perUnit.max;
    const capped = cap !== undefined && Math.abs(p) > cap;
    if (capped) p = Math.sign(p) * cap;
    const unit = unitOf(grid, c.perUnit.fact);
    const each = Math.abs(c.perUnit.points) >= 2 ? 'points' : 'point';
    const because = `${formatDecimal(n)} ${unit} fois ${formatDecimal(c.perUnit.points)} ${each}.${capped ? ` Le maximum est ${formatDecimal(cap)} points.` : ''}`;
    return { points: p, because };
  }
  if (c.bands) {
    const n = facts[c.bands.fact];
    if (typeof n !== 'number') return { missing: c.bands.fact };
    const band = c.bands.steps.find((b) => n >= b.from && (b.to === undefined || n < b.to));
    const unit = unitOf(grid, c.bands.fact);
    if (!band) return { points: 0, because: `${formatDecimal(n)} ${unit} : pas encore de points.` };
    const extra = band.perUnitAbove ? Math.floor(n - band.from) * band.perUnitAbove : 0;
    const range = band.to === undefined ? `${formatDecimal(band.from)} ${unit} et plus` : `de ${formatDecimal(band.from)} à ${formatDecimal(band.to)} ${unit}`;
    return { points: band.points + extra, because: `${formatDecimal(n)} ${unit} : le palier ${range} donne ${formatDecimal(band.points)} points.${extra ? ` Vous avez ${formatDecimal(extra)} points en plus.` : ''}` };
  }
  return null;
}

/** Evaluates one criterion alone, before exclusive groups and coefficients. */
function evaluateCriterion(grid: Grid, c: Criterion, facts: Facts): ExplanationLine {
  const base = { id: c.id, label: c.label, points: 0, missing: [] as string[], matched: false };
  const cond = c.when ? evaluateCondition(c.when, facts) : { value: true, missing: [] };
  if (cond.value === undefined)
    return { ...base, status: 'missing', missing: cond.missing, because: `Il manque une réponse : ${questionLabels(grid, cond.missing, facts)}.` };
  if (!cond.value) return { ...base, status: 'not_applicable', because: 'Votre situation ne correspond pas à ce critère.' };
  base.matched = true;
  if (c.coefficient) return { ...base, status: 'applied', because: becauseApplied(grid, c, facts) };
  const s = scoreOf(grid, c, facts);
  if (s === null) return { ...base, status: 'not_applicable', because: c.note ?? 'Ce critère ne donne pas de points dans cette grille.' };
  if ('missing' in s) return { ...base, matched: false, status: 'missing', missing: [s.missing], because: `Il manque une réponse : ${questionLabels(grid, [s.missing], facts)}.` };
  const points = round1(s.points);
  base.matched = points !== 0;
  if (points === 0) return { ...base, status: 'not_applicable', because: s.because ?? 'Ce critère ne donne pas de points pour vous.' };
  return { ...base, points, status: 'applied', because: [c.when ? becauseApplied(grid, c, facts) : '', s.because ?? ''].filter(Boolean).join(' ') };
}

/** Keeps, in each exclusive group, only the applied line worth the most points (first one on a tie). */
function applyGroups(grid: Grid, lines: ExplanationLine[]): void {
  const best = new Map<string, ExplanationLine>();
  grid.criteria.forEach((c, i) => {
    const line = lines[i]!;
    if (!c.group || line.status !== 'applied' || c.coefficient) return;
    const current = best.get(c.group);
    if (!current || line.points > current.points) best.set(c.group, line);
  });
  grid.criteria.forEach((c, i) => {
    const line = lines[i]!;
    const winner = c.group ? best.get(c.group) : undefined;
    if (winner && winner !== line && line.status === 'applied' && !c.coefficient)
      lines[i] = { ...line, points: 0, status: 'not_applicable', because: `Un seul critère de ce groupe compte : « ${winner.label} » donne plus de points ou autant.` };
  });
}

/** Computes the cotation of a household: the total and one line per criterion, in grid order. */
export function evaluate(grid: Grid, answers: Answers): CotationResult {
  const facts = computeFacts(grid, answers);
  const lines = grid.criteria.map((c) => evaluateCriterion(grid, c, facts));
  applyGroups(grid, lines);
  const positive = round1(lines.reduce((s, l) => s + (l.points > 0 ? l.points : 0), 0));
  grid.criteria.forEach((c, i) => {
    const line = lines[i]!;
    if (!c.coefficient || line.status !== 'applied') return;
    const points = round1(positive * (c.coefficient.factor - 1));
    lines[i] = { ...line, points, because: `${line.because} Vos autres points positifs font ${formatDecimal(positive)}. Ils sont multipliés par ${formatDecimal(c.coefficient.factor)}. Cela ajoute ${formatDecimal(points)} points.` };
  });
  return { total: round1(lines.reduce((s, l) => s + l.points, 0)), lines };
}
