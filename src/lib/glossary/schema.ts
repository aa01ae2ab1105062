import { z } from 'zod';

/** One entry of content/glossaire.yaml. */
export const glossaryEntrySchema = z.strictObject({
  /** Anchor on the glossary page, ASCII kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'identifiant attendu : minuscules, chiffres et tirets' }),
  /** The word or acronym as shown as the entry's title. */
  term: z.string().trim().min(1),
  /** Spellings found in texts; the first one met on a page is linked to the definition. */
  forms: z.array(z.string().trim().min(1)).min(1),
  /** Definition in FALC. */
  definition: z.string().trim().min(1),
  /** Everyday example, in FALC. */
  example: z.string().trim().min(1).optional(),
  /** Seed file and section the definition comes from, when it comes from one. */
  source: z.string().optional(),
});

/** content/glossaire.yaml: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
