/**
 * Derived facts: what the CERFA 14069 computes from the household's answers (seed 002 annexe 4,
 * « calculé à partir du Cerfa »). A grid's conditions read them like answers. `undefined` means an
 * answer is missing, so a criterion depending on it is reported as « missing », never as « no ».
 * No node: import: this file runs in the browser.
 */
import type { Answers, Grid } from './schema.ts';
import { evaluateCondition } from './conditions.ts';

/** Value of an answer or derived fact; undefined when unknown. */
/** `null` means « not concerned »: the question was not asked because its `askIf` is false. */
export type FactValue = string | number | boolean | string[] | null | undefined;
/** Every fact of a household: answers plus derived facts. */
export type Facts = Record<string, FactValue>;

/** A derived fact: the question ids it reads, a FALC label, and how it is computed. */
export interface DerivedFact {
  /** Question ids read; a grid using the fact must ask them all. */
  inputs: readonly string[];
  /** FALC label for explanations. */
  label: string;
  /** Computes the fact; undefined when an input is missing. */
  compute(f: Facts, grid: Grid): FactValue;
  /** FALC sentence with the household's own figures, used when the fact is true. */
  describe?(f: Facts, grid: Grid): string;
}

const num = (v: FactValue): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: FactValue): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** Three-valued OR: true wins over unknown. */
const or = (...xs: (boolean | undefined)[]) => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
/** Three-valued AND: false wins over unknown. */
const and = (...xs: (boolean | undefined)[]) => (xs.includes(false) ? false : xs.includes(undefined) ? undefined : true);

/** Age of the partner, or "not relevant" (null) when there is none. */
function partnerAge(f: Facts): number | null | undefined {
  const has = bool(f.has_partner);
  if (has === undefined) return undefined;
  return has ? num(f.partner_age) : null;
}

/** Ages test on applicant and partner: true if one of them passes. */
function someoneAged(f: Facts, test: (age: number) => boolean): boolean | undefined {
  const a = num(f.applicant_age);
  const p = partnerAge(f);
  return or(a === undefined ? undefined : test(a), p === null ? false : p === undefined ? undefined : test(p));
}

/** Persons living in the household: applicant, partner, dependent children (CERFA « personnes dans le foyer »). */
function householdSize(f: Facts): number | undefined {
  const has = bool(f.has_partner);
  const children = num(f.children);
  if (has === undefined || children === undefined) return undefined;
  return 1 + (has ? 1 : 0) + children;
}

/** Minimum surface for a household size; undefined when the grid's table has no readable row for it. */
export function minimumSurface(grid: Grid, persons: number): number | undefined {
  const rows = [...(grid.minimumSurface?.rows ?? [])].sort((a, b) => a.persons - b.persons);
  const last = rows[rows.length - 1];
  if (last && persons > last.persons) return last.minimum;
  return rows.find((r) => r.persons === persons)?.minimum;
}

