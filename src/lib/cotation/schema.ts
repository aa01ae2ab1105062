/**
 * Schema of a territory's cotation grid (`data/territories/<slug>/cotation.yaml`, DESIGN.md §8).
 * The grid is data that EPCI staff edit: every field has a French message when it is wrong, and the
 * engine (engine.ts) only imports the inferred types, so zod never reaches the browser island.
 */
import { z } from 'zod';
import { webUrl } from '../diagnostics/index.ts';

/** The simulator's steps, in the order they are asked. */
export const STEPS = ['foyer', 'logement', 'situation', 'motifs', 'anciennete', 'refus'] as const;
/** One step of the simulator. */
export type Step = (typeof STEPS)[number];

/** A value an answer can be compared with. */
const scalar = z.union([z.string(), z.number(), z.boolean()], { error: 'attendu : un texte, un nombre ou oui/non' });

/**
 * A condition on answers and derived facts. Exactly one of `all`, `any`, `not`, `fact`.
 * `fact` alone means "the answer is yes"; with `is`, `in`, `has`, `gte`, `gt`, `lte`, `lt` it compares.
 */
export interface Condition {
  /** Every sub-condition is true. */
  all?: Condition[] | undefined;
  /** At least one sub-condition is true. */
  any?: Condition[] | undefined;
  /** The sub-condition is false. */
  not?: Condition | undefined;
  /** Id of a question or of a derived fact. */
  fact?: string | undefined;
  /** The answer equals this value (one choice, a number, yes/no). */
  is?: string | number | boolean | undefined;
  /** The answer is one of these values. */
  in?: (string | number | boolean)[] | undefined;
  /** For a several-choices question: this choice is ticked. */
  has?: string | undefined;
  /** The number is at least this. */
  gte?: number | undefined;
  /** The number is more than this. */
  gt?: number | undefined;
  /** The number is at most this. */
  lte?: number | undefined;
  /** The number is less than this. */
  lt?: number | undefined;
}

/** Zod schema of {@link Condition}, recursive. */
export const conditionSchema: z.ZodType<Condition> = z
  .strictObject({
    get all() {
      return z.array(conditionSchema).min(1).optional();
    },
    get any() {
      return z.array(conditionSchema).min(1).optional();
    },
    get not() {
      return conditionSchema.optional();
    },
    fact: z.string().min(1).optional(),
    is: scalar.optional(),
    in: z.array(scalar).min(1).optional(),
    has: z.string().optional(),
    gte: z.number().optional(),
    gt: z.number().optional(),
    lte: z.number().optional(),
    lt: z.number().optional(),
  })
  .superRefine((c, ctx) => {
    const heads = (['all', 'any', 'not', 'fact'] as const).filter((k) => c[k] !== undefined);
    if (heads.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message: 'une condition doit avoir exactement une de ces clés : fact, all, any, not',
      });
    const tests = (['is', 'in', 'has', 'gte', 'gt', 'lte', 'lt'] as const).filter((k) => c[k] !== undefined);
    if (tests.length && c.fact === undefined)
      ctx.addIssue({ code: 'custom', message: `« ${tests.join(', ')} » doit suivre « fact »` });
  }) as z.ZodType<Condition>;

/** One choice of a choice question. */
const optionSchema = z.strictObject({
  /** Stored value, used in conditions (ASCII, kebab-case). */
  value: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'valeur en minuscules sans accent ni espace, par exemple « chez-des-tiers »' }),
  /** What the applicant reads, in FALC. */
  label: z.string().min(1),
  /** This answer means « je ne sais pas »: the criteria reading the question wait for an answer and show their points. */
  unknown: z.boolean().optional(),
});

/** A text that replaces another one when its condition holds (e.g. no partner in the words for a single person). */
const variantSchema = z.strictObject({
  /** When this text is used. */
  when: conditionSchema,
  /** The text. */
  text: z.string().min(1),
});

