import { z } from 'zod';
import { webUrl } from '../diagnostics/index.ts';
import { adminSchema } from './admin-schema.ts';
import { falcReviewSchema } from '../falc/index.ts';

const url = webUrl();
const text = z.string().trim().min(1, { error: 'texte vide' });

/** Online portal where an applicant can file or follow an application. */
export const portalSchema = z.strictObject({
  /** Name shown to the public. */
  name: text,
  /** Address of the portal. */
  url,
  /** One FALC sentence saying what the portal is for. */
  description: text,
  /** Where the portal is named (document and section): kept as a field, the editor drops YAML comments. */
  source: text.optional(),
});

/** Contact of the territory's housing service. */
export const contactSchema = z.strictObject({
  /** Name of the service. */
  name: text,
  /** Postal address on one line; may be missing only on a starter site (`starter: true`). */
  address: text.optional(),
  /** French phone number, as written for people. */
  phone: text.optional(),
  email: z.email({ error: 'adresse e-mail incorrecte' }).optional(),
  website: url.optional(),
});

/** Map background: tiles load in the visitor's browser only. */
export const mapSchema = z.strictObject({
  /** Tile URL template with {z}, {x}, {y}. Default: IGN Plan IGN v2, which needs no key. */
  tiles: webUrl({ secureOnly: true }).default(
    'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
  ),
  /**
   * Attribution shown on the map (required by the tile provider): plain text, shown as text. HTML (a link, a
   * tag, an entity such as « &copy; ») is refused: it would reach the page as code, or show as « <a href… ».
   */
  attribution: z
    .string()
    .trim()
    .min(1, { error: 'texte vide : le fournisseur du fond de carte exige son attribution' })
    .refine((t) => !/<\/?[a-z!?]|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(t), {
      error:
        'l’attribution du fond de carte est du HTML : écrivez-la en texte simple, par exemple « © IGN – Plan IGN v2 » (le lien vers le fournisseur n’est pas nécessaire)',
    })
    .default('© IGN – Plan IGN v2'),
  /** Highest zoom level the provider serves. */
  maxZoom: z.int().min(1).max(22).default(18),
});

/** Who publishes and hosts the site: the mentions légales (LCEN article 6). */
export const publisherSchema = z.strictObject({
  /** Legal name of the publisher (the EPCI or EPT). */
  name: text,
  /** Head office address; may be missing only on a starter site (`starter: true`). */
  address: text.optional(),
  /** Director of publication (function, not necessarily a name). Required unless `demo`. */
  director: text.optional(),
  /** Host of the static site: name, address and phone on one line. Required unless `demo`. */
  host: text.optional(),
});

/** Accessibility statement (RGAA 4.1): the state of conformity follows from the audit, never typed freely. */
export const accessibilitySchema = z.strictObject({
  /** Optional, checked against the audit: without an audit the site is "non conforme". */
  status: z.enum(['non conforme', 'partiellement conforme', 'totalement conforme']).optional(),
  /** Last RGAA audit: date (AAAA-MM-JJ), who made it, criteria met out of applicable criteria. */
  audit: z
    .strictObject({
      date: z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' }),
      auditor: text,
      criteriaMet: z.int().min(0),
      criteriaApplicable: z.int().min(1),
    })
    .optional(),
  /** Non-conformities found by the audit, one sentence each. */
  nonCompliant: z.array(text).default([]),
  /** Derogations for disproportionate burden, with what replaces the content. */
  derogations: z.array(text).default([]),
  /** Contents outside the scope of the law (third-party contents, archives...). */
  exempt: z.array(text).default([]),
  /** E-mail address or form to report an accessibility problem (else the contact). */
  contactEmail: z.email({ error: 'adresse e-mail incorrecte' }).optional(),
  contactForm: url.optional(),
  /** Multi-year accessibility plan (schéma pluriannuel) and the yearly action plan. */
  schemaUrl: url.optional(),
  actionPlanUrl: url.optional(),
});

/** Header text of a column, or several accepted texts (the first one found is used). */
const headerText = z.union([text, z.array(text).min(1)]);

/**
 * How to read a table that is not in a known shape (docs/donnees.md §4): every column is named by the
 * text of its header, never by its position. Completes or overrides the `preset` of the source.
 */
export const mappingSchema = z.strictObject({
  /** Sheet of an XLSX workbook (several names: the first one present). */
  sheet: headerText.optional(),
  /** Line of the column titles (1 = first line); found from the column names when absent. */
  headerRow: z.int().min(1).max(100).optional(),
  /** Texts that mean "hidden by the producer" ("-", "s", "nd", "secret"…); any other text is an error. */
  hidden: z.array(z.string()).optional(),
  /** Rows to keep: the value of `column` must equal `equals` (e.g. the level column equal to "Commune"). */
  keep: z.strictObject({ column: headerText, equals: text }).optional(),
  /** Column holding the commune: its INSEE code, or its name (resolved with the official list). */
  commune: z.strictObject({ code: headerText.optional(), name: headerText.optional() }).optional(),
  /** Column holding the year; absent: every row is of the millésime declared in territory.yaml. */
  millesime: headerText.optional(),
  /**
   * Typologies: as rows (`column` holds T1…T5+), or as columns (`columns` gives, per typology, the text
   * that replaces `{t}` in the headers of `fields`).
   */
  typology: z
    .union([
      z.strictObject({ column: headerText }),
      z.strictObject({ columns: z.partialRecord(z.enum(['T1', 'T2', 'T3', 'T4', 'T5+']), text) }),
    ])
    .optional(),
  /** Header text of each figure, by name of the project's column (`demandes`, `attributions`, `tx_mob`…). */
  fields: z.record(z.string(), headerText).optional(),
});

