/**
 * Columns shared by the published tables: the place (millésime, commune) and a figure, which is two
 * columns: a number or nothing, and its `_statut` column saying why it is empty.
 */
import { TYPOLOGIES } from '../figures/index.ts';
import type { Cell, Indicator } from '../indicators/index.ts';
import { figureStatus } from '../wording/index.ts';
import type { Column } from './declaration.ts';
import { COUNT_STATUSES, type WrittenStatus } from './status.ts';

/** Where a row is: a millésime and a commune, or the whole territory. */
export interface Place {
  millesime: number;
  code: string;
  name: string;
}

/** Code of the territory's own rows, in the `code_commune` column. */
export const TERRITORY_CODE = 'territoire';

/** The INSEE code of a commune, or `territoire`. */
const PLACE_CODE = `[0-9]{5}|2[AB][0-9]{3}|${TERRITORY_CODE}`;

/** millesime, the `after` columns, code_commune, commune. */
export function placeColumns<Row extends Place>(millesimeMeaning: string, after: Column<Row>[] = []): Column<Row>[] {
  return [
    {
      name: 'millesime',
      title: 'Millésime',
      description: millesimeMeaning,
      type: 'year',
      required: true,
      value: (r) => r.millesime,
    },
    ...after,
    {
      name: 'code_commune',
      title: 'Code commune',
      description: `Code INSEE de la commune. « ${TERRITORY_CODE} » pour le total du territoire.`,
      type: 'string',
      required: true,
      pattern: PLACE_CODE,
      patternWords: `5 chiffres, ou 2A ou 2B puis 3 chiffres, ou « ${TERRITORY_CODE} »`,
      value: (r) => r.code,
    },
    {
      name: 'commune',
      title: 'Commune',
      description: 'Nom de la commune, ou du territoire.',
      type: 'string',
      required: true,
      value: (r) => r.name,
    },
  ];
}

/** How a figure is declared: its column and what can make it empty. */
export interface FigureSpec<Row> {
  name: string;
  title: string;
  description: string;
  /** `integer` for a count (the default), `number` for a rate, a surface, a duration. */
  type?: 'integer' | 'number';
  decimals?: number;
  /** Statuses the figure can have (default: those of a count). */
  statuses?: readonly WrittenStatus[];
  get: (row: Row) => Cell | Indicator | undefined;
}

/** The status column of a numeric column. */
export function statusColumn<Row>(
  of: string,
  statuses: readonly WrittenStatus[],
  status: (row: Row) => string,
): Column<Row> {
  return {
    name: `${of}_statut`,
    title: `Statut de ${of}`,
    description: `Pourquoi « ${of} » est vide. Vide quand le nombre est publié.`,
    type: 'string',
    values: statuses,
    value: (r) => status(r) || null,
  };
}

/** A figure: its numeric column (a number or nothing, never negative) and its status column. */
export function figure<Row>(spec: FigureSpec<Row>): Column<Row>[] {
  const type = spec.type ?? 'integer';
  const numeric: Column<Row> = {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    type,
    minimum: 0,
    ...(spec.decimals !== undefined ? { decimals: spec.decimals } : {}),
    value: (r) => {
      const v = spec.get(r);
      return typeof v === 'number' ? v : null;
    },
  };
  return [numeric, statusColumn<Row>(spec.name, spec.statuses ?? COUNT_STATUSES, (r) => figureStatus(spec.get(r)))];
}

/** Word of the all-sizes rows in the `typologie` column. */
export const ALL_SIZES = 'toutes';

/** The `typologie` column: T1 … T5+, or « toutes » for the all-sizes rows. */
export function sizeColumn<Row extends { typology: string }>(): Column<Row> {
  return {
    name: 'typologie',
    title: 'Typologie',
    description: `Taille du logement : T1, T2, T3, T4, T5+, ou « ${ALL_SIZES} ».`,
    type: 'string',
    required: true,
    values: [...TYPOLOGIES, ALL_SIZES],
    value: (r) => (r.typology === 'total' ? ALL_SIZES : r.typology),
  };
}
