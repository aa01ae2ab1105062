/**
 * The three known shapes of the public per-dwelling RPLS file (reference/data-formats.md §a.2–a.4), and
 * the columns each one uses for the figures we publish. Columns are found by name, never by position.
 */

/** Role of a column in the figures. */
export type Role = 'commune' | 'rooms' | 'surface' | 'year' | 'kind' | 'financing' | 'energy' | 'qpv';

/** One known shape of the RPLS file. */
export interface RplsShape {
  /** Short id used in code and tests. */
  id: 'dido' | 'dido-minuscules' | 'regional';
  /** Name printed in messages. */
  label: string;
  /** Column name for each role (matched without regard to case). */
  columns: Record<Role, string>;
  /** How the QPV column says "inside a QPV". */
  qpv: 'code-present' | 'one-two';
}

/** Known shapes, most recent first. */
export const SHAPES: readonly RplsShape[] = [
  {
    id: 'dido',
    label: 'RPLS DiDo, 2022 et après, noms en majuscules',
    columns: {
      commune: 'DEPCOM',
      rooms: 'NBPIECE',
      surface: 'SURFHAB',
      year: 'CONSTRUCT',
      kind: 'TYPECONST_CODE',
      financing: 'FINAN_CODE',
      energy: 'DPEENERGIE',
      qpv: 'QPV_CODE',
    },
    qpv: 'code-present',
  },
  {
    id: 'dido-minuscules',
    label: 'RPLS DiDo en minuscules, copie data.gouv.fr',
    columns: {
      commune: 'depcom_code',
      rooms: 'nbpiece',
      surface: 'surfhab',
      year: 'construct',
      kind: 'typeconst_code',
      financing: 'finan_code',
      energy: 'dpeenergie',
      qpv: 'qpv_code',
    },
    qpv: 'code-present',
  },
  {
    id: 'regional',
    label: 'RPLS régional, 2020 et avant',
    columns: {
      commune: 'DEPCOM',
      rooms: 'NBPIECE',
      surface: 'SURFHAB',
      year: 'CONSTRUCT',
      kind: 'TYPECONST',
      financing: 'FINAN',
      energy: 'DPEENERGIE',
      qpv: 'QPV',
    },
    qpv: 'one-two',
  },
];

/**
 * Optional column giving how many dwellings a row stands for. The public file has one row per dwelling;
 * some reprocessed extracts group rows by address (`nb`, with SURFHAB summed), e.g. the Narbonne extract.
 */
export const WEIGHT_COLUMNS = ['nb', 'nb_logements'];

/** Column names that mark the header row. */
export const HEADER_HINTS = ['DEPCOM', 'depcom_code'];

/** Shape matching the most columns of a header, with each role's index (-1 when missing). */
export function detectShape(header: readonly string[]): { shape: RplsShape; index: Record<Role, number> } {
  const lower = header.map((h) => h.trim().toLowerCase());
  let best: { shape: RplsShape; index: Record<Role, number>; score: number } | undefined;
  for (const shape of SHAPES) {
    const index = Object.fromEntries(
      Object.entries(shape.columns).map(([role, name]) => [role, lower.indexOf(name.toLowerCase())]),
    ) as Record<Role, number>;
    let score = Object.values(index).filter((i) => i >= 0).length;
    // The mirror differs from DiDo only by case and depcom_code: prefer it when the header is lower-case.
    if (shape.id === 'dido-minuscules' && header.some((h) => h === 'depcom_code')) score += 0.5;
    if (!best || score > best.score) best = { shape, index, score };
  }
  return { shape: best!.shape, index: best!.index };
}