/** A question asked by the simulator. */
export const questionSchema = z.strictObject({
  /** Identifier used in conditions; some ids feed derived facts (facts.ts). */
  id: z
    .string()
    .regex(/^[a-z0-9_]+$/, { error: 'identifiant en minuscules, chiffres et « _ », par exemple « applicant_age »' }),
  /** Simulator step where the question is asked. */
  step: z.enum(STEPS),
  /** yesno: a checkbox; choice: one answer; multi: several answers; number: a whole number; month: a month and a year (« 2023-06 »). */
  kind: z.enum(['yesno', 'choice', 'multi', 'number', 'month']),
  /** The question, in FALC. */
  label: z.string().min(1),
  /** Other wordings for some households, the first whose condition holds replaces `label` (e.g. without a partner). */
  labelIf: z.array(variantSchema).optional(),
  /** Plain-language help shown under the question. */
  help: z.string().optional(),
  /** Possible answers of choice and multi questions. */
  options: z.array(optionSchema).min(2).optional(),
  /** Smallest accepted number. */
  min: z.number().optional(),
  /** Largest accepted number. */
  max: z.number().optional(),
  /** Unit shown after a number field, e.g. « mois ». */
  unit: z.string().optional(),
  /** Ask only when this condition is true (e.g. the partner's age only with a partner). */
  askIf: conditionSchema.optional(),
  /** A yearly income limit that explains the question, when the territory publishes one. */
  incomeLimit: z
    .strictObject({
      /** Yearly income of a person living alone, in euros. */
      euros: z.number().positive(),
      /** Year of the limit. */
      year: z.number().int(),
      /** Where the limit comes from. */
      reference: z.string().min(1),
    })
    .optional(),
});

/** A document proving a criterion: a text, or a text shown only when its condition holds. */
const justificatifSchema = z.union([z.string().min(1), variantSchema]);

/** One step of a band: from `from` (included) to `to` (excluded). */
const bandSchema = z.strictObject({
  /** Lower bound, included. */
  from: z.number(),
  /** Upper bound, excluded; absent for the last band. */
  to: z.number().optional(),
  /** Points of the band. */
  points: z.number(),
  /** Extra points per whole unit above `from` (e.g. + 1 point per extra year). */
  perUnitAbove: z.number().optional(),
});

/** A criterion of the grid and how it scores. */
export const criterionSchema = z
  .strictObject({
    /** Stable identifier (kebab-case). */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'identifiant en minuscules sans accent, par exemple « dalo »' }),
    /** Short label in FALC, shown to the applicant. */
    label: z.string().min(1),
    /** Other labels for some households, the first whose condition holds replaces `label`. */
    labelIf: z.array(variantSchema).optional(),
    /** Wording of the official grid, as printed in the source. */
    official: z.string().min(1),
    /** Category of the official grid (Logement actuel, Situation personnelle…). */
    category: z.string().min(1),
    /** cch: obligatory criterion of L441-1; facultatif: chosen by the territory; local: local priority. */
    nature: z.enum(['cch', 'facultatif', 'local']),
    /** Exclusive group: only the criterion of the group worth the most points counts. */
    group: z.string().optional(),
    /** When the criterion applies; absent: always (per-unit and band criteria read their fact). */
    when: conditionSchema.optional(),
    /** Fixed points (negative for a penalty). */
    points: z.number().optional(),
    /** Points per unit of a numeric fact, with optional cap. */
    perUnit: z
      .strictObject({
        /** Numeric fact counted. */
        fact: z.string().min(1),
        /** Points per unit (negative for refusals). */
        points: z.number(),
        /** Cap on the absolute value of the points. */
        max: z.number().positive().optional(),
      })
      .optional(),
    /** Points by bands of a numeric fact. */
    bands: z
      .strictObject({
        /** Numeric fact read. */
        fact: z.string().min(1),
        /** Bands in increasing order, not overlapping. */
        steps: z.array(bandSchema).min(1),
      })
      .optional(),
    /** Multiplies a sum of the other criteria (e.g. 130 % for the first income quartile). */
    coefficient: z
      .strictObject({
        /** The factor, e.g. 1.3. */
        factor: z.number().positive(),
        /** positive: the sum of the positive points of the other criteria. */
        on: z.enum(['positive']),
      })
      .optional(),
    /** Documents that prove the criterion; one with `when` is listed only for the households it fits. */
    justificatifs: z.array(justificatifSchema).default([]),
    /** declaratif: counted from the form; guichet: only a desk can validate it. */
    validation: z.enum(['declaratif', 'guichet']).default('declaratif'),
    /** Where the criterion and its weight come from (document and section). */
    reference: z.string().min(1),
    /** Why the criterion has no points in this grid, or how it is used. */
    note: z.string().optional(),
    /** What is unclear in the source; shown on the published grid. */
    toVerify: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const kinds = (['points', 'perUnit', 'bands', 'coefficient'] as const).filter((k) => c[k] !== undefined);
    if (kinds.length > 1)
      ctx.addIssue({
        code: 'custom',
        message: `un critère a une seule façon de compter ses points, pas ${kinds.join(' et ')}`,
      });
  });

