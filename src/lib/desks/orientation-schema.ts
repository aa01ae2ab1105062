import { z } from 'zod';
import { DESK_KINDS, AUDIENCES } from './schema.ts';
import { linkUrl } from '../diagnostics/index.ts';

const id = z.string().regex(/^[a-z0-9-]+$/, { error: 'identifiant attendu : minuscules, chiffres et tirets' });
const text = z.string().trim().min(1, { error: 'texte vide' });

/**
 * Where people should go, as listed by the schéma d'orientation of seed 000 §IV. Tests check that each
 * situation of the seed ends on an outcome of the right kind.
 */
export const ORIENTATIONS = [
  'siao',
  'bailleur',
  'action-logement',
  'departement',
  'ccas',
  'portail',
  'guichet',
] as const;

/** One possible answer: a button-like link to the next question or to an outcome. */
export const answerSchema = z.strictObject({
  /** Stable identifier, used in URLs and tests. */
  id,
  /** What the person clicks, in FALC. */
  label: text,
  /** Id of the next question or of an outcome. */
  next: id,
});

/** One question, asked alone on its page. */
export const questionSchema = z.strictObject({
  /** Stable identifier, used in the page address. */
  id,
  /** The question, one short FALC sentence. */
  question: text,
  /** Optional FALC explanation under the question. */
  help: text.optional(),
  /** At least 2 answers. */
  answers: z.array(answerSchema).min(2, { error: 'au moins 2 réponses attendues' }),
});

/** Which desks of desks.yaml an outcome shows. */
export const deskSelectorSchema = z.strictObject({
  /** Desk kinds to show. */
  kinds: z.array(z.enum(DESK_KINDS)).optional(),
  /** Levels to show (any of them). */
  levels: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).optional(),
  /** Audiences to show. */
  audiences: z.array(z.enum(AUDIENCES)).optional(),
});

/** The end of a path: advice and the desks that fit. */
export const outcomeSchema = z.strictObject({
  /** Stable identifier, used in the page address. */
  id,
  /** Which branch of the seed's schéma d'orientation this is. */
  orientation: z.enum(ORIENTATIONS, { error: `orientation attendue : ${ORIENTATIONS.join(', ')}` }),
  /** Title of the result page, FALC. */
  title: text,
  /** Short FALC paragraphs. */
  text: z.array(text).min(1),
  /** True to show the online portals of territory.yaml. */
  portals: z.boolean().default(false),
  /** Useful websites named by a seed, e.g. Action Logement's AL'in platform. */
  links: z.array(z.strictObject({ label: text, url: linkUrl() })).default([]),
  /** The desks to show; none when the advice is only a portal or a phone call. */
  desks: deskSelectorSchema.optional(),
  /** FALC sentence shown when no desk of the territory matches the selector. */
  whenNoDesk: text.optional(),
  /**
   * True to say, under the desks, where to file a demand now: the online portals and the territory's
   * registration desks. For results where filing early matters, e.g. the 115: the demand gives points.
   */
  register: z.boolean().default(false),
});

/** orientation.yaml: the questions and the outcomes of the "Où aller ?" helper. */
export const orientationSchema = z.strictObject({
  /** Where the rule comes from (seed file and section). */
  source: text,
  /** Id of the first question. */
  start: id,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});

export type Orientation = z.infer<typeof orientationSchema>;
export type OrientationQuestion = z.infer<typeof questionSchema>;
export type OrientationOutcome = z.infer<typeof outcomeSchema>;
export type DeskSelector = z.infer<typeof deskSelectorSchema>;
