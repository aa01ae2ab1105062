/**
 * How to read one's position among the other demands (issue 22 part 6), in the guide and the grid leaflet:
 * what the simulator's two landmarks mean (« demandes devant vous », « la moitié des ménages logés avaient
 * au moins X points »), the territory's figures of each size when it publishes the positioning table, and
 * the caveats the seeds require. Figures come from the published table (already under secrecy) through the
 * same functions as the simulator, the words from the cotation module.
 */
import {
  CAVEATS,
  POSITION_WORDS,
  halfPointsText,
  housedHalf,
  positioningView,
  type PositioningView,
} from '../cotation/index.ts';
import {
  TYPOLOGIES,
  formatCell,
  isMasked,
  secrecyExplanation,
  type TerritoryDataset,
  type Typology,
} from '../dataset/index.ts';
import { formatInteger } from '../format/index.ts';
import { HIDDEN_WORD } from '../wording/index.ts';
import type { Block, Section } from './model.ts';

/** Section id, for the HTML version's anchor. */
export const POSITION_SECTION_ID = 'position';

const SIZE_NAMES: Record<Typology, string> = { T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4', 'T5+': 'T5 et plus' };

/**
 * The section, or none when the territory has no grid (no points, nothing to place). `newPage` starts it on
 * its own page (the guide); `withTable` adds the figures of each size when the territory publishes them.
 */
export function positionSection(
  dataset: TerritoryDataset,
  options: { newPage?: boolean; withTable?: boolean; compact?: boolean } = {},
): Section[] {
  const grid = dataset.cotation.grid;
  if (!grid) return [];
  const view = positioningView(dataset, grid);
  const blocks: Block[] = view
    ? [
        { kind: 'paragraph', text: 'Le simulateur de points du site vous donne 2 repères :' },
        {
          kind: 'list',
          compact: options.compact === true,
          items: [
            '« Demandes devant vous ». Ce sont les demandes de la même taille avec plus de points.',
            halfLandmark(view),
          ],
        },
        ...(options.withTable ? figuresTable(view, dataset) : []),
      ]
    : POSITION_WORDS.noTable.map((text): Block => ({ kind: 'paragraph', text }));
  blocks.push(
    { kind: 'paragraph', text: 'Attention :', strong: true },
    {
      kind: 'list',
      compact: options.compact === true,
      items: [
        // The caveats the seeds require, in the words of every simulator result: the commission chooses,
        // points can change once the documents are checked; then those of the position box.
        ...CAVEATS.filter((c) => c.startsWith('Pour chaque logement') || c.startsWith('Vos points peuvent')),
        ...(grid.questions.some((q) => q.step === 'refus') ? [POSITION_WORDS.refusal] : []),
        ...(view ? [POSITION_WORDS.landmarks] : []),
      ],
    },
  );
  return [
    {
      id: POSITION_SECTION_ID,
      heading: 'Où en serait votre demande ?',
      picto: 'people',
      ...(options.newPage ? { newPage: true } : {}),
      blocks,
    },
  ];
}

/**
 * The second landmark explained with a real figure of the territory: the first size, most asked first, whose
 * housed households had at least some points.
 */
function halfLandmark(view: PositioningView): string {
  for (const t of ['T3', 'T2', 'T4', 'T1', 'T5+'] as const) {
    const half = view.sizes[t] && housedHalf(view.sizes[t].housed);
    if (half && half.min > 0)
      return `« La moitié des ménages logés avaient au moins ${formatInteger(half.min)} points ». Donc 1 ménage logé sur 2 avait ${formatInteger(half.min)} points ou plus.`;
  }
  return '« La moitié des ménages logés avaient au moins tant de points ». Donc 1 ménage logé sur 2 avait ces points ou plus.';
}

/**
 * One row per size: the demands waiting at the end of the year, as the demand table publishes them (the
 * same number as every page, even when a band of points is hidden), and the points of half the households
 * housed: « trop peu de ménages » only when the demand table itself says fewer than the threshold were
 * housed; a band merged or hidden otherwise makes the figure « caché », as in the simulator.
 */
function figuresTable(view: PositioningView, dataset: TerritoryDataset): Block[] {
  const m = view.millesime;
  const threshold = dataset.secrecy.threshold;
  const territory = dataset.demand[String(m)]?.territory;
  let hidden = false;
  const rows = TYPOLOGIES.flatMap((t) => {
    const size = view.sizes[t];
    if (!size) return [];
    const pending = territory?.[t].pending;
    const half = housedHalf(size.housed);
    if (pending === undefined || isMasked(pending) || (!half && !size.fewHoused)) hidden = true;
    return [
      {
        header: SIZE_NAMES[t],
        cells: [
          pending === undefined ? HIDDEN_WORD : formatCell(pending, threshold),
          half ? halfPointsText(half) : size.fewHoused ? 'trop peu de ménages' : HIDDEN_WORD,
        ],
      },
    ];
  });
  const table: Block = {
    kind: 'table',
    caption: `Les repères de ${m}, dans tout le territoire :`,
    headers: ['Taille', `Demandes en attente fin ${m}`, `La moitié des ménages logés en ${m} avaient`],
    rows,
  };
  return hidden ? [table, { kind: 'paragraph', text: secrecyExplanation(threshold) }] : [table];
}