/** A data file listed by the territory (filled by the data modules). */
export const sourceSchema = z.strictObject({
  /**
   * Kind of file: per-dwelling RPLS, demand and attributions, the SDES indicators (mobility, vacancy,
   * rent per m²: the « résultats RPLS » commune sheet or the long EPCI table), or the positioning table
   * (points of pending demands and of housed households, by size and band of points).
   */
  kind: z.enum(['rpls', 'demande', 'indicateurs', 'positionnement']),
  /** Path relative to the territory's `sources/` folder. */
  file: text,
  /** Data vintage (year). */
  millesime: z.int().min(2000).max(2100),
  /** Where the file comes from, as printed under every figure. */
  origin: text.optional(),
  /** Sheet to read in an XLSX file (first sheet by default). */
  sheet: z.string().optional(),
  /**
   * Known layout: `demande-projet` (the project's demand table, the default for `demande`), `drihl-socle`
   * (Île-de-France socle, sheet Ensemble), `sdes-communes` (SDES « résultats RPLS », sheet COMMUNES, the
   * default for `indicateurs`), `sdes-indicateurs-territoires` (SDES indicators by EPCI, long format).
   */
  preset: z
    .enum(['demande-projet', 'drihl-socle', 'sdes-communes', 'sdes-indicateurs-territoires', 'positionnement-projet'])
    .optional(),
  /** How to read a table in another layout, or what differs from the preset. */
  mapping: mappingSchema.optional(),
});

/** territory.yaml: everything the site needs to know about one EPCI or EPT. */
export const territorySchema = z
  .strictObject({
    /** Full name shown in the header, e.g. "Thiers Dore et Montagne". */
    name: text,
    /** Short form for tight places (phone header, PDF footer). */
    shortName: text.optional(),
    /** EPCI (communauté de communes, d'agglomération, métropole) or EPT (Grand Paris territory). */
    kind: z.enum(['EPCI', 'EPT'], { error: 'EPCI ou EPT attendu' }),
    /** SIREN of the EPCI or EPT: the member communes are read from it, never typed by hand. */
    siren: z.string().regex(/^\d{9}$/, { error: 'SIREN attendu : 9 chiffres entre guillemets' }),
    /** Public address of the site, used for links in the sitemap, leaflets and QR codes. */
    siteUrl: url.refine((u) => URL.canParse(u) && new URL(u).pathname === '/', {
      error: 'le site doit être à la racine de son adresse, par exemple https://logement.mon-epci.fr/',
    }),
    /**
     * Where these settings come from (documents and sections). A field and not a comment: the editor rewrites
     * the file without its comments, and the source of each figure must survive an edit.
     */
    source: text.optional(),
    /** Délai anormalement long of the département (CCH L441-1-4), with its legal reference. */
    abnormalDelay: z.strictObject({
      /** Number of months; absent when no source gives it yet (the site then says to ask a desk). */
      months: z.int().min(1).max(120).optional(),
      /** The arrêté that fixes it, e.g. "arrêté préfectoral du 1er avril 2008", or why it is missing. */
      reference: text,
      /** Where this was read (document and section), and its scope: not published, kept for the next update. */
      source: text.optional(),
    }),
    /**
     * The income threshold of the « premier quartile » of applicants (CCH L441-1), set each year by an arrêté:
     * euros per year and per unité de consommation. Absent: the simulator and the grid say the site lacks it.
     */
    firstQuartile: z
      .strictObject({
        /** Euros per year for one unité de consommation (a person living alone). */
        euros: z.int({ error: 'montant en euros attendu, sans espace, par exemple 9876' }).positive(),
        /** Year the threshold applies to. */
        year: z.int().min(2000).max(2100),
        /** The arrêté that sets it, e.g. « arrêté préfectoral du 3 mai 2026 ». */
        reference: text,
        /** Day the arrêté was signed or published, « AAAA-MM-JJ ». */
        date: z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' }),
      })
      .optional(),
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
    /**
     * True for a starter site written by `npm run national -- decouper` from national data: every page says
     * so, and what only the intercommunality knows (desks, cotation grid, demand, host) is missing.
     */
    starter: z.boolean().default(false),
    /**
     * Départements of member communes that the national file did not cover when this starter site was split
     * (a file of a few départements): those communes would read 0 dwellings, so `check` refuses to build
     * until a split with a file that covers them.
     */
    uncoveredDepartements: z.array(z.string()).default([]),
    /** Accessibility statement (see accessibilitySchema). */
    accessibility: accessibilitySchema.prefault({}),
    /** Review of the guide PDF by an organisation of readers (its wording, not its figures): see falc/review.ts. */
    guideFalcReview: falcReviewSchema.optional(),
    /** Data files of the territory (see the data documentation in the README). */
    sources: z.array(sourceSchema).default([]),
    /** Editing interface at /admin/ (see admin-schema.ts); absent: no admin file is published. */
    admin: adminSchema.optional(),
  })
  .superRefine((s, ctx) => {
    // Only a starter site may lack an address: the official lists do not give it.
    if (s.starter) return;
    for (const path of [
      ['contact', 'address'],
      ['publisher', 'address'],
    ] as const)
      if (!s[path[0]].address)
        ctx.addIssue({
          code: 'custom',
          path: [...path],
          input: undefined,
          message: 'adresse attendue, sur une ligne (numéro, rue, code postal, commune)',
        });
  });

/** Settings as written in territory.yaml, defaults applied. */
export type TerritorySettings = z.infer<typeof territorySchema>;
export type Portal = z.infer<typeof portalSchema>;
export type AccessibilitySettings = z.infer<typeof accessibilitySchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type MappingSpec = z.infer<typeof mappingSchema>;
