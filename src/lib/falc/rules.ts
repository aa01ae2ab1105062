import type { Severity } from '../diagnostics/index.ts';

/**
 * The checkable rules of the référentiel langage simplifié (RLS, DISIC 2017) that the linter applies.
 * Summary in reference/domain-and-obligations.md §5; thresholds from DESIGN.md §10.
 */
export const RULES = {
  'phrase-longue': 'Une phrase a 12 mots au plus, 15 au maximum. RLS 4.1.',
  'une-phrase-par-ligne': 'Chaque phrase commence sur une nouvelle ligne. RLS 1.7.',
  ponctuation: 'Pas de point-virgule, de parenthèses, de crochets ni de points de suspension. RLS 4.2.',
  'nombre-en-lettres': 'Les nombres sont écrits en chiffres. RLS 5.1.',
  pourcentage: 'Pas de pourcentage. RLS 5.2.',
  'grand-nombre': 'Un nombre de plus de 1 000 a besoin d’une comparaison. RLS 5.2.',
  date: 'Le mois d’une date est écrit en lettres. RLS 5.3.',
  italique: 'Pas d’italique. RLS 1.2.',
  majuscules: 'Pas de mot écrit tout en majuscules, sauf un sigle du glossaire. RLS 1.6.',
  sigle: 'Chaque sigle est expliqué dans le glossaire. RLS 6.4.',
  'sigle-avant-les-mots': 'Sur une page, les mots d’un sigle viennent avant le sigle. RLS 6.4.',
  titres: 'Deux niveaux de titres au plus, sans numéro. RLS 6.6.',
  'voix-passive': 'Écrire à la voix active. RLS 7.3.',
  lisibilite: 'Score de lisibilité Kandel et Moles de la page.',
  'falc-ignore': 'Une exception doit nommer une règle connue et donner sa raison.',
} as const;

/** Identifier of a rule, as written in a `falc-ignore` directive. */
export type RuleId = keyof typeof RULES;

/** True when `id` names a rule. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** One finding of the linter before it becomes a Diagnostic (position relative to the text given). */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 1-based line in the linted text. */
  line: number;
  /** 1-based column in the linted text. */
  column: number;
  message: string;
  hint: string;
}
