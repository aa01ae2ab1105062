/**
 * The shape of the dataset file that scripts/build.ts writes and the pages read back: checked when read,
 * so a stale or hand-edited file stops the build with a message instead of a wrong page. The figure tables
 * are checked cell by cell; the parts copied from already validated inputs (settings, communes, desks,
 * cotation grid, yearly reports) only by their kind.
 */
import { z } from 'zod';
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
  type Typology,
} from '../figures/index.ts';
import type { TerritoryDataset } from './index.ts';

const masked = z.strictObject({ masked: z.enum(['small', 'secondary', 'source']) });
const cell = z.union([z.number(), masked]);
const indicator = z.union([z.number(), masked, z.null()]);

/** A record with exactly the given keys, each holding `value`. */
function keyed<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);
}

const stockFigures = z.strictObject({
  total: cell,
  byTypology: keyed(TYPOLOGIES, cell),
  byBuildingKind: keyed(BUILDING_KINDS, cell),
  byPeriod: keyed(CONSTRUCTION_PERIODS, cell),
  byFinancing: keyed(FINANCING_FAMILIES, cell),
  byEnergyLabel: keyed(ENERGY_LABELS, cell),
  qpv: z.strictObject({ inside: cell, outside: cell }),
  averageSurface: keyed(TYPOLOGIES, indicator),
});

const band = z.strictObject({ min: z.number(), max: z.number().nullable() });
const demandFigures = z.strictObject({
  pending: cell,
  pendingTransfers: cell.optional(),
  attributions: cell,
  attributionTransfers: cell.optional(),
  averageDelayMonths: indicator,
  observedDelayBand: band.optional(),
  waitingMonths: indicator,
  pressure: indicator,
  pendingChange: indicator,
  attributionsChange: indicator,
});
const demandByTypology = keyed([...TYPOLOGIES, 'total'] as readonly (Typology | 'total')[], demandFigures);

const turnoverRates = {
  mobilityRate: indicator,
  vacancyRate: indicator,
  longVacancyRate: indicator,
  rentPerM2: indicator,
};
const turnoverFigures = z.strictObject({
  ...turnoverRates,
  history: z.array(z.strictObject({ year: z.number(), ...turnoverRates })),
});

const year = z.string().regex(/^\d{4}$/);

/** A wait answer (src/lib/answers): checked by its kind and its delay figure. */
const delayFigure = z.strictObject({
  months: z.number().nullable(),
  statistic: z.enum(['moyenne', 'mediane']),
  millesimes: z.array(z.number()),
  households: z.number().nullable(),
  band: band.nullable(),
});
const reason = z.enum(['none-given', 'none-given-latest', 'too-few', 'hidden', 'not-in-source']);
const nearby = z.array(
  z.strictObject({ code: z.string(), name: z.string(), typeLiaison: z.number().optional(), km: z.number() }),
);
const answer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('figure'), delay: delayFigure }),
  z.strictObject({ kind: z.literal('pooled'), delay: delayFigure }),
  z.strictObject({
    kind: z.literal('fallback'),
    reason,
    scope: z.enum(['territory-size', 'commune-all-sizes', 'territory-all-sizes']),
    delay: delayFigure,
  }),
  z.strictObject({ kind: z.literal('no-social-housing'), nearby, territory: delayFigure.nullable() }),
  z.strictObject({ kind: z.literal('no-size-here'), nearby, territory: delayFigure.nullable() }),
  z.strictObject({ kind: z.literal('unknown'), reason }),
]);
const communes = <V extends z.ZodType>(value: V) => z.record(z.string(), value);

/** The dataset file: top-level keys, and every figure table down to its cells. */
export const territoryDatasetSchema = z.strictObject({
  slug: z.string(),
  settings: z.looseObject({ name: z.string(), siteUrl: z.string() }),
  officialName: z.string(),
  communes: z.array(z.looseObject({ code: z.string(), name: z.string() })),
  departements: z.array(z.string()),
  desks: z.array(z.looseObject({})),
  deskExtras: z.looseObject({ communeCentres: z.record(z.string(), z.unknown()) }),
  cotation: z.looseObject({}),
  yearlyReports: z.array(z.looseObject({})).optional(),
  eligibility: z
    .looseObject({ ceilings: z.looseObject({ year: z.number() }), communes: z.array(z.looseObject({})) })
    .optional(),
  secrecy: z.strictObject({
    threshold: z.number(),
    maskStockCounts: z.boolean().optional(),
    audit: z.array(z.looseObject({ kind: z.enum(['rpls', 'demande']), millesime: z.number() })).optional(),
  }),
  millesimes: z.strictObject({
    stock: z.array(z.number()),
    demand: z.array(z.number()),
    turnover: z.array(z.number()).optional(),
  }),
  stock: z.record(year, z.strictObject({ communes: communes(stockFigures), territory: stockFigures })),
  demand: z.record(year, z.strictObject({ communes: communes(demandByTypology), territory: demandByTypology })),
  demandPooled: z
    .strictObject({
      millesimes: z.array(z.number()),
      communes: communes(z.strictObject(Object.fromEntries(TYPOLOGIES.map((k) => [k, band.optional()])))),
    })
    .optional(),
  delayStatistics: z.record(year, z.enum(['moyenne', 'mediane'])).optional(),
  positioning: z
    .strictObject({
      millesime: z.number(),
      sizes: z.partialRecord(
        z.enum(TYPOLOGIES),
        z.strictObject(
          Object.fromEntries(
            ['pending', 'attributions'].map((m) => [
              m,
              z.array(z.strictObject({ min: z.number(), max: z.number().nullable(), count: cell })),
            ]),
          ),
        ),
      ),
    })
    .optional(),
  answers: z
    .strictObject({
      millesime: z.number(),
      threshold: z.number(),
      communes: communes(keyed([...TYPOLOGIES, 'total'] as readonly (Typology | 'total')[], answer)),
      territory: keyed([...TYPOLOGIES, 'total'] as readonly (Typology | 'total')[], answer),
    })
    .optional(),
  sources: z.array(
    z.strictObject({
      kind: z.enum(['rpls', 'demande', 'indicateurs', 'positionnement']),
      millesime: z.number(),
      file: z.string(),
      label: z.string(),
      origin: z.string().optional(),
    }),
  ),
  turnover: z
    .record(year, z.strictObject({ communes: communes(turnoverFigures), territory: turnoverFigures.nullable() }))
    .optional(),
});

/** Where the dataset file departs from its shape, in French: path of the first problems and what was expected. */
export function datasetSchemaErrors(value: unknown): string[] {
  const result = territoryDatasetSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(racine)'} : ${frenchIssue(i)}`);
}

function frenchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `valeur de type ${issue.expected} attendue`;
    case 'unrecognized_keys':
      return `clé inconnue ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `valeur attendue parmi ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'nombre ou cellule masquée attendu';
    default:
      return 'valeur inattendue';
  }
}

/**
 * Reads the dataset file's text, checked against its shape; throws a French message naming the file and the
 * first places where it departs.
 */
export function parseDatasetFile(text: string, file: string): TerritoryDataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Fichier de données ${file} illisible : JSON attendu (${String(error)}).`, { cause: error });
  }
  const errors = datasetSchemaErrors(value);
  if (errors.length > 0)
    throw new Error(
      `Fichier de données ${file} non conforme, il faut reconstruire le site avec npm run build :\n${errors.join('\n')}`,
    );
  // The schema checks every figure; the parts it only checks by kind come from validated inputs.
  return value as TerritoryDataset;
}
