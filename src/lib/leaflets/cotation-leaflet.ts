/**
 * The cotation grid leaflet (issue 7, DESIGN.md §9): every criterion of the territory's grid with its
 * points, one table per category, the honest caveats and a QR code to the simulator. The grid, the words
 * for points and the caveats come from the cotation module and its published page, never rewritten here.
 * Its length follows the grid, so it has no fixed page count.
 */
import type { Criterion, Grid } from '../cotation/index.ts';
import type { TerritoryDataset } from '../dataset/index.ts';
import type { Block, LeafletModel, Section } from './model.ts';
import { dataDate } from './data-date.ts';

/** File stem of the cotation leaflet. */
export const COTATION_LEAFLET_ID = 'grille-cotation';

/** What the cotation leaflet borrows from the cotation pages. */
export interface CotationWords {
  /** « 30 points », « 0,4 point par mois »… */
  pointsText: (criterion: Criterion, grid: Grid) => string;
  /** The caveats shown with every cotation result. */
  caveats: readonly string[];
}

/** Builds the cotation leaflet, or nothing when the territory has no valid grid. */
export function cotationLeaflet(dataset: TerritoryDataset, words: CotationWords): LeafletModel | undefined {
  const grid = dataset.cotation?.grid;
  if (!grid) return undefined;
  const categories = [...new Set(grid.criteria.map((c) => c.category))];
  const toCheck = grid.criteria.filter((c) => c.a_verifier).length;
  const intro: Block[] = [
    { kind: 'paragraph', text: 'Chaque demande reçoit des points. On appelle cela la cotation.' },
    { kind: 'paragraph', text: 'Les points dépendent de votre situation. Voici tous les critères et leurs points.' },
    // The caveat about a simulator result does not apply to the grid itself.
    { kind: 'list', items: words.caveats.filter((c) => !c.startsWith('Ce résultat')) },
  ];
  if (toCheck > 0) {
    intro.push({ kind: 'paragraph', text: `Attention : ${toCheck} critères de cette grille sont à vérifier dans le document officiel.`, strong: true });
  }
  const sections: Section[] = [
    { id: 'cotation', heading: 'La cotation, c’est quoi ?', picto: 'scale', blocks: intro },
    ...categories.map((category, i): Section => ({
      id: `categorie-${i + 1}`,
      heading: category,
      blocks: [
        {
          kind: 'table',
          caption: `${category} : les critères et leurs points.`,
          headers: ['Critère', 'Points'],
          rows: grid.criteria
            .filter((c) => c.category === category)
            .map((c) => ({ header: c.label, cells: [c.a_verifier ? `${words.pointsText(c, grid)}. À vérifier.` : words.pointsText(c, grid)] })),
        },
      ],
    })),
    {
      id: 'en-savoir-plus',
      heading: 'En savoir plus',
      picto: 'info',
      blocks: [
        { kind: 'paragraph', text: `Source : ${grid.reference}.` },
        { kind: 'qr', url: new URL('cotation/', dataset.settings.siteUrl).href, text: 'Scannez ce code. Vous pouvez estimer vos points sur le site.' },
      ],
    },
  ];
  const date = dataDate(dataset);
  return {
    id: COTATION_LEAFLET_ID,
    kind: 'cotation',
    title: grid.title,
    subtitle: 'Les critères et les points de la cotation des demandes.',
    purpose: 'Montrer tous les critères de la cotation et leurs points. À donner aux personnes qui demandent comment sont classées les demandes.',
    territoryName: dataset.settings.name,
    documentDate: date.date,
    sections,
  };
}
