import { z } from 'zod';

const text = z.string().trim().min(1, { error: 'texte vide' });
const count = z
  .int({ error: 'nombre entier attendu, sans espace ni point' })
  .min(0, { error: 'nombre positif attendu' });

/**
 * Where an action of the plan stands, as in the summary table of seed 001 (Non fait, Partiellement fait,
 * Fait) and the calendar of seed 002 (action planned for a half-year, then late if not done).
 */
export const ACTION_STATUSES = ['fait', 'en-cours', 'en-retard', 'pas-commence'] as const;

/** One action of the plan (PPGDID) and where it stands at the end of the year. */
export const planActionSchema = z.strictObject({
  /** Axis of the plan the action belongs to, e.g. "L'accueil et l'information des demandeurs". */
  axis: text,
  /** The action, as the plan names it, in FALC. */
  title: text,
  /** Where it stands at 31 December. */
  status: z.enum(ACTION_STATUSES, { error: `état attendu : ${ACTION_STATUSES.join(', ')}` }),
  /** When the plan planned it, e.g. "1er semestre 2024" (seed 002 calendar). */
  planned: text.optional(),
  /** What was done, or why it is late: one or two FALC sentences. */
  comment: text.optional(),
});

/**
 * rapports-annuels/<année>.yaml: what the intercommunality fills each year for the yearly report of the
 * information service (CCH R441-2-12, seed 001; seed 002 "données qualitatives sur le fonctionnement du
 * SIAD"). The demand and attribution figures come from the data files, never from this file.
 */
export const yearlyReportSchema = z.strictObject({
  /** Year the report covers; it must match the file name. */
  year: z.int().min(2000).max(2100),
  /** True while the figures of this file are examples: the page and the PDF say so. */
  demo: z.boolean().default(false),
  /** Where the actions and figures come from (documents and sections): a field, the editor drops comments. */
  source: text.optional(),
  /** Opinion of the conférence intercommunale du logement and deliberation (R441-2-12), once given. */
  approval: z
    .strictObject({
      /** E.g. "avis rendu le 5 décembre 2023". */
      cilOpinion: text.optional(),
      /** E.g. "délibération du conseil communautaire du 14 décembre 2023". */
      deliberation: text.optional(),
    })
    .optional(),
  /** People received during the year, per desk level; absent when not counted. */
  received: z
    .strictObject({
      /** Level 1 desks: information. */
      level1: count.optional(),
      /** Level 2 desks: registration. */
      level2: count.optional(),
      /** Level 3: social support. */
      level3: count.optional(),
    })
    .default({}),
  /** New demands registered by the territory's desks during the year. */
  registered: count.optional(),
  /** Demands renewed at the territory's desks during the year. */
  renewals: count.optional(),
  /** The questions people asked most, in FALC, most frequent first. */
  mainQuestions: z.array(text).max(8, { error: '8 questions au plus' }).default([]),
  /** Actions of the plan and where they stand. */
  actions: z.array(planActionSchema).default([]),
});

/** A yearly report file, defaults applied. */
export type YearlyReportFile = z.infer<typeof yearlyReportSchema>;
/** Where an action stands. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];
