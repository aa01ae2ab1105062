import { z } from 'zod';

import { webUrl } from '../diagnostics/index.ts';
/** Kinds of desks named in the seeds (000 annexes, 002 annexe 3, 003 §1.1.5, 004 annexes IX). */
export const DESK_KINDS = [
  'epci',
  'mairie',
  'ccas',
  'bailleur',
  'action-logement',
  'maison-habitat',
  'departement',
  'association',
  'siao',
  'autre',
] as const;

/** Who a desk serves. */
export const AUDIENCES = ['tous', 'salaries', 'locataires', 'habitants-commune', 'accompagnes'] as const;

/** One desk (guichet) of desks.yaml. */
export const deskSchema = z.strictObject({
  /** Stable identifier, ASCII, used in URLs and anchors. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'identifiant attendu : minuscules, chiffres et tirets' }),
  /** Name shown to the public. */
  name: z.string().trim().min(1),
  /** Kind of organisation. */
  kind: z.enum(DESK_KINDS),
  /** Levels: 1 information, 2 registration, 3 social support. */
  levels: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'niveau 1, 2 ou 3 attendu' })).min(1),
  /** Street address on one line, without postcode and town. Only a phone service (`siao`) may omit it. */
  street: z.string().trim().min(1).optional(),
  /** Postal code. */
  postcode: z
    .string()
    .regex(/^\d{5}$/, { error: 'code postal attendu : 5 chiffres' })
    .optional(),
  /** Town as written on letters. */
  city: z.string().trim().min(1).optional(),
  /** INSEE code of the commune where the desk stands (absent for a phone service). */
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'code INSEE attendu : 5 caractères' })
    .optional(),
  /**
   * True for a desk that serves the territory from a commune outside it (seed 003 §1.1.5 lists two:
   * Auvergne Habitat in Aulnat, Action Logement in Clermont-Ferrand). Any other desk must be inside.
   */
  outsideTerritory: z.boolean().default(false),
  /** Position and how precise it is: never show an approximate point as exact. Absent for a phone service. */
  location: z
    .strictObject({
      lat: z.number().min(41).max(51.5),
      lon: z.number().min(-5.5).max(10),
      precision: z.enum(['adresse', 'commune'], { error: '« adresse » ou « commune » attendu' }),
      /** Geocoder score when the position comes from the national address service. */
      score: z.number().min(0).max(1).optional(),
    })
    .optional(),
  /** French phone number as written for people, e.g. "04 73 80 90 07". */
  phone: z.string().optional(),
  email: z.email({ error: 'adresse e-mail incorrecte' }).optional(),
  website: webUrl().optional(),
  /** Opening hours in OpenStreetMap opening_hours syntax. Absent when the source gives none. */
  // A real week fits in a few hundred characters; a longer text is a mistake, and slow to read for every page.
  openingHours: z
    .string()
    .max(1000, { error: 'horaires trop longs : plus de 1 000 caractères ; une semaine s’écrit en quelques lignes' })
    .optional(),
  /** FALC sentence shown under the hours, e.g. why they may be out of date. */
  hoursNote: z.string().optional(),
  /** One FALC sentence saying what you can do there; a default is derived from the levels otherwise. */
  services: z.string().optional(),
  /** True when people must book an appointment first. */
  byAppointment: z.boolean().default(false),
  /** Who may come. */
  audience: z.enum(AUDIENCES).default('tous'),
  /** FALC sentence about the audience when it is restricted. */
  audienceNote: z.string().optional(),
  /** Physical accessibility, in words. */
  accessibility: z.string().optional(),
  /** Where the information comes from (seed file and section). */
  source: z.string().min(1),
});

/** Fields a desk with a counter must have; a phone-only service (`siao`, e.g. the 115) may omit them. */
const PLACE_FIELDS = ['street', 'postcode', 'city', 'commune', 'location'] as const;

/** A desk, with the address required unless it is a phone-only service. */
export const deskEntrySchema = deskSchema.superRefine((desk, ctx) => {
  if (desk.kind === 'siao') return;
  for (const field of PLACE_FIELDS) {
    if (desk[field] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        input: undefined,
        message: `champ obligatoire absent pour un guichet qui reçoit du public : ${field}`,
      });
  }
});

/** desks.yaml: a list of desks. */
export const desksFileSchema = z.array(deskEntrySchema);

export type Desk = z.infer<typeof deskSchema>;
export type DeskLevel = Desk['levels'][number];
