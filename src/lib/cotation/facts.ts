/**
 * Derived facts: what the CERFA 14069 computes from the household's answers (seed 002 annexe 4,
 * « calculé à partir du Cerfa »). A grid's conditions read them like answers. `undefined` means an
 * answer is missing, so a criterion depending on it is reported as « missing », never as « no ».
 * This table is the only place that names the questions a derived fact reads.
 * No node: import: this file runs in the browser.
 */
import type { Answers, Grid } from './schema.ts';
import { evaluateCondition } from './conditions.ts';

/** Value of an answer or derived fact; undefined when unknown, null when « not concerned » (question not asked). */
export type FactValue = string | number | boolean | string[] | null | undefined;
/** Every fact of a household: answers plus derived facts. */
export type Facts = Record<string, FactValue>;

/** What the evaluation needs besides the answers. */
export interface EvaluationContext {
  /** The current month « 2024-12 »: the visitor's clock in the browser, the grid's `examplesMonth` at build time. */
  today?: string | undefined;
}

/** A derived fact: its type, the question ids it reads, and how it is computed and told. */
export interface DerivedFact {
  /** boolean facts are used in conditions; number facts also by per-unit and band points. */
  type: 'boolean' | 'number';
  /** Unit of a number fact, plural (« mois », « ans »). */
  unit?: string;
  /** Question ids read; a grid using the fact must ask them all. */
  inputs: readonly string[];
  /** FALC label for explanations. */
  label: string;
  /** Computes the fact; undefined when an input is missing. */
  compute(f: Facts, grid: Grid, ctx: EvaluationContext): FactValue;
  /** FALC sentence with the household's own figures, for a boolean fact that is true or false. */
  describe?(f: Facts, grid: Grid, value: boolean): string;
}

const num = (v: FactValue): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: FactValue): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** Three-valued OR: true wins over unknown. */
const or = (...xs: (boolean | undefined)[]) => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
/** Three-valued AND: false wins over unknown. */
const and = (...xs: (boolean | undefined)[]) =>
  xs.includes(false) ? false : xs.includes(undefined) ? undefined : true;
const persons = (n: number | undefined) => (n === 1 ? '1 personne' : `${n} personnes`);

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
export function minimumSurface(grid: Grid, size: number): number | undefined {
  // Stryker disable next-line ArrayDeclaration: a list holding anything but rows finds no row either.
  const rows = [...(grid.minimumSurface?.rows ?? [])].sort((a, b) => a.persons - b.persons);
  const last = rows[rows.length - 1];
  // Stryker disable next-line EqualityOperator: at the last row's size, the row found below is that same row.
  if (last && size > last.persons) return last.minimum;
  return rows.find((r) => r.persons === size)?.minimum;
}

/** Months from a « 2023-06 » month to another one, never negative. */
export function monthsBetween(from: string, to: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/;
  const a = m.exec(from);
  const b = m.exec(to);
  if (!a || !b) return undefined;
  return Math.max(0, Number(b[1]) * 12 + Number(b[2]) - Number(a[1]) * 12 - Number(a[2]));
}

const overcrowdedRooms = (f: Facts): boolean | undefined => {
  const size = householdSize(f);
  const rooms = num(f.rooms);
  if (f.rooms === null) return false;
  return size === undefined || rooms === undefined ? undefined : size > rooms + 1;
};
const overcrowdedSurface = (f: Facts, grid: Grid): boolean | undefined => {
  const size = householdSize(f);
  const surface = num(f.surface);
  if (f.surface === null) return false;
  if (size === undefined || surface === undefined) return undefined;
  const min = minimumSurface(grid, size);
  return min === undefined ? undefined : surface < min;
};
/** « 1 pièce », « 3 pièces »: singular below 2, as for persons. */
const roomsWord = (rooms: FactValue) =>
  `${String(rooms)} ${typeof rooms === 'number' && rooms < 2 ? 'pièce' : 'pièces'}`;
const roomsText = (f: Facts, value: boolean) =>
  `Vous êtes ${persons(householdSize(f))} pour ${roomsWord(f.rooms)}.${value ? '' : ' Il faut au moins 2 personnes de plus que de pièces.'}`;
