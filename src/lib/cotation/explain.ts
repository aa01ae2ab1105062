/**
 * The one explanation module: turns a trace into FALC French lines, and the grid's rules into the
 * words of the published grid. The simulator, the worked example, the grid page and the grid PDF all
 * print what this module returns, never their own wording.
 */
import { formatDecimal } from '../format/index.ts';
import { evaluateCondition, type LeafTrace } from './conditions.ts';
import { DERIVED_FACTS, type EvaluationContext, type Facts } from './facts.ts';
import { traceGrid, type CriterionTrace, type LineStatus, type ScoreTrace } from './evaluate.ts';
import { scoreNode } from './tree.ts';
import type { Answers, Condition, Criterion, Grid, Question, Variant } from './schema.ts';
import { MONTHS } from './words.ts';

/** One explanation line: a criterion, its points for this household, and why. */
export interface ExplanationLine {
  /** Criterion id. */
  id: string;
  /** FALC label of the criterion, in the words that fit the household. */
  label: string;
  /** Points counted (0 unless applied), rounded to 1 decimal. */
  points: number;
  status: LineStatus;
  /** Why, in FALC: the answers that made it apply, the condition that failed, the band reached, or what is missing. */
  because: string;
  /** Question ids still unanswered (status missing). */
  missing: string[];
  /** True when the household matches the criterion, even if it gives no points. */
  matched: boolean;
}

/** A question still unanswered, listed once, with the points it may add. */
export interface MissingAnswer {
  /** Question id. */
  id: string;
  /** The question, as asked. */
  label: string;
  /** Labels of the criteria waiting for it. */
  criteria: string[];
  /** Most points the answer may add; undefined when it has no fixed maximum. */
  atStake: number | undefined;
}

/** Documents proving one applied criterion. */
export interface ProofDocuments {
  label: string;
  documents: string[];
}

/** Result of a cotation: total, explanation, what is missing, documents. The total is the sum of the lines. */
export interface CotationResult {
  total: number;
  lines: ExplanationLine[];
  /** Unanswered questions, once each, in question order. */
  missing: MissingAnswer[];
  /** Documents of the criteria that give points. */
  documents: ProofDocuments[];
  /** Labels of matched criteria that only a desk can validate. */
  deskOnly: string[];
}

/** « 1 point », « 2 points », « 0,4 point ». */
export const pointsWord = (n: number): string => `${formatDecimal(n)} ${Math.abs(n) >= 2 ? 'points' : 'point'}`;

const bare = (text: string) => text.replace(/[.\s]+$/, '');
const question = (grid: Grid, id: string): Question | undefined => grid.questions.find((q) => q.id === id);
const optionLabel = (q: Question, value: unknown) => {
  // Stryker disable next-line OptionalChaining: a choice question always has options (check.ts refuses a grid without).
  const option = q.options?.find((o) => o.value === value);
  return bare(option?.label ?? String(value));
};

/** Unit of a numeric fact: its question's unit or the derived fact's declared unit. */
export function unitOf(grid: Grid, fact: string): string {
  return question(grid, fact)?.unit ?? DERIVED_FACTS[fact]?.unit ?? '';
}

