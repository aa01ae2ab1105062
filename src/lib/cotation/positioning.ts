/**
 * "Où en serait ma demande ?": where a number of points would stand among the demands of the same size
 * (seed 002 §IV, « le positionnement de la demande par rapport aux autres demandes de même type »), and
 * how many points the households housed last year had (seed 004). Read from the published positioning
 * table only (counts already under statistical secrecy): a hidden band makes the answer a range or a
 * "we cannot say", never a guess. The view is written at build time; the sentences are made in the
 * browser, where the points are, with these functions.
 */
import type { DemandTable, PositioningTable, Typology } from '../figures/index.ts';
import { formatInteger } from '../format/index.ts';

/** A band as the simulator reads it: its count, or null when hidden. */
export interface PositionBand {
  min: number;
  max: number | null;
  count: number | null;
}

/**
 * One size of the view: its bands, and what the published demand table says of the same size (the one
 * source of the totals: the bands add up to it, but a hidden band must not hide a published total).
 */
export interface PositionSize {
  pending: PositionBand[];
  housed: PositionBand[];
  /** Pending demands of the size in the territory, as the demand table publishes them; null when hidden there. */
  waiting: number | null;
  /**
   * The demand table itself says that fewer than the threshold households were housed with this size
   * (0, or « moins de 5 »): only then are the points of half of them « too few » to say. Otherwise a missing
   * half comes from a merged or hidden band: the figure is hidden, not too small.
   */
  fewHoused: boolean;
}

/** What the simulator needs: the published bands of each size, and whether a refusal costs points. */
export interface PositioningView {
  millesime: number;
  sizes: Partial<Record<Typology, PositionSize>>;
  /** The grid asks about refused offers: a refusal can cost points. */
  refusal: boolean;
}

/** The view of the dataset's positioning table; undefined when the territory publishes none. */
export function positioningView(
  d: {
    positioning?: PositioningTable | undefined;
    demand?: Record<string, DemandTable> | undefined;
    secrecy?: { threshold: number } | undefined;
  },
  grid: { questions: readonly { step: string }[] } | undefined,
): PositioningView | undefined {
  const p = d.positioning;
  if (!p) return undefined;
  const bands = (list: PositioningTable['sizes'][Typology] & object, key: 'pending' | 'attributions') =>
    list[key].map((b) => ({ min: b.min, max: b.max, count: typeof b.count === 'number' ? b.count : null }));
  const table = d.demand?.[String(p.millesime)]?.territory;
  const threshold = d.secrecy?.threshold ?? 0;
  const sizes: PositioningView['sizes'] = {};
  for (const [k, s] of Object.entries(p.sizes) as [Typology, NonNullable<PositioningTable['sizes'][Typology]>][]) {
    const pending = table?.[k].pending;
    const housed = table?.[k].attributions;
    sizes[k] = {
      pending: bands(s, 'pending'),
      housed: bands(s, 'attributions'),
      waiting: typeof pending === 'number' ? pending : null,
      fewHoused: housed !== undefined && (typeof housed === 'number' ? housed < threshold : housed.masked === 'small'),
    };
  }
  return {
    millesime: p.millesime,
    sizes,
    refusal: grid?.questions.some((q) => q.step === 'refus') ?? false,
  };
}

/**
 * Demands with more points than `points`: those of the bands above it for sure, and perhaps all of its own
 * band (their points inside the band are not published). Undefined when a band that counts is hidden.
 */
export function demandsAhead(bands: readonly PositionBand[], points: number): { min: number; max: number } | undefined {
  let min = 0,
    max = 0;
  for (const b of bands) {
    const above = b.min > points;
    // Inside its band, the demands with strictly more points are 0 to all of them; a band that ends at the
    // points (or below) has none above, whatever its count.
    const within = !above && (b.max === null || b.max > points);
    if (!above && !within) continue;
    if (b.count === null) return undefined;
    if (above) min += b.count;
    max += b.count;
  }
  return { min, max };
}

/**
 * The band where half of the housed households had at least its first points: the smallest band whose
 * households, with those below, make half or more. Undefined when a count is hidden or there is one band.
 */
export function housedHalf(bands: readonly PositionBand[]): PositionBand | undefined {
  if (bands.length < 2 || bands.some((b) => b.count === null)) return undefined;
  const total = bands.reduce((n, b) => n + b.count!, 0);
  if (total === 0) return undefined;
  let below = 0;
  for (const b of bands) {
    if (2 * (below + b.count!) >= total) return b;
    below += b.count!;
  }
  return undefined;
}

const demands = (n: number) => (n > 1 ? `${formatInteger(n)} demandes` : `${n} demande`);

/** The fixed sentences about one's position, the same in the simulator and on the leaflets. */
export const POSITION_WORDS = {
  /** Without a positioning table. */
  noTable: [
    'Ce territoire ne publie pas les points des autres demandes.',
    'Pour savoir où en est votre demande, demandez au guichet où vous l’avez déposée.',
  ],
  landmarks: 'Ce sont des repères, pas une promesse\u00a0: les demandes changent chaque jour.',
  /** When the grid asks about refused offers. */
  refusal: 'Si vous refusez un logement, vous pouvez perdre des points.',
} as const;

/** « au moins 40 points », or « moins de 40 points » for a first band: the points of half the housed households. */
export function halfPointsText(half: PositionBand): string {
  return half.min === 0
    ? `moins de ${formatInteger(half.max! + 1)} points`
    : `au moins ${formatInteger(half.min)} points`;
}

/** The sentences of the simulator's result for a size and a number of points, in FALC. */
export function positionLines(view: PositioningView | undefined, typology: Typology, points: number): string[] {
  if (!view) return [...POSITION_WORDS.noTable];
  const size = view.sizes[typology];
  const lines: string[] = [];
  const ahead = size && demandsAhead(size.pending, points);
  if (!ahead)
    lines.push(
      `Pour un ${typology}, un chiffre est caché. Nous ne pouvons pas dire combien de demandes ont plus de points que vous.`,
    );
  else {
    const who =
      ahead.max === 0
        ? 'aucune demande n’a'
        : ahead.min === ahead.max
          ? `${demands(ahead.min)} ${ahead.min > 1 ? 'ont' : 'a'}`
          : ahead.min === 0
            ? `au plus ${demands(ahead.max)} ${ahead.max > 1 ? 'ont' : 'a'}`
            : `entre ${formatInteger(ahead.min)} et ${demands(ahead.max)} ont`;
    lines.push(`Fin ${view.millesime}, pour un ${typology} dans tout le territoire, ${who} plus de points que vous.`);
    if (size && size.waiting !== null) lines.push(`Il y avait ${demands(size.waiting)} de ${typology} en attente.`);
  }
  const half = size && housedHalf(size.housed);
  if (!half)
    lines.push(
      size?.fewHoused
        ? `Trop peu de ménages ont eu un ${typology} en ${view.millesime} pour dire leurs points.`
        : `Les points des ménages qui ont eu un ${typology} en ${view.millesime} sont cachés. Cela protège les personnes.`,
    );
  else
    lines.push(
      `En ${view.millesime}, la moitié des ménages qui ont eu un ${typology} avaient ${halfPointsText(half)}.`,
    );
  // The result above already says that points can change once checked and that the commission chooses.
  lines.push(POSITION_WORDS.landmarks);
  if (view.refusal) lines.push(POSITION_WORDS.refusal);
  return lines;
}
