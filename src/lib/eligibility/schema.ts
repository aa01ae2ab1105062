/**
 * Schema of the shared ceilings file (`data/common/plafonds-ressources.yaml`): every field has a French
 * message, since people who are not developers update it each January.
 */
import { z } from 'zod';
import { webUrl } from '../diagnostics/index.ts';
import { ZONES } from './words.ts';

const text = z.string().trim().min(1, { error: 'texte vide' });
const day = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const euros = z.int({ error: 'montant en euros attendu, sans espace ni virgule, par exemple 23403' }).positive({
  error: 'montant positif attendu',
});

/** Categories 1 to 6, then « par personne supplémentaire »: 7 amounts. */
const row = z.tuple([euros, euros, euros, euros, euros, euros, euros], {
  error: '7 montants attendus : catégories 1 à 6, puis « par personne supplémentaire »',
});

/** One amount row per zone, the three zones. */
const byZone = z.strictObject(
  Object.fromEntries(ZONES.map((zone) => [zone, row])) as Record<(typeof ZONES)[number], typeof row>,
  { error: 'les 3 zones sont attendues : paris, ile-de-france, autres-regions' },
);

/** One year of ceilings. */
export const yearSchema = z.strictObject({
  year: z.int().min(2000).max(2100),
  validFrom: day,
  validTo: day,
  /** The arrêté, as people cite it. */
  source: text,
  /** Day of publication in the Journal officiel. */
  published: day.optional(),
  url: webUrl().optional(),
  /** Where the amounts were checked against (OpenFisca France…). */
  crossCheck: text.optional(),
  plus: byZone,
  plai: byZone.optional(),
});

/** The whole file. */
export const ceilingsFileSchema = z.strictObject({
  years: z.array(yearSchema).min(1, { error: 'au moins une année de plafonds est attendue' }),
});

/** The validated file. */
export type CeilingsFile = z.infer<typeof ceilingsFileSchema>;