/** Minimum surface of the current home per number of persons (CERFA computation, seed 002 annexe 4). */
const surfaceRowSchema = z.strictObject({
  /** Number of persons in the household (the last row also covers larger households). */
  persons: z.number().int().positive(),
  /** Minimum surface in m². */
  minimum: z.number().positive(),
});

/** An example household and its expected total, checked by the tests. */
const exampleSchema = z.strictObject({
  /** Short description of the household. */
  name: z.string().min(1),
  /** Answers, by question id. */
  answers: z.record(z.string(), z.union([scalar, z.array(z.string())])),
  /** Expected total. */
  total: z.number(),
  /** Expected points of every criterion that gives points (criteria not listed give 0). */
  points: z.record(z.string(), z.number()).default({}),
  /** Questions expected to be still unanswered. */
  missing: z.array(z.string()).default([]),
  /** Shown as the worked example on the simulator page without JavaScript. */
  showcase: z.boolean().optional(),
});

/** The whole grid file. */
export const gridSchema = z.strictObject({
  /** Title of the grid, e.g. « Grille de cotation de Thiers Dore et Montagne ». */
  title: z.string().min(1),
  /** Official document adopting the grid. */
  reference: z.string().min(1),
  /** Where the document can be read, if public. */
  referenceUrl: webUrl().optional(),
  /** General notes about reading the grid (shown on the published grid). */
  notes: z.array(z.string()).default([]),
  /** Where the justificatifs come from when the territory's document does not list them. */
  justificatifsSource: z.string().optional(),
  /** Month on which the examples count the waiting time, « 2024-12 »: the examples do not follow the clock. */
  examplesMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'attendu : une année et un mois, par exemple « 2024-12 »' })
    .optional(),
  /** Minimum surfaces for overcrowding by surface. */
  minimumSurface: z
    .strictObject({
      /** Rows by household size; a missing size means the source is unreadable for it. */
      rows: z.array(surfaceRowSchema).min(1),
      /** Source of the table. */
      reference: z.string().min(1),
      /** What is unclear in the source. */
      toVerify: z.string().optional(),
    })
    .optional(),
  /** What the simulator asks. */
  questions: z.array(questionSchema).min(1),
  /** The criteria, in the order of the official grid. */
  criteria: z.array(criterionSchema).min(1),
  /** Example households with their expected totals. */
  examples: z.array(exampleSchema).default([]),
});

/** A question of the grid. */
export type Question = z.infer<typeof questionSchema>;
/** A criterion of the grid. */
export type Criterion = z.infer<typeof criterionSchema>;
/** A validated grid. */
export type Grid = z.infer<typeof gridSchema>;
/** An example of the grid. */
export type GridExample = Grid['examples'][number];
/** Answers of the simulator, by question id; yes/no are booleans, multi are arrays. */
export type Answers = Record<string, string | number | boolean | string[] | undefined>;
/** A text with a variant for some households. */
export type Variant = z.infer<typeof variantSchema>;
/** A document proving a criterion. */
export type Justificatif = z.infer<typeof justificatifSchema>;
