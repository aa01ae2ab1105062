/**
 * /donnees/demandes.csv: demands and attributions of every commune and of the territory, per size and
 * millésime, with the waiting time and the pressure the pages show.
 */
import { TYPOLOGIES, type Cell, type DemandFigures, type Typology } from '../figures/index.ts';
import { figureStatus, waitState, type WaitState } from '../wording/index.ts';
import { figure, placeColumns, sizeColumn, statusColumn, TERRITORY_CODE, type Place } from './columns.ts';
import { publishedTable, type Column, type OpenDataSource } from './declaration.ts';
import { COUNT_STATUSES, type WrittenStatus } from './status.ts';

/** A row: one commune (or the territory) × typology (or all) for one demand millésime. */
interface DemandRow extends Place {
  typology: Typology | 'total';
  f: DemandFigures;
  wait: WaitState;
}

/** Statuses of a waiting time or a pressure computed from the counts. */
const WAIT_STATUSES: readonly WrittenStatus[] = ['secret', 'borne_inferieure', 'non_calculable', 'absent'];

/** A figure computed from the wait: its column, its status column and its `_minimum` column. */
function fromWait(
  name: string,
  title: string,
  description: string,
  minimumDescription: string,
  pick: (s: Extract<WaitState, { kind: 'value' | 'lowerBound' }>) => number,
  published: (r: DemandRow) => number | null,
): Column<DemandRow>[] {
  return [
    {
      name,
      title,
      description,
      type: 'number',
      minimum: 0,
      // The dataset's published value (rounded once, exactly as the audit models it), never recomputed.
      value: (r) => (r.wait.kind === 'value' ? published(r) : null),
    },
    statusColumn<DemandRow>(name, WAIT_STATUSES, (r) => figureStatus(r.wait)),
    {
      name: `${name}_minimum`,
      title: `Minimum de ${name}`,
      description: minimumDescription,
      type: 'number',
      minimum: 0,
      // Rounded down: the bound stays true once written with one decimal.
      value: (r) => (r.wait.kind === 'lowerBound' ? Math.floor(pick(r.wait) * 10) / 10 : null),
    },
  ];
}

const COLUMNS: Column<DemandRow>[] = [
  ...placeColumns<DemandRow>('Année des chiffres : demandes au 31 décembre, attributions de l’année.'),
  sizeColumn<DemandRow>(),
  ...figure<DemandRow>({
    name: 'demandes_en_attente',
    title: 'Demandes en attente',
    description: 'Demandes en attente au 31 décembre.',
    get: (r) => r.f.pending,
  }),
  ...transfers(
    'demandes_mutations',
    'Dont mutations',
    'Dont demandes de ménages déjà en logement social. Pour tout le territoire seulement.',
    (r) => r.f.pendingTransfers,
  ),
  ...figure<DemandRow>({
    name: 'attributions',
    title: 'Attributions',
    description: 'Logements donnés pendant l’année.',
    get: (r) => r.f.attributions,
  }),
  ...transfers(
    'attributions_mutations',
    'Dont attributions en mutation',
    'Dont logements donnés à des ménages déjà en logement social. Pour tout le territoire seulement.',
    (r) => r.f.attributionTransfers,
  ),
  ...figure<DemandRow>({
    name: 'delai_moyen_observe_mois',
    title: 'Attente observée',
    description:
      'Attente des ménages logés dans l’année, en mois. C’est le temps entre leur demande et leur logement. Publiée avec le nombre de logements donnés. Les pages disent parfois une tranche, par exemple « entre 3 et 6 mois ». C’est quand moins de 2 fois le seuil de ménages ont été logés. Une moyenne de si peu de ménages change beaucoup. Ce fichier donne quand même le chiffre exact. Ce n’est pas un secret. Sans logement donné dans l’année, le statut est non_calculable.',
    type: 'number',
    statuses: [...COUNT_STATUSES, 'non_calculable', 'absent'],
    // No home given in the year (0 published): there is no delay to compute (non_calculable); a published
    // count without a delay in the source is absent.
    get: (r) =>
      r.f.averageDelayMonths === null ? (r.f.attributions === 0 ? null : undefined) : r.f.averageDelayMonths,
  }),
  ...fromWait(
    'delai_theorique_mois',
    'Délai théorique',
    'Délai théorique, en mois. Ce sont les demandes divisées par les attributions de l’année, fois 12. Ce n’est pas une attente. L’attente est dans delai_moyen_observe_mois et dans attente.csv.',
    'Pour le statut « borne_inferieure » : l’attente calculée est au moins de ce nombre de mois. Le calcul compte au plus seuil moins 1 logements donnés.',
    (s) => s.months,
    (r) => (typeof r.f.waitingMonths === 'number' ? r.f.waitingMonths : null),
  ),
  ...fromWait(
    'pression',
    'Pression',
    'Nombre de demandes pour 1 attribution.',
    'Pour le statut « borne_inferieure » : au moins ce nombre de demandes pour 1 attribution.',
    (s) => s.pressure,
    (r) => (typeof r.f.pressure === 'number' ? r.f.pressure : null),
  ),
];

/**
 * A transfers column: published for the territory, all sizes together, only. A commune row says
 * `territoire_seulement`; a territory row of one size says `toutes_tailles_seulement`.
 */
function transfers(
  name: string,
  title: string,
  description: string,
  get: (r: DemandRow) => Cell | undefined,
): Column<DemandRow>[] {
  const [numeric, status] = figure<DemandRow>({
    name,
    title,
    description,
    statuses: [...COUNT_STATUSES, 'territoire_seulement', 'toutes_tailles_seulement'],
    get: (r) => get(r) ?? undefined,
  });
  const only = (r: DemandRow) => (r.code === TERRITORY_CODE ? 'toutes_tailles_seulement' : 'territoire_seulement');
  return [numeric!, { ...status!, value: (r) => (get(r) === undefined ? only(r) : status!.value(r)) }];
}

/** Every demand row: each demand millésime, each commune × typology and all sizes, then the territory. */
function demandRows(d: OpenDataSource): DemandRow[] {
  const threshold = d.secrecy.threshold;
  const keys = [...TYPOLOGIES, 'total' as const];
  return d.millesimes.demand.flatMap((millesime) => {
    const table = d.demand[String(millesime)];
    if (!table) return [];
    const places = [
      ...d.communes.flatMap((c) =>
        table.communes[c.code] ? [{ code: c.code, name: c.name, row: table.communes[c.code]! }] : [],
      ),
      { code: TERRITORY_CODE, name: d.settings.name, row: table.territory },
    ];
    return places.flatMap((p) =>
      keys.map((typology) => {
        const f = p.row[typology];
        return { millesime, code: p.code, name: p.name, typology, f, wait: waitState(f, threshold) };
      }),
    );
  });
}

/** demandes.csv. */
export const DEMAND_CSV = publishedTable<DemandRow>({
  name: 'demandes',
  file: 'demandes.csv',
  jsonKey: 'demandes',
  label: 'Les demandes et les attributions',
  title: 'Les demandes de logement social et les attributions, par commune et par taille',
  description:
    'Pour chaque millésime, chaque commune et le territoire, chaque taille et toutes les tailles : les demandes en attente, les attributions, l’attente et la pression. Le secret statistique est appliqué.',
  fields: COLUMNS,
  primaryKey: ['millesime', 'code_commune', 'typologie'],
  missingValues: [''],
  rows: demandRows,
});