const surfaceText = (f: Facts, grid: Grid, value: boolean) => {
  const min = minimumSurface(grid, householdSize(f) ?? 0);
  return `Vous êtes ${persons(householdSize(f))} pour ${String(f.surface)} m². ${value ? 'Le minimum est' : 'Il faut moins de'} ${min} m².`;
};
const monthsOf = (f: Facts, ctx: EvaluationContext) =>
  // Stryker disable next-line ConditionalExpression,LogicalOperator: monthsBetween also gives undefined without two « AAAA-MM » months; the test keeps the types exact.
  typeof f.demand_month === 'string' && ctx.today ? monthsBetween(f.demand_month, ctx.today) : undefined;

/** The derived facts, by id. Their ids may be used in conditions like question ids. */
export const DERIVED_FACTS: Record<string, DerivedFact> = {
  household_size: {
    type: 'number',
    unit: 'personnes',
    inputs: ['has_partner', 'children'],
    label: 'nombre de personnes dans le foyer',
    compute: householdSize,
  },
  minor_in_household: {
    type: 'boolean',
    inputs: ['children', 'visiting_children'],
    label: 'au moins un enfant mineur',
    compute: (f) => or(num(f.children) === undefined ? undefined : num(f.children)! > 0, bool(f.visiting_children)),
    describe: (_f, _g, v) => (v ? 'Au moins un enfant mineur vit avec vous.' : 'Aucun enfant mineur ne vit avec vous.'),
  },
  overcrowded_rooms: {
    // Seed 002 annexe 4 « Sur occupation (nombre de pièces) » : personnes > pièces + 1.
    type: 'boolean',
    inputs: ['has_partner', 'children', 'rooms'],
    label: 'trop de personnes pour le nombre de pièces',
    compute: overcrowdedRooms,
    describe: (f, _g, v) => roomsText(f, v),
  },
  overcrowded_surface: {
    // Seed 002 annexe 4 « Sur occupation (surface) » : surface below the minimum of the table.
    type: 'boolean',
    inputs: ['has_partner', 'children', 'surface'],
    label: 'logement trop petit en mètres carrés',
    compute: overcrowdedSurface,
    describe: surfaceText,
  },
  overcrowded: {
    type: 'boolean',
    inputs: ['has_partner', 'children', 'rooms', 'surface'],
    label: 'logement trop petit pour le foyer',
    compute: (f, grid) => or(overcrowdedRooms(f), overcrowdedSurface(f, grid)),
    describe: (f, grid, v) => {
      const parts: string[] = [];
      if (overcrowdedRooms(f) === v && f.rooms !== null) parts.push(roomsText(f, v));
      // A surface « not concerned » (null) makes overcrowdedSurface false: only a number is worth a sentence.
      if (overcrowdedSurface(f, grid) === v && typeof f.surface === 'number') parts.push(surfaceText(f, grid, v));
      return parts.join(' ') || 'Votre logement n’est pas trop petit pour le foyer.';
    },
  },
  under_occupied: {
    // Seed 002 annexe 4 « Sous occupation » : personnes < pièces - 1.
    type: 'boolean',
    inputs: ['has_partner', 'children', 'rooms'],
    label: 'logement trop grand pour le foyer',
    compute: (f) => {
      const size = householdSize(f);
      const rooms = num(f.rooms);
      if (f.rooms === null) return false;
      return size === undefined || rooms === undefined ? undefined : size < rooms - 1;
    },
    describe: (f, _g, v) =>
      `Vous êtes ${persons(householdSize(f))} pour ${roomsWord(f.rooms)}.${v ? '' : ' Il faut au moins 2 pièces de plus que de personnes.'}`,
  },
  lone_parent: {
    // Seed 002 annexe 4 « Parent isolé » : un enfant à charge, en droit de visite ou attendu, et pas de conjoint.
    type: 'boolean',
    inputs: ['has_partner', 'children', 'visiting_children', 'expected_birth'],
    label: 'parent seul avec un enfant',
    compute: (f) => {
      const children = num(f.children);
      const child = or(
        children === undefined ? undefined : children > 0,
        bool(f.visiting_children),
        bool(f.expected_birth),
      );
      const partner = bool(f.has_partner);
      return and(child, partner === undefined ? undefined : !partner);
    },
    describe: (f, _g, v) =>
      v
        ? 'Vous élevez seul au moins un enfant.'
        : f.has_partner
          ? 'Vous faites la demande en couple.'
          : 'Vous n’avez pas d’enfant à charge.',
  },
  under_30_household: {
    // Seed 002 annexe 4 « Jeunes de moins de 30 ans » : le demandeur et tous les codemandeurs ont moins de 30 ans.
    type: 'boolean',
    inputs: ['applicant_age', 'has_partner', 'partner_age'],
    label: 'foyer de moins de 30 ans',
    compute: (f) => {
      const a = num(f.applicant_age);
      const p = partnerAge(f);
      return and(a === undefined ? undefined : a < 30, p === null ? true : p === undefined ? undefined : p < 30);
    },
    describe: (f, _g, v) =>
      f.has_partner
        ? v
          ? 'Vous et votre conjoint avez moins de 30 ans.'
          : 'Il faut que vous et votre conjoint ayez moins de 30 ans.'
        : v
          ? 'Vous avez moins de 30 ans.'
          : `Vous avez ${String(f.applicant_age)} ans. Il faut avoir moins de 30 ans.`,
  },
  over_60: {
    // Seed 002 annexe 4 « Personnes âgées… » : le demandeur, un codemandeur ou une personne à charge a 60 ans ou plus.
    type: 'boolean',
    inputs: ['applicant_age', 'has_partner', 'partner_age', 'dependent_over_60'],
    label: 'une personne de 60 ans ou plus',
    compute: (f) =>
      or(
        someoneAged(f, (age) => age >= 60),
        bool(f.dependent_over_60),
      ),
    describe: (_f, _g, v) => (v ? 'Une personne du foyer a 60 ans ou plus.' : 'Personne du foyer n’a 60 ans ou plus.'),
  },
  over_75: {
    type: 'boolean',
    inputs: ['applicant_age', 'has_partner', 'partner_age'],
    label: 'une personne de plus de 75 ans',
    compute: (f) => someoneAged(f, (age) => age > 75),
    describe: (f, _g, v) =>
      v
        ? f.has_partner
          ? 'Vous ou votre conjoint avez plus de 75 ans.'
          : 'Vous avez plus de 75 ans.'
        : f.has_partner
          ? 'Il faut que vous ou votre conjoint ayez plus de 75 ans.'
          : `Vous avez ${String(f.applicant_age)} ans. Il faut avoir plus de 75 ans.`,
  },
  seniority_months: {
    type: 'number',
    unit: 'mois',
    inputs: ['demand_month'],
    label: 'mois d’attente',
    compute: (f, _g, ctx) => monthsOf(f, ctx),
  },
  seniority_years: {
    type: 'number',
    unit: 'ans',
    inputs: ['demand_month'],
    label: 'années d’attente',
    compute: (f, _g, ctx) => {
      const m = monthsOf(f, ctx);
      return m === undefined ? undefined : Math.floor(m / 12);
    },
  },
};

/** Answers plus every derived fact whose inputs the grid asks. */
export function computeFacts(grid: Grid, answers: Answers, ctx: EvaluationContext = {}): Facts {
  const asked = new Set(grid.questions.map((q) => q.id));
  // No prototype, and only the answers' own keys: a question named « constructor » is not answered by Object.
  const facts: Facts = Object.create(null) as Facts;
  // A question hidden by its askIf is « not concerned » (null): its criteria do not apply, nothing is missing.
  for (const q of grid.questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const unknown = q.kind === 'choice' && q.options?.some((o) => o.unknown && o.value === a);
    facts[q.id] = q.askIf && evaluateCondition(q.askIf, facts).value === false ? null : unknown ? undefined : a;
  }
  for (const [id, d] of Object.entries(DERIVED_FACTS))
    if (d.inputs.every((i) => asked.has(i))) facts[id] = d.compute(facts, grid, ctx);
  return facts;
}
