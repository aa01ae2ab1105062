import { z } from 'zod';
import { falcReviewSchema } from '../falc/index.ts';

/** Front matter of a FALC page of content/ (or of a territory's content/ folder). */
export const pageSchema = z.strictObject({
  /** Title of the page, in FALC: it is the h1. */
  title: z.string().min(1),
  /** One FALC sentence: shown in lists of pages and to search engines. */
  description: z.string().min(1),
  /** Place in the list of pages (smallest first). */
  order: z.number().int(),
  /** Who the page is mainly for. */
  audience: z.enum(['tous', 'demandeurs', 'locataires-hlm', 'personnes-sans-logement']).default('tous'),
  /** Date of the last check of the facts against the law and the seeds. */
  lastReview: z.coerce.date(),
  /**
   * Review by an organisation of readers with intellectual disabilities, with the fingerprint of the text they
   * read: only while it matches the current text may the page say « facile à lire » (and show the logo).
   */
  falcReview: falcReviewSchema.optional(),
  /**
   * Long page: how many sections (h2) stay open at the top; the following ones are folded under their
   * titles, so that the page fits a phone screen. Absent: every section is open.
   */
  foldAfter: z.number().int().min(0).optional(),
  /**
   * Where the facts of the page come from (document and section), one per line. A field and not an MDX comment:
   * the editor rewrites the body and escapes a comment into code that the check of pages refuses.
   */
  references: z.array(z.string().min(1)).optional(),
  /** Short label for menus, when the title is too long. */
  navLabel: z.string().optional(),
});
