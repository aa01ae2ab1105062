/**
 * The open-data tables (CSV, JSON and the data dictionary share these columns, so the dictionary always
 * describes the files exactly). Values come from the dataset, secrecy already applied. A numeric column
 * holds a number or nothing; its `_statut` column says why it is empty (src/lib/wording `figureStatus`).
 */
import {
  BUILDING_KINDS,
  CONSTRUCTION_PERIODS,
  ENERGY_LABELS,
  FINANCING_FAMILIES,
  TYPOLOGIES,
  type Cell,
  type DemandFigures,
  type Indicator,
  type StockFigures,
  type TerritoryDataset,
  type Typology,
} from '../../lib/dataset/index.ts';
import { figureStatus, waitState } from '../../lib/wording/index.ts';
import {
  BUILDING_KIND_LABELS,
  ENERGY_LABELS_TEXT,
  FINANCING_LABELS,
  PERIOD_LABELS,
  TYPOLOGY_LABELS,
} from '../../components/figures/labels.ts';
import type { CsvValue } from './_csv.ts';

/** One column: its name in the file, what it means, and how to read it from a row. */
export interface Column<Row> {
  name: string;
  description: string;
  /** True for a column that holds a number or nothing, never text. */
  numeric: boolean;
  value: (row: Row) => CsvValue;
}

/** A row of the stock table: one commune (or the territory) for one RPLS millésime. */
export interface StockRow {
  millesime: number;
  code: string;
  name: string;
  s: StockFigures;
  threshold: number;
}
/** A row of the demand table: one commune (or the territory) × typology for one demand millésime. */
export interface DemandRow {
  millesime: number;
  code: string;
  name: string;
  typology: Typology | 'total';
  f: DemandFigures;
  threshold: number;
}

/** Every value of the status columns, explained once in the dictionary. */
export const STATUS_VALUES: { value: string; meaning: string }[] = [
  { value: 'vide', meaning: 'Le nombre est publié.' },
  {
    value: 'secret',
    meaning: 'Le nombre est caché. Il est plus petit que le seuil du secret statistique, ou il en vient.',
  },
  {
    value: 'secret_secondaire',
    meaning: 'Le nombre est caché pour qu’on ne puisse pas recalculer un autre nombre caché.',
  },
  { value: 'non_publie_source', meaning: 'Le fichier source ne publie pas ce nombre.' },
  { value: 'non_calculable', meaning: 'Aucun logement n’a été donné : l’attente ne peut pas être calculée.' },
  {
    value: 'borne_inferieure',
    meaning: 'Le nombre est caché, mais une valeur minimum est sûre. Elle est dans la colonne _minimum.',
  },
  { value: 'absent', meaning: 'La source ne donne pas ce chiffre.' },
];

const numberOf = (v: Cell | Indicator | undefined): CsvValue => (typeof v === 'number' ? v : null);

/** A figure: its numeric column and its status column. */
function figure<Row>(
  name: string,
  description: string,
  get: (row: Row) => Cell | Indicator | undefined,
): Column<Row>[] {
  return [
    { name, description, numeric: true, value: (r) => numberOf(get(r)) },
    {
      name: `${name}_statut`,
      description: `Pourquoi « ${name} » est vide. Vide quand le nombre est publié.`,
      numeric: false,
      value: (r) => figureStatus(get(r)) || null,
    },
  ];
}

const place: Column<{ millesime: number; code: string; name: string }>[] = [
  { name: 'millesime', description: 'Année des chiffres.', numeric: true, value: (r) => r.millesime },
  {
    name: 'code_commune',
    description: 'Code INSEE de la commune. « territoire » pour le total du territoire.',
    numeric: false,
    value: (r) => r.code,
  },
  { name: 'commune', description: 'Nom de la commune, ou du territoire.', numeric: false, value: (r) => r.name },
];

/** Columns of logements.csv. */
export const STOCK_COLUMNS: Column<StockRow>[] = [
  ...place,
  ...figure<StockRow>('logements', 'Nombre de logements sociaux.', (r) => r.s.total),
  ...TYPOLOGIES.flatMap((t) =>
    figure<StockRow>(
      `logements_${t.replace('+', '_plus')}`,
      `Logements ${TYPOLOGY_LABELS[t].short} : ${TYPOLOGY_LABELS[t].rooms}.`,
      (r) => r.s.byTypology[t],
    ),
  ),
  ...BUILDING_KINDS.flatMap((k) =>
    figure<StockRow>(`type_${k}`, `${BUILDING_KIND_LABELS[k]}.`, (r) => r.s.byBuildingKind[k]),
  ),
  ...CONSTRUCTION_PERIODS.flatMap((p) =>
    figure<StockRow>(
      `construction_${p.replace(/-/g, '_')}`,
      `Année de construction : ${PERIOD_LABELS[p].toLowerCase()}.`,
      (r) => r.s.byPeriod[p],
    ),
  ),
  ...FINANCING_FAMILIES.flatMap((f) =>
    figure<StockRow>(
      `financement_${f.toLowerCase()}`,
      `Aide de l’État : ${FINANCING_LABELS[f].name}, ${FINANCING_LABELS[f].full}.`,
      (r) => r.s.byFinancing[f],
    ),
  ),
  ...ENERGY_LABELS.flatMap((l) =>
    figure<StockRow>(
      `energie_${l.toLowerCase()}`,
      `Étiquette énergie ${ENERGY_LABELS_TEXT[l]}.`,
      (r) => r.s.byEnergyLabel[l],
    ),
  ),
  ...figure<StockRow>('qpv', 'Logements dans un quartier prioritaire de la ville.', (r) => r.s.qpv.inside),
  ...figure<StockRow>('hors_qpv', 'Logements hors quartier prioritaire.', (r) => r.s.qpv.outside),
  ...TYPOLOGIES.flatMap((t) =>
    figure<StockRow>(
      `surface_moyenne_${t.replace('+', '_plus')}`,
      `Surface moyenne des ${TYPOLOGY_LABELS[t].short}, en mètres carrés. Vide s’il n’y en a pas : statut « non_calculable ».`,
      (r) => r.s.averageSurface[t],
    ),
  ),
];

