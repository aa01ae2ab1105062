/** /donnees/logements.csv: the RPLS stock of every commune and of the territory, for every millésime. */
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
  type StockFigures,
} from '../figures/index.ts';
import {
  BUILDING_KIND_LABELS,
  ENERGY_LABELS_TEXT,
  FINANCING_LABELS,
  PERIOD_LABELS,
  TYPOLOGY_LABELS,
} from '../wording/index.ts';
import { figure, placeColumns, TERRITORY_CODE, type Place } from './columns.ts';
import { publishedTable, type Column, type OpenDataSource } from './declaration.ts';
import { COUNT_STATUSES } from './status.ts';

/** A row: one commune (or the territory) for one RPLS millésime. */
interface StockRow extends Place {
  s: StockFigures;
}

/** `T5+` as a column name: `T5_plus`. */
export const typologyKey = (t: string): string => t.replace('+', '_plus');

const count = (name: string, title: string, description: string, get: (s: StockFigures) => StockFigures['total']) =>
  figure<StockRow>({ name, title, description, get: (r) => get(r.s) });

const COLUMNS: Column<StockRow>[] = [
  ...placeColumns<StockRow>('Année du RPLS : les logements au 1er janvier de cette année.'),
  ...count('logements', 'Logements sociaux', 'Nombre de logements sociaux.', (s) => s.total),
  ...TYPOLOGIES.flatMap((t) =>
    count(
      `logements_${typologyKey(t)}`,
      `Logements ${TYPOLOGY_LABELS[t].short}`,
      `Logements ${TYPOLOGY_LABELS[t].short} : ${TYPOLOGY_LABELS[t].rooms}.`,
      (s) => s.byTypology[t],
    ),
  ),
  ...BUILDING_KINDS.flatMap((k) =>
    count(`type_${k}`, BUILDING_KIND_LABELS[k], `${BUILDING_KIND_LABELS[k]}.`, (s) => s.byBuildingKind[k]),
  ),
  ...CONSTRUCTION_PERIODS.flatMap((p) =>
    count(
      `construction_${p.replace(/-/g, '_')}`,
      PERIOD_LABELS[p],
      `Année de construction : ${PERIOD_LABELS[p].toLowerCase()}.`,
      (s) => s.byPeriod[p],
    ),
  ),
  ...FINANCING_FAMILIES.flatMap((f) =>
    count(
      `financement_${f.toLowerCase()}`,
      FINANCING_LABELS[f].name,
      `Aide de l’État : ${FINANCING_LABELS[f].name}, ${FINANCING_LABELS[f].full}.`,
      (s) => s.byFinancing[f],
    ),
  ),
  ...ENERGY_LABELS.flatMap((l) =>
    count(
      `energie_${l.toLowerCase()}`,
      ENERGY_LABELS_TEXT[l],
      `Étiquette énergie ${ENERGY_LABELS_TEXT[l]}.`,
      (s) => s.byEnergyLabel[l],
    ),
  ),
  ...count('qpv', 'En QPV', 'Logements dans un quartier prioritaire de la ville.', (s) => s.qpv.inside),
  ...count('hors_qpv', 'Hors QPV', 'Logements hors quartier prioritaire.', (s) => s.qpv.outside),
  ...TYPOLOGIES.flatMap((t) =>
    figure<StockRow>({
      name: `surface_moyenne_${typologyKey(t)}`,
      title: `Surface moyenne des ${TYPOLOGY_LABELS[t].short}`,
      description: `Surface moyenne des ${TYPOLOGY_LABELS[t].short}, en mètres carrés. Vide s’il n’y en a pas : statut « non_calculable ».`,
      type: 'number',
      statuses: [...COUNT_STATUSES, 'non_calculable'],
      get: (r) => r.s.averageSurface[t],
    }),
  ),
];

/** Every stock row: each RPLS millésime, each commune, then the territory. */
function stockRows(d: OpenDataSource): StockRow[] {
  return d.millesimes.stock.flatMap((millesime) => {
    const table = d.stock[String(millesime)];
    if (!table) return [];
    return [
      ...d.communes.flatMap((c) =>
        table.communes[c.code] ? [{ millesime, code: c.code, name: c.name, s: table.communes[c.code]! }] : [],
      ),
      { millesime, code: TERRITORY_CODE, name: d.settings.name, s: table.territory },
    ];
  });
}

/** logements.csv. */
export const STOCK_CSV = publishedTable<StockRow>({
  name: 'logements',
  file: 'logements.csv',
  jsonKey: 'logements',
  label: 'Les logements sociaux',
  title: 'Les logements sociaux, par commune',
  description:
    'Le parc de logements sociaux du répertoire RPLS, par commune et pour le territoire, pour chaque millésime : par taille, sorte de bâtiment, année de construction, aide de l’État, étiquette énergie et quartier prioritaire.',
  fields: COLUMNS,
  primaryKey: ['millesime', 'code_commune'],
  missingValues: [''],
  rows: stockRows,
});
