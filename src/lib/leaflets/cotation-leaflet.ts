/**
 * The cotation grid leaflet (DESIGN.md §9): every criterion of the territory's grid with its points, one
 * table per category, the grid's examples explained line by line, the honest caveats and a QR code to
 * the simulator. Every word about points comes from the cotation module's explanation, never rewritten
 * here. Its length follows the grid, so it has no fixed page count.
 */
import { CAVEATS, exampleResults, pointsText, pointsWord, type ExampleResult } from '../cotation/index.ts';
import type { TerritoryDataset } from '../dataset/index.ts';
import type { Block, LeafletModel, Section } from './model.ts';
import { dataDate } from './data-date.ts';

/** File stem of the cotation leaflet. */
export const COTATION_LEAFLET_ID = 'grille-cotation';

/** One example of the grid: its lines that give points or match, with why, and its total. */
export function exampleSection({ example, result }: ExampleResult, index: number): Section {
  const rows = result.lines
    .filter((l) => l.points !== 0 || l.matched)
    .map((l) => ({ header: l.label, cells: [pointsWord(l.points), l.because] }));
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: `${example.name}. Ses points, critère par critère.`,
      headers: ['Critère', 'Points', 'Pourquoi'],
      rows,
    },
    { kind: 'paragraph', text: `Total : ${pointsWord(result.total)}.`, strong: true },
  ];
  return { id: `exemple-${index + 1}`, heading: `Exemple ${index + 1}`, blocks };
}

/** Builds the cotation leaflet, or nothing when the territory has no valid grid. */
export function cotationLeaflet(dataset: TerritoryDataset): LeafletModel | undefined {
  const grid = dataset.cotation?.grid;
  if (!grid) return undefined;
  const categories = [...new Set(grid.criteria.map((c) => c.category))];
  const toCheck = grid.criteria.filter((c) => c.toVerify).length;
  const intro: Block[] = [
    { kind: 'paragraph', text: 'Chaque demande reçoit des points. On appelle cela la cotation.' },
    { kind: 'paragraph', text: 'Les points dépendent de votre situation. Voici tous les critères et leurs points.' },
    // The caveat about a simulator result does not apply to the grid itself.
    { kind: 'list', items: CAVEATS.filter((c) => !c.startsWith('Ce résultat')) },
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
            .map((c) => ({
              header: c.label,
              cells: [c.toVerify ? `${pointsText(c, grid)}. À vérifier.` : pointsText(c, grid)],
            })),
        },
      ],
    })),
    ...exampleResults(grid).map(exampleSection),
    {
      id: 'en-savoir-plus',
      heading: 'En savoir plus',
      picto: 'info',
      blocks: [
        { kind: 'paragraph', text: `Source : ${grid.reference}.` },
        {
          kind: 'qr',
          url: new URL('cotation/', dataset.settings.siteUrl).href,
          text: 'Scannez ce code. Vous pouvez estimer vos points sur le site.',
        },
      ],
    },
  ];
  const date = dataDate(dataset);
  return {
    id: COTATION_LEAFLET_ID,
    kind: 'cotation',
    title: grid.title,
    subtitle: 'Les critères et les points de la cotation des demandes.',
    purpose:
      'Montrer tous les critères de la cotation et leurs points. À donner aux personnes qui demandent comment sont classées les demandes.',
    territoryName: dataset.settings.name,
    documentDate: date.date,
    sections,
  };
}
