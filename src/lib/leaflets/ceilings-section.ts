/**
 * The income ceilings of the year in the guide (issue 22 part 6): one page, the table of the territory's
 * zone, the household rules in short words, the source and where to compute one's own case.
 */
import type { TerritoryDataset } from '../dataset/index.ts';
import {
  PRODUCTS,
  PRODUCT_COLUMNS as COLUMNS,
  ZONE_NAMES,
  eurosText,
  rowOf,
  shortSourceLine,
  type EligibilityData,
} from '../eligibility/index.ts';
import type { Block, Section } from './model.ts';

const ROWS = [
  '1 personne',
  '2 personnes',
  '3 personnes',
  '4 personnes',
  '5 personnes',
  '6 personnes',
  'Par personne en plus',
];

/** The ceilings section, or none when the dataset has no ceilings. */
export function ceilingsSection(dataset: TerritoryDataset): Section[] {
  const e = dataset.eligibility;
  if (!e) return [];
  const y = e.ceilings;
  return [
    {
      // Arrêté du 29 juillet 1987 (categories, PLS + 30 %) and the year's arrêté: data/common/plafonds-ressources.yaml.
      id: 'plafonds',
      heading: `Vos revenus : les plafonds de ${y.year}`,
      picto: 'document',
      newPage: true,
      blocks: [
        {
          kind: 'paragraph',
          text: `Les revenus de tout le foyer en ${y.year - 2} doivent être sous le plafond.`,
        },
        ...tables(e),
        {
          kind: 'paragraph',
          text: 'Un parent seul compte 1 personne en plus. Un jeune couple compte comme 3 personnes : leurs 2 âges font 55 ans ou moins. Une personne avec la carte mobilité inclusion « invalidité » compte 1 personne en plus.',
        },
        { kind: 'paragraph', text: shortSourceLine(y) },
        {
          kind: 'paragraph',
          text: `Faites le calcul pour votre foyer sur le site : ${dataset.settings.siteUrl.replace(/\/?$/, '/')}ai-je-droit/`,
          strong: true,
        },
      ],
    },
  ];
}

/** One table for a territory in one zone; with several zones, the ordinary ceilings zone by zone. */
function tables(e: EligibilityData, short?: Record<(typeof PRODUCTS)[number], string>): Block[] {
  const heads = short ?? COLUMNS;
  const compact = short !== undefined;
  const y = e.ceilings;
  const cell = (n: number | undefined, k: number) =>
    n === undefined ? 'Demandez au guichet' : `${k === 6 ? '+ ' : ''}${eurosText(n)}`;
  if (e.zones.length === 1) {
    const zone = e.zones[0]!;
    // A kind of home without its amounts is said once in a sentence, not in every cell: the page stays one page.
    const known = PRODUCTS.filter((p) => rowOf(y, zone, p));
    const missing = PRODUCTS.filter((p) => !rowOf(y, zone, p));
    return [
      {
        kind: 'table',
        caption: `Plafonds par an, zone « ${ZONE_NAMES[zone]} »`,
        headers: ['Votre foyer', ...known.map((p) => heads[p])],
        rows: ROWS.map((header, k) => ({ header, cells: known.map((p) => cell(rowOf(y, zone, p)?.[k], k)) })),
        ...(compact ? { compact } : {}),
      },
      ...missing.map((p): Block => ({
        kind: 'paragraph',
        text: `${heads[p].replace(/ \((\w+)\)$/, ', $1')} : demandez le plafond au guichet.`,
      })),
    ];
  }
  return [
    {
      kind: 'table',
      caption: 'Plafonds par an des logements sociaux ordinaires (PLUS), selon la commune',
      headers: ['Votre foyer', ...e.zones.map((z) => ZONE_NAMES[z])],
      rows: ROWS.map((header, k) => ({ header, cells: e.zones.map((z) => cell(y.plus[z][k], k)) })),
      ...(compact ? { compact } : {}),
    },
    { kind: 'paragraph', text: 'Les autres plafonds sont sur le site.' },
  ];
}

/** Shorter column heads for the compact table: each holds on one line of the grid leaflet. */
const SHORT_COLUMNS: Record<(typeof PRODUCTS)[number], string> = {
  plai: 'Loyers les plus bas (PLAI)',
  plus: 'Logements ordinaires (PLUS)',
  pls: 'Loyers plus hauts (PLS)',
};

/**
 * The ceilings for the grid leaflet (issue 22 part 6): the same table of the year as the guide, in compact
 * rows with short column heads, then the source and where to compute one's own case in one paragraph, so
 * that every criterion, how to read one's position and this table hold on 4 pages. The household rules stay
 * in the guide and on « Ai-je droit ? ».
 */
export function ceilingsBlocks(dataset: TerritoryDataset): Block[] {
  const e = dataset.eligibility;
  if (!e) return [];
  return [
    ...tables(e, SHORT_COLUMNS),
    {
      kind: 'paragraph',
      // The date in the Journal officiel is in the guide: one line less here.
      text: `Source : ${e.ceilings.source.replace(/ modifiant .*$/, '')}. Votre calcul : ${dataset.settings.siteUrl.replace(/\/?$/, '/')}ai-je-droit/`,
    },
  ];
}

/**
 * Where the ceilings are, for a grid leaflet whose criteria leave no room for the table within its page
 * limit: the guide and the page « Ai-je droit ? » have it.
 */
export function ceilingsPointer(dataset: TerritoryDataset): Block[] {
  const e = dataset.eligibility;
  if (!e) return [];
  return [
    {
      kind: 'paragraph',
      text: `Les plafonds de revenus de ${e.ceilings.year} sont dans le guide du demandeur. Et sur le site : ${dataset.settings.siteUrl.replace(/\/?$/, '/')}ai-je-droit/`,
    },
  ];
}