/** The lower bound of a waiting time or a pressure, when only a bound can be said. */
function bound(r: DemandRow, what: 'months' | 'pressure'): CsvValue {
  const s = waitState(r.f, r.threshold);
  return s.kind === 'lowerBound' ? Math.floor(s[what] * 10) / 10 : null;
}

/** Columns of demandes.csv. */
export const DEMAND_COLUMNS: Column<DemandRow>[] = [
  ...place,
  {
    name: 'typologie',
    description: 'Taille du logement : T1, T2, T3, T4, T5+, ou « toutes ».',
    numeric: false,
    value: (r) => (r.typology === 'total' ? 'toutes' : r.typology),
  },
  ...figure<DemandRow>('demandes_en_attente', 'Demandes en attente au 31 décembre.', (r) => r.f.pending),
  ...figure<DemandRow>(
    'demandes_mutations',
    'Dont demandes de personnes déjà en logement social.',
    (r) => r.f.pendingTransfers,
  ),
  ...figure<DemandRow>('attributions', 'Logements donnés pendant l’année.', (r) => r.f.attributions),
  ...figure<DemandRow>(
    'attributions_mutations',
    'Dont logements donnés à des personnes déjà en logement social.',
    (r) => r.f.attributionTransfers,
  ),
  ...figure<DemandRow>(
    'delai_moyen_observe_mois',
    'Attente moyenne observée, en mois. C’est le temps d’attente des personnes logées dans l’année. Seulement quand la source la donne.',
    (r) => (r.f.averageDelayMonths === null ? undefined : r.f.averageDelayMonths),
  ),
  {
    name: 'delai_theorique_mois',
    description:
      'Temps d’attente calculé, en mois. Ce sont les demandes divisées par les attributions de l’année, fois 12. C’est le chiffre des pages du site.',
    numeric: true,
    value: (r) => numberOf(r.f.waitingMonths),
  },
  {
    name: 'delai_theorique_mois_statut',
    description: 'Pourquoi « delai_theorique_mois » est vide. Vide quand le nombre est publié.',
    numeric: false,
    value: (r) => figureStatus(waitState(r.f, r.threshold)) || null,
  },
  {
    name: 'delai_theorique_mois_minimum',
    description:
      'Pour le statut « borne_inferieure » : l’attente calculée est au moins de ce nombre de mois. Le calcul compte au plus seuil moins 1 logements donnés.',
    numeric: true,
    value: (r) => bound(r, 'months'),
  },
  {
    name: 'pression',
    description: 'Nombre de demandes pour 1 attribution.',
    numeric: true,
    value: (r) => numberOf(r.f.pressure),
  },
  {
    name: 'pression_statut',
    description: 'Pourquoi « pression » est vide. Vide quand le nombre est publié.',
    numeric: false,
    value: (r) => figureStatus(waitState(r.f, r.threshold)) || null,
  },
  {
    name: 'pression_minimum',
    description: 'Quand le statut est « borne_inferieure » : au moins ce nombre de demandes pour 1 attribution.',
    numeric: true,
    value: (r) => bound(r, 'pressure'),
  },
];

/** The rows of a table as objects, for the JSON file: the same names and values as the CSV. */
export function asObjects<Row>(columns: Column<Row>[], rows: Row[]): Record<string, CsvValue>[] {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.value(r)])));
}

/** Every stock row: each RPLS millésime, each commune, then the territory. */
export function stockRows(d: TerritoryDataset): StockRow[] {
  const threshold = d.secrecy.threshold;
  return d.millesimes.rpls.flatMap((millesime) => {
    const table = d.stock[String(millesime)];
    if (!table) return [];
    return [
      ...d.communes.flatMap((c) =>
        table.communes[c.code]
          ? [{ millesime, code: c.code, name: c.name, s: table.communes[c.code]!, threshold }]
          : [],
      ),
      { millesime, code: 'territoire', name: d.settings.name, s: table.territory, threshold },
    ];
  });
}

/** Every demand row: each demand millésime, each commune × typology and total, then the territory. */
export function demandRows(d: TerritoryDataset): DemandRow[] {
  const threshold = d.secrecy.threshold;
  const keys = [...TYPOLOGIES, 'total' as const];
  return d.millesimes.demande.flatMap((millesime) => {
    const table = d.demand[String(millesime)];
    if (!table) return [];
    const places = [
      ...d.communes.flatMap((c) =>
        table.communes[c.code] ? [{ code: c.code, name: c.name, row: table.communes[c.code]! }] : [],
      ),
      { code: 'territoire', name: d.settings.name, row: table.territory },
    ];
    return places.flatMap((p) =>
      keys.map((typology) => ({ millesime, code: p.code, name: p.name, typology, f: p.row[typology], threshold })),
    );
  });
}
