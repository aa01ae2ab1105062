/**
 * /donnees/positionnement.csv: for each size, the points of the demands waiting at 31 December and of the
 * households housed in the year, by band of points, for the whole territory (the latest demand millésime).
 * Bands may differ between the two populations: a small total is published in fewer, wider bands.
 */
import { TYPOLOGIES, type BandCount, type Typology } from '../figures/index.ts';
import { figure, sizeColumn } from './columns.ts';
import { publishedTable, type Column, type OpenDataSource } from './declaration.ts';
import { POSITIONING_TABLE } from './positioning-input.ts';

/** The two populations, as written in the `population` column. */
const POPULATIONS = { pending: 'en_attente', attributions: 'logees' } as const;

/** A band column, worded once in the input table's declaration (the same words in both dictionaries). */
function bandField(name: 'points_min' | 'points_max') {
  const { title, description } = POSITIONING_TABLE.fields.find((f) => f.name === name)!;
  return { name, title, description, type: 'integer' as const, minimum: 0 };
}

/** A row: one size × population × band. */
interface BandRow {
  millesime: number;
  typology: Typology;
  population: keyof typeof POPULATIONS;
  band: BandCount;
}

const COLUMNS: Column<BandRow>[] = [
  {
    name: 'millesime',
    title: 'Millésime',
    description: 'Année des chiffres : demandes au 31 décembre, ménages logés pendant l’année.',
    type: 'year',
    required: true,
    value: (r) => r.millesime,
  },
  { ...sizeColumn<BandRow>(), values: TYPOLOGIES, description: 'Taille du logement : T1, T2, T3, T4 ou T5+.' },
  {
    name: 'population',
    title: 'Qui est compté',
    description:
      'en_attente : les demandes en attente au 31 décembre. logees : les ménages qui ont eu un logement pendant l’année.',
    type: 'string',
    required: true,
    values: Object.values(POPULATIONS),
    value: (r) => POPULATIONS[r.population],
  },
  { ...bandField('points_min'), required: true, value: (r) => r.band.min },
  { ...bandField('points_max'), value: (r) => r.band.max },
  ...figure<BandRow>({
    name: 'nombre',
    title: 'Nombre',
    description: 'Nombre de demandes, ou de ménages logés, qui ont ces points.',
    get: (r) => r.band.count,
  }),
];

/** Every band, size by size, demands first. */
function bandRows(d: Pick<OpenDataSource, 'positioning'>): BandRow[] {
  const p = d.positioning;
  if (!p) return [];
  return TYPOLOGIES.flatMap((typology) => {
    const size = p.sizes[typology];
    if (!size) return [];
    return (['pending', 'attributions'] as const).flatMap((population) =>
      size[population].map((band) => ({ millesime: p.millesime, typology, population, band })),
    );
  });
}

/** positionnement.csv. */
export const POSITIONING_CSV = publishedTable<BandRow>({
  name: 'positionnement',
  file: 'positionnement.csv',
  jsonKey: 'positionnement',
  label: 'Les points des demandes et des ménages logés',
  title: 'Les points des demandes en attente et des ménages logés, par taille et par tranche de points',
  description:
    'Pour tout le territoire, chaque taille et le dernier millésime : combien de demandes en attente, et combien de ménages logés dans l’année, avaient chaque nombre de points. Quand une taille a peu de demandes ou de ménages logés, les tranches sont plus larges. Le secret statistique est appliqué, avec les demandes et les attributions.',
  fields: COLUMNS,
  primaryKey: ['millesime', 'typologie', 'population', 'points_min'],
  missingValues: [''],
  rows: bandRows,
});