/** The derived facts, by id. Their ids may be used in conditions like question ids. */
export const DERIVED_FACTS: Record<string, DerivedFact> = {
  household_size: {
    inputs: ['has_partner', 'children'],
    label: 'nombre de personnes dans le foyer',
    compute: householdSize,
  },
  minor_in_household: {
    inputs: ['children', 'visiting_children'],
    label: 'au moins un enfant mineur',
    compute: (f) => or(num(f.children) === undefined ? undefined : num(f.children)! > 0, bool(f.visiting_children)),
    describe: () => 'Au moins un enfant mineur vit avec vous.',
  },
  overcrowded_rooms: {
    // Seed 002 annexe 4 « Sur occupation (nombre de pièces) » : personnes > pièces + 1.
    inputs: ['has_partner', 'children', 'rooms'],
    label: 'trop de personnes pour le nombre de pièces',
    compute: (f) => {
      const size = householdSize(f);
      const rooms = num(f.rooms);
      if (f.rooms === null) return false;
      return size === undefined || rooms === undefined ? undefined : size > rooms + 1;
    },
    describe: (f) => `Vous êtes ${householdSize(f)} personnes pour ${String(f.rooms)} pièces.`,
  },
  overcrowded_surface: {
    // Seed 002 annexe 4 « Sur occupation (surface) » : surface below the minimum of the table.
    inputs: ['has_partner', 'children', 'surface'],
    label: 'logement trop petit en mètres carrés',
    compute: (f, grid) => {
      const size = householdSize(f);
      const surface = num(f.surface);
      if (f.surface === null) return false;
      if (size === undefined || surface === undefined) return undefined;
      const min = minimumSurface(grid, size);
      return min === undefined ? undefined : surface < min;
    },
    describe: (f, grid) => `Vous êtes ${householdSize(f)} personnes pour ${String(f.surface)} m². Le minimum est ${minimumSurface(grid, householdSize(f)!)} m².`,
  },
  overcrowded: {
    inputs: ['has_partner', 'children', 'rooms', 'surface'],
    label: 'logement trop petit pour le foyer',
    compute: (f, grid) => or(
      bool(DERIVED_FACTS.overcrowded_rooms!.compute(f, grid)),
      bool(DERIVED_FACTS.overcrowded_surface!.compute(f, grid)),
    ),
    describe: (f, grid) => ['overcrowded_rooms', 'overcrowded_surface'].filter((k) => DERIVED_FACTS[k]!.compute(f, grid) === true).map((k) => DERIVED_FACTS[k]!.describe!(f, grid)).join(' '),
  },
  under_occupied: {
    // Seed 002 annexe 4 « Sous occupation » : personnes < pièces - 1.
    inputs: ['has_partner', 'children', 'rooms'],
    label: 'logement trop grand pour le foyer',
    compute: (f) => {
      const size = householdSize(f);
      const rooms = num(f.rooms);
      if (f.rooms === null) return false;
      return size === undefined || rooms === undefined ? undefined : size < rooms - 1;
    },
    describe: (f) => `Vous êtes ${householdSize(f)} personnes pour ${String(f.rooms)} pièces.`,
  },
  lone_parent: {
    // Seed 002 annexe 4 « Parent isolé » : un enfant à charge, en droit de visite ou attendu, et pas de conjoint.
    inputs: ['has_partner', 'children', 'visiting_children', 'expected_birth'],
    label: 'parent seul avec un enfant',
    compute: (f) => {
      const children = num(f.children);
      const child = or(children === undefined ? undefined : children > 0, bool(f.visiting_children), bool(f.expected_birth));
      const partner = bool(f.has_partner);
      return and(child, partner === undefined ? undefined : !partner);
    },
    describe: () => 'Vous élevez seul au moins un enfant.',
  },
  under_30_household: {
    // Seed 002 annexe 4 « Jeunes de moins de 30 ans » : le demandeur et tous les codemandeurs ont moins de 30 ans.
    inputs: ['applicant_age', 'has_partner', 'partner_age'],
    label: 'foyer de moins de 30 ans',
    compute: (f) => {
      const a = num(f.applicant_age);
      const p = partnerAge(f);
      return and(a === undefined ? undefined : a < 30, p === null ? true : p === undefined ? undefined : p < 30);
    },
    describe: (f) => (f.has_partner ? 'Vous et votre conjoint avez moins de 30 ans.' : 'Vous avez moins de 30 ans.'),
  },
  over_60: {
    // Seed 002 annexe 4 « Personnes âgées… » : le demandeur, un codemandeur ou une personne à charge a 60 ans ou plus.
    inputs: ['applicant_age', 'has_partner', 'partner_age', 'dependent_over_60'],
    label: 'une personne de 60 ans ou plus',
    compute: (f) => or(someoneAged(f, (age) => age >= 60), bool(f.dependent_over_60)),
    describe: () => 'Une personne du foyer a 60 ans ou plus.',
  },
  over_75: {
    inputs: ['applicant_age', 'has_partner', 'partner_age'],
    label: 'une personne de plus de 75 ans',
    compute: (f) => someoneAged(f, (age) => age > 75),
    describe: () => 'Vous ou votre conjoint avez plus de 75 ans.',
  },
  seniority_years: {
    inputs: ['seniority_months'],
    label: 'années d’attente',
    compute: (f) => {
      const m = num(f.seniority_months);
      return m === undefined ? undefined : Math.floor(m / 12);
    },
  },
};

/** Answers plus every derived fact whose inputs the grid asks. */
export function computeFacts(grid: Grid, answers: Answers): Facts {
  const asked = new Set(grid.questions.map((q) => q.id));
  const facts: Facts = {};
  // A question hidden by its askIf is « not concerned » (null): its criteria do not apply, nothing is missing.
  for (const q of grid.questions)
    facts[q.id] = q.askIf && evaluateCondition(q.askIf, facts).value === false ? null : answers[q.id];
  for (const [id, d] of Object.entries(DERIVED_FACTS))
    if (d.inputs.every((i) => asked.has(i))) facts[id] = d.compute(facts, grid);
  return facts;
}
