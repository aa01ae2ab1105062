/**
 * The cotation grid leaflet (DESIGN.md §9), at most 4 A4 pages: first the rules that limit points (one
 * housing situation, one reason), then every criterion of the territory's grid with its points, one list
 * per category, how to read one's position among the other demands with the honest caveats (the commission
 * chooses, points can change, a refusal can cost points), the income ceilings of the year for the territory's
 * zone (compact rows), and a QR code to the simulator. The worked examples stay on the site
 * (/cotation/grille/): their lines are the simulator's « vous » sentences, which on paper would speak to the
 * reader about someone else, and 4 pages hold the grid or the examples, not both. Every word about points
 * comes from the cotation module, never rewritten here.
 */
import { pointsText, type Grid } from '../cotation/index.ts';
import type { TerritoryDataset } from '../dataset/index.ts';
import type { Block, LeafletModel, Section } from './model.ts';
import { dataDate } from './data-date.ts';
import { ceilingsBlocks, ceilingsPointer } from './ceilings-section.ts';
import { laidOutPages } from './pdf-render.ts';
import { positionSection } from './position-section.ts';

/** File stem of the cotation leaflet. */
export const COTATION_LEAFLET_ID = 'grille-cotation';

/** The most A4 pages the grid leaflet may take (issue 26: it is handed out at the desk). */
export const COTATION_LEAFLET_PAGES = 4;

/** What each exclusive group of criteria is about, in words; another group is named by its identifier. */
const GROUP_NAMES: Record<string, string> = {
  'logement-actuel': 'la situation de logement',
  motif: 'le motif de la demande',
  'situation-professionnelle': 'la situation de travail',
  'non-decent': 'le logement en mauvais état',
};

/** What the exclusive groups of the grid are about, one line each, in grid order. */
export function groupRules(groups: readonly string[]): string[] {
  return [...new Set(groups)].map((g) => GROUP_NAMES[g] ?? `le groupe « ${g} »`);
}

/**
 * A criterion and its points as short sentences on one line: « Vous vivez à l’hôtel. 30 points. ». The steps
 * of a points scale become sentences too, so that no sentence is longer than FALC allows.
 */
function criterionLine(c: Grid['criteria'][number], grid: Grid): string {
  const points = pointsText(c, grid).replace(/ · /g, '. ');
  // « Illisible dans le document, à vérifier » already says it.
  const check = c.toVerify && !/vérifier/i.test(points) ? ' À vérifier.' : '';
  return `${c.label.replace(/[.\s]+$/, '')}. ${points}.${check}`;
}

/** Builds the cotation leaflet, or nothing when the territory has no valid grid. */
export function cotationLeaflet(dataset: TerritoryDataset): LeafletModel | undefined {
  const grid = dataset.cotation?.grid;
  if (!grid) return undefined;
  const categories = [...new Set(grid.criteria.map((c) => c.category))];
  const toCheck = grid.criteria.filter((c) => c.toVerify).length;
  const rules = groupRules(grid.criteria.flatMap((c) => (c.group ? [c.group] : [])));
  const intro: Block[] = [
    { kind: 'paragraph', text: 'Chaque demande reçoit des points. On appelle cela la cotation.' },
    // What limits the points first: people add up every line otherwise.
    ...(rules.length > 0
      ? [
          {
            kind: 'paragraph',
            text: 'Attention : pour chacun de ces sujets, un seul critère compte. C’est celui qui donne le plus de points.',
            strong: true,
          } as const,
          { kind: 'list', items: rules } as const,
        ]
      : []),
  ];
  if (toCheck > 0) {
    intro.push({
      kind: 'paragraph',
      text: `Attention : ${toCheck} critères de cette grille sont à vérifier dans le document officiel.`,
      strong: true,
    });
  }
  const sections: Section[] = [
    { id: 'cotation', heading: 'La cotation, c’est quoi ?', picto: 'scale', blocks: intro },
    // A list rather than a table: each criterion and its points on one line when they fit, so that the
    // whole grid holds on a few pages.
    ...categories.map((category, i): Section => ({
      id: `categorie-${i + 1}`,
      heading: category,
      blocks: [
        {
          kind: 'list',
          compact: true,
          items: grid.criteria.filter((c) => c.category === category).map((c) => criterionLine(c, grid)),
        },
      ],
    })),
    // Issue 22 part 6: how to read where a demand would stand, with the caveats; the lists are compact so that
    // the longest grid still holds on 4 pages.
    ...positionSection(dataset, { compact: true }),
  ];
  const date = dataDate(dataset);
  const model = (ceilings: 'table' | 'pointer'): LeafletModel => ({
    id: COTATION_LEAFLET_ID,
    kind: 'cotation',
    title: grid.title,
    subtitle: 'Les critères et les points de la cotation des demandes.',
    purpose:
      'Montrer tous les critères de la cotation et leurs points. À donner aux personnes qui demandent comment sont classées les demandes.',
    territoryName: dataset.settings.name,
    documentDate: date.date,
    sections: [...sections, ...closingSections(dataset, grid, ceilings)],
  });
  // Issue 22 part 6 asks for the table of ceilings here too, issue 26 for 4 pages at most: the grid and how to
  // read one's position come first; the table goes in when the page limit leaves room for it, else a
  // sentence says where it is (the guide, « Ai-je droit ? »).
  const withTable = model('table');
  return laidOutPages(withTable) <= COTATION_LEAFLET_PAGES ? withTable : model('pointer');
}

/** The ceilings of the year (table or where to find it), then the grid's source and the code to the simulator. */
function closingSections(dataset: TerritoryDataset, grid: Grid, ceilings: 'table' | 'pointer'): Section[] {
  const table = ceilings === 'table' ? ceilingsBlocks(dataset) : [];
  const year = dataset.eligibility?.ceilings.year;
  return [
    ...(table.length > 0
      ? [
          {
            id: 'plafonds',
            heading: `Vos revenus : les plafonds de ${year}`,
            picto: 'document',
            blocks: table,
          } as const,
        ]
      : []),
    {
      id: 'en-savoir-plus',
      heading: 'En savoir plus',
      picto: 'info',
      blocks: [
        { kind: 'paragraph', text: `Source : ${grid.reference}.` },
        ...(ceilings === 'pointer' ? ceilingsPointer(dataset) : []),
        {
          kind: 'qr',
          url: new URL('cotation/', dataset.settings.siteUrl).href,
          text: 'Scannez ce code pour estimer vos points sur le site. Vos vrais points sont sur le site de votre demande en ligne ou au guichet.',
        },
      ],
    },
  ];
}
