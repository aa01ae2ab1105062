/**
 * Published counts and masked cells: the one representation every output (HTML, CSV, JSON, PDF, charts)
 * reads, and the one formatter that turns it into text. Pure code: it also runs in the browser.
 */
import { formatInteger } from '../format/index.ts';

/**
 * Why a count is not published.
 * - `small`: the count is above 0 and below the territory's secrecy threshold (DESIGN.md §7).
 * - `secondary`: the count is large enough, but hidden so that a hidden count cannot be recomputed from
 *   a total or from the other cells.
 * - `source`: the file as published already hid it (`s`, `nd`, `<5`, blank… — data-formats.md §c.3).
 */
export type MaskReason = 'small' | 'secondary' | 'source';

/** A count that must not be shown. Never coerce it to 0. */
export interface MaskedCell {
  /** Why the count is hidden. */
  masked: MaskReason;
}

/** A published count, or a masked one. Every count that leaves the dataset has this type. */
export type Cell = number | MaskedCell;

/**
 * A derived figure that may be absent: `number`, `null` when it cannot exist (no attribution → "aucune
 * attribution cette année", never infinity), or masked when an input count is masked.
 */
export type Indicator = number | MaskedCell | null;

/** True when the cell is hidden. */
export function isMasked(cell: Cell | null | undefined): cell is MaskedCell {
  return typeof cell === 'object' && cell !== null && 'masked' in cell;
}

/** The published number, or null when masked (for charts: draw nothing, never 0). */
export function cellValue(cell: Cell): number | null {
  return isMasked(cell) ? null : cell;
}

/**
 * Text of a cell for people and for CSV: "1 615", "moins de 5" (small), "non publié" (secondary or source).
 * `threshold` is the territory's secrecy threshold (`dataset.secrecy.threshold`).
 */
export function formatCell(cell: Cell, threshold: number): string {
  if (!isMasked(cell)) return formatInteger(cell);
  return cell.masked === 'small' ? `moins de ${threshold}` : 'non publié';
}

/** One FALC explanation of statistical secrecy, shown near any table that has a masked cell. */
export function secrecyExplanation(threshold: number): string {
  return `Quand un nombre est plus petit que ${threshold}, nous ne l’écrivons pas. Cela protège les personnes. Parfois, nous cachons aussi un autre nombre pour la même raison.`;
}
