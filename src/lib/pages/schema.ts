import { z } from 'zod';

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
  /** Review by readers with intellectual disabilities: only then may the European easy-to-read logo appear. */
  falcReview: z
    .strictObject({
      /** Who reviewed, e.g. the name of the group of readers. */
      by: z.string().min(1),
      /** When. */
      date: z.coerce.date(),
    })
    .optional(),
  /**
   * Long page: how many sections (h2) stay open at the top; the following ones are folded under their
   * titles, so that the page fits a phone screen. Absent: every section is open.
   */
  foldAfter: z.number().int().min(0).optional(),
  /** Short label for menus, when the title is too long. */
  navLabel: z.string().optional(),
});