/** « juin 2023 » from « 2023-06 ». */
export function monthText(value: string): string {
  const [y, m] = value.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** FALC sentence for one leaf of a condition; `holds` is the leaf's own value for this household. */
function leafText(grid: Grid, facts: Facts, leaf: Condition, holds: boolean): string {
  const id = leaf.fact!;
  const q = question(grid, id);
  const v = facts[id];
  if (!q) {
    // Only questions and derived facts have values (computeFacts), and only a value decides a leaf: `id` is a
    // derived fact here.
    const derived = DERIVED_FACTS[id]!;
    return derived.describe?.(facts, grid, holds) ?? `Calcul du formulaire : ${derived.label}.`;
  }
  const label = `« ${bare(questionLabel(q, facts))} »`;
  if (v === null) return `La question ${label} ne vous concerne pas.`;
  if (q.kind === 'yesno') return holds ? `Vous avez coché ${label}.` : `Vous n’avez pas coché ${label}.`;
  if (q.kind === 'multi') {
    const opt = `« ${optionLabel(q, leaf.has)} »`;
    if (leaf.has !== undefined) return holds ? `Vous avez coché ${opt}.` : `Vous n’avez pas coché ${opt}.`;
    return holds ? `Vous avez coché une réponse à ${label}.` : `Vous n’avez coché aucune réponse à ${label}.`;
  }
  if (q.kind === 'choice') {
    if (holds) return `Vous avez choisi « ${optionLabel(q, v)} ».`;
    const wanted = leaf.is !== undefined ? [leaf.is] : (leaf.in ?? []);
    return wanted.length === 1
      ? `Il faut avoir choisi « ${optionLabel(q, wanted[0])} ».`
      : 'Votre réponse à cette question ne correspond pas.';
  }
  if (q.kind === 'month') return `Votre demande date de ${monthText(String(v))}.`;
  const answered = `Vous avez répondu ${formatDecimal(Number(v))}${q.unit ? ` ${q.unit}` : ''} à ${label}.`;
  if (holds) return answered;
  const bound =
    leaf.gte !== undefined
      ? `au moins ${formatDecimal(leaf.gte)}`
      : leaf.gt !== undefined
        ? `plus de ${formatDecimal(leaf.gt)}`
        : leaf.lte !== undefined
          ? `au plus ${formatDecimal(leaf.lte)}`
          : leaf.lt !== undefined
            ? `moins de ${formatDecimal(leaf.lt)}`
            : 'plus de 0';
  return `${answered} Il faut ${bound}.`;
}

const leavesText = (grid: Grid, facts: Facts, leaves: LeafTrace[], passing: boolean) =>
  [...new Set(leaves.map((l) => leafText(grid, facts, l.leaf, passing !== l.negated)))].join(' ');

/** Questions to answer for the given missing facts: a derived fact stands for its unanswered inputs. */
export function missingQuestions(grid: Grid, facts: Facts, ids: readonly string[]): string[] {
  return [
    ...new Set(
      ids.flatMap((id) =>
        question(grid, id)
          ? [id]
          : // Stryker disable next-line OptionalChaining,ArrayDeclaration: a checked grid names only questions and derived facts (check.ts): `id` is a derived fact.
            (DERIVED_FACTS[id]?.inputs ?? []).filter((i) => facts[i] === undefined && question(grid, i)),
      ),
    ),
  ];
}

/** Units written with an s in the singular too: no s to take off after « par ». */
const SAME_IN_BOTH_NUMBERS = new Set(['mois', 'refus', 'fois']);

/** « 1 an », « 4 ans », « 1 mois »: a count below 2 takes the singular of the unit. */
function countText(n: number, unit: string): string {
  const word = n < 2 && !SAME_IN_BOTH_NUMBERS.has(unit) ? unit.replace(/s$/, '') : unit;
  return `${formatDecimal(n)} ${word}`;
}

/** FALC sentence for what a score gave. */
function scoreText(grid: Grid, c: Criterion, s: ScoreTrace): string {
  // Stryker disable next-line StringLiteral: any name that is not a question or a derived fact has no unit.
  const fact = c.perUnit?.fact ?? c.bands?.fact ?? '';
  const unit = unitOf(grid, fact);
  switch (s.kind) {
    // Stryker disable next-line StringLiteral: without this case the function returns nothing, which the caller drops as it drops ''.
    case 'fixed':
      return '';
    case 'none':
      return s.note ?? 'Ce critère ne donne pas de points dans cette grille.';
    case 'perUnit':
      return `${countText(s.value, unit)} fois ${pointsWord(s.each)}.${s.capped ? ` Le maximum est ${pointsWord(s.max!)}.` : ''}`;
    case 'coefficient':
      return `Vos autres points positifs font ${formatDecimal(s.base)}. Ils sont multipliés par ${formatDecimal(s.factor)}. Cela ajoute ${pointsWord(s.points)}.`;
    case 'bands': {
      if (!s.band)
        return `Pour vous : ${countText(s.value, unit)}. Les points commencent à ${countText(s.first.from, unit)}.`;
      const b = s.band;
      const range =
        b.to === undefined
          ? `${countText(b.from, unit)} et plus`
          : `de ${formatDecimal(b.from)} à ${countText(b.to, unit)}`;
      return `Pour vous : ${countText(s.value, unit)}. Le palier ${range} donne ${pointsWord(b.points)}.${s.extra ? ` Vous avez ${pointsWord(s.extra)} en plus.` : ''}`;
    }
  }
}

/** For points counted from a derived number, the dates it was computed from: « Votre demande date de juin 2023. » */
function sourceText(grid: Grid, facts: Facts, c: Criterion): string {
  const fact = c.perUnit?.fact ?? c.bands?.fact;
  // A number that is not a question is a derived fact in a checked grid (check.ts), and a name that is
  // neither gives no question to read (the filter below): the two empty lists cannot be told apart.
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: see above.
  const inputs = fact && !question(grid, fact) ? (DERIVED_FACTS[fact]?.inputs ?? []) : [];
  return (
    inputs
      .filter((i) => question(grid, i)?.kind === 'month' && typeof facts[i] === 'string')
      .map((i) => `Votre demande date de ${monthText(String(facts[i]))}.`)
      // Stryker disable next-line StringLiteral: no derived fact reads two dates, so there is never a second sentence.
      .join(' ')
  );
}

/** The wording of a question that fits the household. */
export const questionLabel = (q: Question, facts: Facts): string => variant(q.labelIf, facts, q.label);

/** The first variant whose condition holds for the household, or the default text. */
function variant(variants: Variant[] | undefined, facts: Facts, fallback: string): string {
  return variants?.find((v) => evaluateCondition(v.when, facts).value === true)?.text ?? fallback;
}

/** The label of a criterion in the words that fit the household. */
export const criterionLabel = (c: Criterion, facts: Facts): string => variant(c.labelIf, facts, c.label);

/** The documents of a criterion that fit the household. */
export function documentsOf(c: Criterion, facts: Facts): string[] {
  return c.justificatifs.flatMap((j) =>
    typeof j === 'string' ? [j] : evaluateCondition(j.when, facts).value === true ? [j.text] : [],
  );
}

/** The explanation of one criterion trace. */
function explainLine(grid: Grid, facts: Facts, t: CriterionTrace): ExplanationLine {
  const c = t.criterion;
  const missing = missingQuestions(grid, facts, t.missing);
  const base = {
    id: c.id,
    label: criterionLabel(c, facts),
    points: t.points,
    status: t.status,
    missing,
    matched: t.matched,
  };
  if (t.status === 'missing')
    return {
      ...base,
      because: `Il manque votre réponse à ${missing.map((id) => `« ${bare(questionLabel(question(grid, id)!, facts))} »`).join(', ')}.`,
    };
  if (t.beatenBy)
    return {
      ...base,
      because: `Un seul critère de ce groupe compte : « ${criterionLabel(t.beatenBy, facts)} » donne plus de points ou autant.`,
    };
  if (t.condition.value === false) return { ...base, because: leavesText(grid, facts, t.condition.failing, false) };
  const why = leavesText(grid, facts, t.condition.passing, true);
  const score = t.score ? [sourceText(grid, facts, c), scoreText(grid, c, t.score)].filter(Boolean).join(' ') : '';
  return { ...base, because: [why, score].filter(Boolean).join(' ') || 'Votre situation correspond à ce critère.' };
}

/** Most points a criterion can give; undefined when it has no fixed maximum. */
export function maxPoints(c: Criterion): number | undefined {
  if (c.coefficient) return undefined;
  const s = scoreNode(c);
  if (s.kind === 'fixed') return Math.max(0, s.points);
  if (s.kind === 'none') return 0;
  if (s.kind === 'perUnit') return s.points <= 0 ? 0 : s.max;
  const last = s.steps[s.steps.length - 1]!;
  return last.to === undefined && last.perUnitAbove ? undefined : Math.max(0, ...s.steps.map((b) => b.points));
}

/** Unanswered questions, once each, with the criteria waiting for them and the points at stake. */
function missingAnswers(grid: Grid, lines: ExplanationLine[], traces: CriterionTrace[], facts: Facts): MissingAnswer[] {
  return grid.questions.flatMap((q) => {
    const waiting = traces.filter((_, i) => lines[i]!.missing.includes(q.id));
    if (!waiting.length) return [];
    // In an exclusive group only one criterion can count: its best maximum, once.
    const byGroup = new Map<string, number | undefined>();
    for (const t of waiting) {
      const key = t.criterion.group ?? t.criterion.id;
      const m = maxPoints(t.criterion);
      const prev = byGroup.has(key) ? byGroup.get(key) : 0;
      byGroup.set(key, m === undefined || prev === undefined ? undefined : Math.max(prev, m));
    }
    const values = [...byGroup.values()];
    const atStake = values.includes(undefined) ? undefined : values.reduce<number>((s, v) => s + v!, 0);
    return [
      {
        id: q.id,
        label: bare(questionLabel(q, facts)),
        criteria: waiting.map((t) => criterionLabel(t.criterion, facts)),
        atStake,
      },
    ];
  });
}

/** Explains a trace: lines in grid order, missing answers once per question, documents, desk-only criteria. */
export function explain(grid: Grid, trace: ReturnType<typeof traceGrid>): CotationResult {
  const { facts } = trace;
  const lines = trace.criteria.map((t) => explainLine(grid, facts, t));
  return {
    total: trace.total,
    lines,
    missing: missingAnswers(grid, lines, trace.criteria, facts),
    documents: trace.criteria
      .filter((t) => t.points > 0)
      .map((t) => ({ label: criterionLabel(t.criterion, facts), documents: documentsOf(t.criterion, facts) })),
    deskOnly: trace.criteria
      .filter((t) => t.matched && t.criterion.validation === 'guichet')
      .map((t) => criterionLabel(t.criterion, facts)),
  };
}

/** Computes and explains the cotation of a household. */
export function evaluate(grid: Grid, answers: Answers, ctx: EvaluationContext = {}): CotationResult {
  return explain(grid, traceGrid(grid, answers, ctx));
}

/** How a criterion scores, in words, for the published grid and its PDF: « 30 points », « 0,4 point par mois »… */
export function pointsText(c: Criterion, grid: Grid): string {
  if (c.coefficient) return `Vos autres points positifs multipliés par ${formatDecimal(c.coefficient.factor)}`;
  const s = scoreNode(c);
  switch (s.kind) {
    case 'fixed':
      return pointsWord(s.points);
    case 'perUnit': {
      // Singular after « par »: « par an », « par enfant »; « mois » and « refus » are the same in both numbers.
      const plural = unitOf(grid, s.fact);
      const u = SAME_IN_BOTH_NUMBERS.has(plural) ? plural : plural.replace(/s$/, '');
      return `${pointsWord(s.points)} par ${u || 'unité'}${s.max ? `, ${formatDecimal(s.max)} au maximum` : ''}`;
    }
    case 'bands': {
      const u = unitOf(grid, s.fact);
      const one = u.replace(/s$/, '');
      return s.steps
        .map((b) =>
          b.to === undefined
            ? `${formatDecimal(b.from)} ${u} et plus : ${pointsWord(b.points)}${b.perUnitAbove ? `, puis ${pointsWord(b.perUnitAbove)} par ${one} en plus` : ''}`
            : `${formatDecimal(b.from)} à ${formatDecimal(b.to)} ${u} : ${pointsWord(b.points)}`,
        )
        .join(' · ');
    }
    // No points and something to check: the source is unreadable, which is not the same as « no points ».
    case 'none':
      return c.toVerify ? 'Illisible dans le document, à vérifier' : 'Pas de points dans la grille';
  }
}

/** For each choice question whose answers feed one exclusive group: the sentence said before the choice. */
export function exclusiveNotes(grid: Grid): Record<string, string> {
  // No prototype: a question id such as « constructor » must not find Object's members.
  const out = Object.create(null) as Record<string, string>;
  for (const q of grid.questions) {
    if (q.kind !== 'multi') continue;
    const groups = new Map<string, number>();
    for (const c of grid.criteria) {
      const reads = c.group && JSON.stringify(c.when ?? {}).includes(`"fact":"${q.id}"`);
      if (reads) groups.set(c.group!, (groups.get(c.group!) ?? 0) + 1);
    }
    if ([...groups.values()].some((n) => n > 1))
      out[q.id] = 'Vous pouvez cocher plusieurs réponses. Mais une seule compte : celle qui donne le plus de points.';
  }
  return out;
}

/** The sentence that explains an income limit question, or undefined without a published limit. */
export function incomeLimitText(q: Question): string | undefined {
  const l = q.incomeLimit;
  if (!l) return undefined;
  return `En ${l.year}, pour une personne seule, c’est moins de ${formatDecimal(l.euros)} euros par an. Pour un foyer plus grand, le montant est plus haut. Le guichet fait le calcul.`;
}
