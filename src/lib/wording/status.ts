/**
 * Why a figure of the open data is empty: one status per figure, next to a numeric column that holds a
 * number or nothing.
 */
import type { Cell, Indicator } from '../indicators/index.ts';
import type { WaitState } from './figures.ts';

/**
 * - `""`: the number is published;
 * - `secret`: a count from 1 to threshold − 1, hidden;
 * - `secret_secondaire`: hidden so that another hidden count cannot be recomputed;
 * - `non_publie_source`: the source file did not publish it;
 * - `non_calculable`: no dwelling given, a waiting time or pressure cannot be computed;
 * - `borne_inferieure`: only a lower bound can be said (given in the `_minimum` column);
 * - `absent`: no figure (for example no observed delay in the source);
 * - `territoire_seulement`: published for the whole territory only (transfers, on a commune row);
 * - `toutes_tailles_seulement`: published for all sizes together only (transfers, on a territory row by size).
 */
export type FigureStatus =
  | ''
  | 'secret'
  | 'secret_secondaire'
  | 'non_publie_source'
  | 'non_calculable'
  | 'borne_inferieure'
  | 'absent'
  | 'territoire_seulement'
  | 'toutes_tailles_seulement';

const BY_REASON = { small: 'secret', secondary: 'secret_secondaire', source: 'non_publie_source' } as const;

/** Status of a count or an indicator, or of a waiting-time state. */
export function figureStatus(value: Cell | Indicator | WaitState | undefined): FigureStatus {
  if (value === undefined) return 'absent';
  if (value === null) return 'non_calculable';
  if (typeof value === 'number') return '';
  if ('masked' in value) return BY_REASON[value.masked];
  switch (value.kind) {
    case 'value':
      return '';
    case 'lowerBound':
      return 'borne_inferieure';
    case 'noneGiven':
      return 'non_calculable';
    case 'hidden':
      return BY_REASON[value.reason];
    case 'missing':
      return 'absent';
  }
}
