/**
 * FALC review record (RLS 2.1 and 2.2: an easy-to-read text is checked by its readers). A page or the guide
 * may carry who reviewed it (an organisation of readers, never a person's name), when, and the fingerprint of
 * the text they read. The "facile à lire" mention is shown only while that fingerprint is the fingerprint of
 * the current text: a text changed after its review has to be reviewed again.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Twelve hexadecimal digits: short enough to copy by hand, long enough that two texts never share one. */
const FINGERPRINT = /^[0-9a-f]{12}$/;

/** Civilities and titles that start a person's name: a review record names an organisation instead. */
const PERSON = /^(m\.|mme|mlle|monsieur|madame|mademoiselle|dr|docteur|pr)(\s|\.|$)/i;

/** The review record, as written in a page's front matter or in territory.yaml. */
export const falcReviewSchema = z.strictObject({
  /** The organisation of readers: an ESAT, a self-advocacy group, an association. Never a person. */
  by: z
    .string()
    .trim()
    .min(2)
    .refine((by) => !PERSON.test(by), {
      message:
        'nom d’une organisation de relecteurs attendu (un établissement d’aide par le travail, un groupe, une association), pas d’une personne',
    }),
  /** Day of the review. */
  date: z.coerce.date(),
  /** Fingerprint of the text reviewed, as the site shows it under « Version du texte ». */
  // Copied as shown (groups of four) or without spaces: both are the same fingerprint.
  fingerprint: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, '').toLowerCase())
    .pipe(
      z.string().regex(FINGERPRINT, {
        message: 'empreinte attendue : 12 chiffres et lettres de a à f, recopiées de « Version du texte »',
      }),
    ),
});
export type FalcReview = z.infer<typeof falcReviewSchema>;

/**
 * Fingerprint of a text made of parts (title, description, body…). Spaces and line breaks do not count, so
 * re-indenting a file keeps its review; any change of a word, a sign or a digit gives another fingerprint.
 */
export function textFingerprint(parts: readonly string[]): string {
  const text = parts.map((p) => p.normalize('NFC').replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** Where a text stands against its review record. */
export type ReviewStatus =
  | { state: 'none'; fingerprint: string }
  | { state: 'current'; fingerprint: string; review: FalcReview }
  | { state: 'stale'; fingerprint: string; review: FalcReview };

/** Compares the record with the fingerprint of the current text. */
export function reviewStatus(review: FalcReview | undefined, fingerprint: string): ReviewStatus {
  if (!review) return { state: 'none', fingerprint };
  return review.fingerprint === fingerprint
    ? { state: 'current', fingerprint, review }
    : { state: 'stale', fingerprint, review };
}

/** The fingerprint as shown to people: three groups of four, easier to read aloud and to copy. */
export function fingerprintLabel(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}
