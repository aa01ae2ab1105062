/** Rows of /donnees/indicateurs.csv, from the dataset (SDES masking kept: « non publié »). */
import { isMasked, type Indicator, type TerritoryDataset, type TurnoverFigures } from '../dataset/index.ts';

/** One row: a place, a year, the four figures as CSV values (number, « non publié » or empty). */
export type TurnoverRow = (string | number | null)[];

const value = (v: Indicator): string | number | null => (v === null ? null : isMasked(v) ? 'non publié' : v);

function rowsOf(millesime: number, code: string, name: string, f: TurnoverFigures): TurnoverRow[] {
  return [...f.history, { year: millesime, ...f }].map((r) => [
    millesime,
    r.year,
    code,
    name,
    value(r.mobilityRate),
    value(r.vacancyRate),
    value(r.longVacancyRate),
    value(r.rentPerM2),
  ]);
}

/** Every row, in the column order of TURNOVER_CSV: each millésime, each commune, then the territory. */
export function turnoverRows(
  d: Pick<TerritoryDataset, 'communes' | 'settings' | 'millesimes' | 'turnover'>,
): TurnoverRow[] {
  return (d.millesimes.indicateurs ?? []).flatMap((m) => {
    const t = d.turnover?.[String(m)];
    if (!t) return [];
    return [
      ...d.communes.flatMap((c) => (t.communes[c.code] ? rowsOf(m, c.code, c.name, t.communes[c.code]!) : [])),
      ...(t.territory ? rowsOf(m, 'territoire', d.settings.name, t.territory) : []),
    ];
  });
}
