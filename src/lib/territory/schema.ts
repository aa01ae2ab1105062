import { z } from 'zod';

const url = z.url({ error: 'adresse web attendue, commençant par https://' });
const text = z.string().trim().min(1, { error: 'texte vide' });

/** Online portal where an applicant can file or follow an application. */
export const portalSchema = z.strictObject({
  /** Name shown to the public. */
  name: text,
  /** Address of the portal. */
  url,
  /** One FALC sentence saying what the portal is for. */
  description: text,
});

/** Contact of the territory's housing service. */
export const contactSchema = z.strictObject({
  /** Name of the service. */
  name: text,
  /** Postal address on one line. */
  address: text,
  /** French phone number, as written for people. */
  phone: text.optional(),
  email: z.email({ error: 'adresse e-mail incorrecte' }).optional(),
  website: url.optional(),
});

/** Map background: tiles load in the visitor's browser only. */
export const mapSchema = z.strictObject({
  /** Tile URL template with {z}, {x}, {y}. Default: IGN Plan IGN v2, which needs no key. */
  tiles: z
    .string()
    .default(
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    ),
  /** Attribution shown on the map (required by the tile provider). */
  attribution: z.string().default('© IGN – Plan IGN v2'),
  /** Highest zoom level the provider serves. */
  maxZoom: z.int().min(1).max(22).default(18),
});

/** Who publishes the site: needed by the mentions légales. */
export const publisherSchema = z.strictObject({
  /** Legal name of the publisher (the EPCI or EPT). */
  name: text,
  /** Head office address. */
  address: text,
  /** Director of publication (function, not necessarily a name). */
  director: text,
  /** Host of the static site: name and address. */
  host: text,
});

/** A data file listed by the territory (filled by the data modules). */
export const sourceSchema = z.strictObject({
  /** Kind of file: per-dwelling RPLS or the canonical demand table. */
  kind: z.enum(['rpls', 'demande']),
  /** Path relative to the territory's `sources/` folder. */
  file: text,
  /** Data vintage (year). */
  millesime: z.int().min(2000).max(2100),
  /** Where the file comes from, as printed under every figure. */
  origin: text.optional(),
  /** Sheet to read in an XLSX file (first sheet by default). */
  sheet: z.string().optional(),
});

/** territory.yaml: everything the site needs to know about one EPCI or EPT. */
export const territorySchema = z.strictObject({
  /** Full name shown in the header, e.g. "Thiers Dore et Montagne". */
  name: text,
  /** Short form for tight places (phone header, PDF footer). */
  shortName: text.optional(),
  /** EPCI (communauté de communes, d'agglomération, métropole) or EPT (Grand Paris territory). */
  kind: z.enum(['EPCI', 'EPT'], { error: 'EPCI ou EPT attendu' }),
  /** SIREN of the EPCI or EPT: the member communes are read from it, never typed by hand. */
  siren: z.string().regex(/^\d{9}$/, { error: 'SIREN attendu : 9 chiffres entre guillemets' }),
  /** Public address of the site, used for links in the sitemap, leaflets and QR codes. */
  siteUrl: url.refine((u) => new URL(u).pathname === '/', {
    error: 'le site doit être à la racine de son adresse, par exemple https://logement.mon-epci.fr/',
  }),
  /** Délai anormalement long of the département (CCH L441-1-4), with its legal reference. */
  abnormalDelay: z.strictObject({
    /** Number of months; absent when no source gives it yet (the site then says to ask a desk). */
    months: z.int().min(1).max(120).optional(),
    /** The arrêté that fixes it, e.g. "arrêté préfectoral du 1er avril 2008", or why it is missing. */
    reference: text,
  }),
  /** Portals to apply online: the national one and, where it exists, the département's own. */
  portals: z.array(portalSchema).min(1, { error: 'au moins un portail en ligne attendu' }),
  contact: contactSchema,
  publisher: publisherSchema,
  // prefault, not default: zod 4 would return {} as is, without the defaults of mapSchema.
  map: mapSchema.prefault({}),
  /** Counts below this threshold are never published (statistical secrecy). */
  secrecyThreshold: z.int().min(1).max(50).default(5),
  /** Masks small stock counts too (RPLS dwellings are public data, published as they are by default). */
  maskStockCounts: z.boolean().default(false),
  /** True while the figures are demonstration data: every page says so. */
  demo: z.boolean().default(false),
  /** Accessibility statement: status and date of the last audit. */
  accessibility: z
    .strictObject({
      status: z.enum(['non conforme', 'partiellement conforme', 'totalement conforme']),
      auditDate: z.string().optional(),
      contactEmail: z.email().optional(),
    })
    .default({ status: 'non conforme' }),
  /** Data files of the territory (see the data documentation in the README). */
  sources: z.array(sourceSchema).default([]),
});

/** Settings as written in territory.yaml, defaults applied. */
export type TerritorySettings = z.infer<typeof territorySchema>;
export type Portal = z.infer<typeof portalSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
