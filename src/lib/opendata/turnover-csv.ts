/**
 * /donnees/indicateurs.csv: mobility, vacancy and rent from the SDES « résultats RPLS », per commune and
 * for the territory, with the earlier years the same file gives. A rate hidden by the SDES stays hidden:
 * its column is empty and its status says `non_publie_source`.
 */
import type { Indicator, TurnoverFigures, TurnoverRates } from '../figures/index.ts';
import { figure, placeColumns, TERRITORY_CODE, type Place } from './columns.ts';
import { publishedTable, type Column, type OpenDataSource } from './declaration.ts';

/** A row: a place, a year of figures, and the four rates of that year. */
interface TurnoverRow extends Place {
  year: number;
  rates: TurnoverRates;
}

/** A rate: `undefined` (status `absent`) when the file does not give it. */
const rate = (v: Indicator): Indicator | undefined => (v === null ? undefined : v);

const rateColumn = (
  name: string,
  title: string,
  description: string,
  get: (r: TurnoverRates) => Indicator,
  decimals = 1,
) =>
  figure<TurnoverRow>({
    name,
    title,
    description,
    type: 'number',
    decimals,
    statuses: ['non_publie_source', 'absent'],
    get: (r) => rate(get(r.rates)),
  });

const COLUMNS: Column<TurnoverRow>[] = [
  ...placeColumns<TurnoverRow>('Année du fichier des résultats RPLS.', [
    {
      name: 'annee',
      title: 'Année',
      description: 'Année du chiffre : le millésime, ou une année précédente donnée par le même fichier.',
      type: 'year',
      required: true,
      value: (r) => r.year,
    },
  ]),
  ...rateColumn(
    'taux_mobilite',
    'Taux de mobilité',
    'Logements qui ont changé de locataire dans l’année, pour 100 logements loués.',
    (r) => r.mobilityRate,
  ),
  ...rateColumn(
    'taux_vacance',
    'Taux de vacance',
    'Logements vides pour 100 logements proposés à la location.',
    (r) => r.vacancyRate,
  ),
  ...rateColumn(
    'taux_vacance_3_mois',
    'Vacance de plus de 3 mois',
    'Logements vides depuis plus de 3 mois, pour 100 logements proposés à la location.',
    (r) => r.longVacancyRate,
  ),
  ...rateColumn(
    'loyer_m2',
    'Loyer moyen',
    'Loyer moyen sans les charges, en euros par m² de surface habitable et par mois.',
    (r) => r.rentPerM2,
    2,
  ),
];

function rowsOf(millesime: number, code: string, name: string, f: TurnoverFigures): TurnoverRow[] {
  const { history, ...current } = f;
  return [...history, { ...current, year: millesime }].map(({ year, ...rates }) => ({
    millesime,
    code,
    name,
    year,
    rates,
  }));
}

/** Every row: each millésime, each commune the file gives, then the territory when known. */
function turnoverRows(d: OpenDataSource): TurnoverRow[] {
  return (d.millesimes.turnover ?? []).flatMap((m) => {
    const t = d.turnover?.[String(m)];
    if (!t) return [];
    return [
      ...d.communes.flatMap((c) => (t.communes[c.code] ? rowsOf(m, c.code, c.name, t.communes[c.code]!) : [])),
      ...(t.territory ? rowsOf(m, TERRITORY_CODE, d.settings.name, t.territory) : []),
    ];
  });
}

/** indicateurs.csv. */
export const TURNOVER_CSV = publishedTable<TurnoverRow>({
  name: 'indicateurs',
  file: 'indicateurs.csv',
  jsonKey: 'indicateurs',
  label: 'Les logements qui se libèrent et les loyers',
  title: 'Logements qui changent de locataire, logements vides et loyer moyen',
  description:
    'Chiffres du SDES, résultats RPLS : taux de mobilité, taux de vacance, vacance de plus de 3 mois et loyer moyen par m², par commune et pour le territoire, avec les années précédentes quand le fichier les donne. Une valeur cachée par le SDES reste cachée.',
  fields: COLUMNS,
  primaryKey: ['millesime', 'annee', 'code_commune'],
  missingValues: [''],
  rows: turnoverRows,
});
