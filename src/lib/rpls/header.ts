/**
 * The header of an RPLS file, for every reader of it (a territory's file, the national split): its shape,
 * the column of each role and of the weight, or one message per missing column with the nearest title.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { nearest } from '../sources/index.ts';
import { detectShape, WEIGHT_COLUMNS, type Role, type RplsShape } from './shapes.ts';

const ROLE_NAMES: Record<Role, string> = {
  commune: 'code de la commune',
  rooms: 'nombre de pièces',
  surface: 'surface habitable',
  year: 'année de construction',
  kind: 'type de construction',
  financing: 'financement',
  energy: 'étiquette énergie',
  qpv: 'quartier prioritaire',
};

/** What a header says: the shape, and either the columns or why they cannot be read. */
export interface RplsHeader {
  shape: RplsShape;
  /** Column of each role (all found when `missing` is empty). */
  index: Record<Role, number>;
  /** Column giving how many dwellings a row stands for, or -1. */
  weight: number;
  /** One error per missing column, on the header line. */
  missing: Diagnostic[];
}

/** Reads a header line (`columnOf(i)`: the 1-based character column of title i, for the messages). */
export function readRplsHeader(
  names: readonly string[],
  line: number,
  columnOf: (index: number) => number,
  display: string,
): RplsHeader {
  const found = detectShape(names);
  const missing = (Object.keys(found.index) as Role[])
    .filter((r) => found.index[r] < 0)
    .map((role): Diagnostic => {
      const expected = found.shape.columns[role];
      const close = nearest(expected, names, 4);
      return {
        file: display,
        line,
        column: close ? columnOf(names.indexOf(close)) : 1,
        severity: 'error',
        message: `colonne « ${expected} » absente (${ROLE_NAMES[role]}) : le fichier ressemble au format ${found.shape.label}`,
        hint: close
          ? `la colonne « ${close} » est-elle la même ? Renommez-la « ${expected} »`
          : `ajoutez la colonne « ${expected} » ou utilisez le fichier tel que publié par le SDES`,
      };
    });
  const weight = names.findIndex((n) => WEIGHT_COLUMNS.includes(n.trim().toLowerCase()));
  return { shape: found.shape, index: found.index, weight, missing };
}
