/**
 * The open-data tables (CSV and data dictionary share these columns, so the dictionary always
 * describes the files exactly). Values come from the dataset, secrecy already applied: a masked count
 * is written with the same words as on the pages ("moins de 5", "non publié"), never 0.
 */
import {
  BUILDING_KINDS, CONSTRUCTION_PERIODS, ENERGY_LABELS, FINANCING_FAMILIES, TYPOLOGIES, formatCell, isMasked,
  type Cell, type DemandFigures, type Indicator, type StockFigures, type TerritoryDataset, type Typology,
} from '../../lib/dataset/index.ts';
import { BUILDING_KIND_LABELS, ENERGY_LABELS_TEXT, FINANCING_LABELS, PERIOD_LABELS, TYPOLOGY_LABELS } from '../../components/figures/labels.ts';
import type { CsvValue } from './_csv.ts';

/** One column: its name in the file, what it means, and how to read it from a row. */
export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => CsvValue;
}

/** A row of the stock table: one commune (or the territory) for one RPLS millésime. */
export interface StockRow { millesime: number; code: string; name: string; s: StockFigures; threshold: number }
/** A row of the demand table: one commune (or the territory) × typology for one demand millésime. */
export interface DemandRow { millesime: number; code: string; name: string; typology: Typology | 'total'; f: DemandFigures; threshold: number }

const cell = (c: Cell, t: number): CsvValue => (isMasked(c) ? formatCell(c, t) : c);
const indicator = (v: Indicator, t: number): CsvValue => (v === null ? null : isMasked(v) ? formatCell(v, t) : v);

const place: Column<{ millesime: number; code: string; name: string }>[] = [
  { name: 'millesime', description: 'Année des chiffres.', value: (r) => r.millesime },
  { name: 'code_commune', description: 'Code INSEE de la commune. « territoire » pour le total du territoire.', value: (r) => r.code },
  { name: 'commune', description: 'Nom de la commune, ou du territoire.', value: (r) => r.name },
];

/** Columns of logements.csv. */
export const STOCK_COLUMNS: Column<StockRow>[] = [
  ...place,
  { name: 'logements', description: 'Nombre de logements sociaux.', value: (r) => cell(r.s.total, r.threshold) },
  ...TYPOLOGIES.map((t) => ({ name: `logements_${t.replace('+', '_plus')}`, description: `Logements ${TYPOLOGY_LABELS[t].short} : ${TYPOLOGY_LABELS[t].rooms}.`, value: (r: StockRow) => cell(r.s.byTypology[t], r.threshold) })),
  ...BUILDING_KINDS.map((k) => ({ name: `type_${k}`, description: `${BUILDING_KIND_LABELS[k]}.`, value: (r: StockRow) => cell(r.s.byBuildingKind[k], r.threshold) })),
  ...CONSTRUCTION_PERIODS.map((p) => ({ name: `construction_${p.replace(/-/g, '_')}`, description: `Année de construction : ${PERIOD_LABELS[p].toLowerCase()}.`, value: (r: StockRow) => cell(r.s.byPeriod[p], r.threshold) })),
  ...FINANCING_FAMILIES.map((f) => ({ name: `financement_${f.toLowerCase()}`, description: `Aide de l’État : ${FINANCING_LABELS[f].name}, ${FINANCING_LABELS[f].full}.`, value: (r: StockRow) => cell(r.s.byFinancing[f], r.threshold) })),
  ...ENERGY_LABELS.map((l) => ({ name: `energie_${l.toLowerCase()}`, description: `Étiquette énergie ${ENERGY_LABELS_TEXT[l]}.`, value: (r: StockRow) => cell(r.s.byEnergyLabel[l], r.threshold) })),
  { name: 'qpv', description: 'Logements dans un quartier prioritaire de la ville.', value: (r) => cell(r.s.qpv.inside, r.threshold) },
  { name: 'hors_qpv', description: 'Logements hors quartier prioritaire.', value: (r) => cell(r.s.qpv.outside, r.threshold) },
  ...TYPOLOGIES.map((t) => ({ name: `surface_moyenne_${t.replace('+', '_plus')}`, description: `Surface moyenne des ${TYPOLOGY_LABELS[t].short}, en mètres carrés. Vide s’il n’y en a pas.`, value: (r: StockRow) => indicator(r.s.averageSurface[t], r.threshold) })),
];

/** Columns of demandes.csv. */
export const DEMAND_COLUMNS: Column<DemandRow>[] = [
  ...place,
  { name: 'typologie', description: 'Taille du logement : T1, T2, T3, T4, T5+, ou « toutes ».', value: (r) => (r.typology === 'total' ? 'toutes' : r.typology) },
  { name: 'demandes_en_attente', description: 'Demandes en attente au 31 décembre.', value: (r) => cell(r.f.pending, r.threshold) },
  { name: 'demandes_mutations', description: 'Dont demandes de personnes déjà en logement social.', value: (r) => cell(r.f.pendingTransfers, r.threshold) },
  { name: 'attributions', description: 'Logements donnés pendant l’année.', value: (r) => cell(r.f.attributions, r.threshold) },
  { name: 'attributions_mutations', description: 'Dont logements donnés à des personnes déjà en logement social.', value: (r) => cell(r.f.attributionTransfers, r.threshold) },
  { name: 'delai_moyen_observe_mois', description: 'Attente moyenne observée avant d’obtenir un logement, en mois, quand la source la donne.', value: (r) => indicator(r.f.averageDelayMonths, r.threshold) },
  { name: 'delai_theorique_mois', description: 'Temps d’attente calculé : demandes en attente divisées par les attributions, fois 12. Vide si aucun logement n’a été donné.', value: (r) => indicator(r.f.waitingMonths, r.threshold) },
  { name: 'pression', description: 'Nombre de demandes pour 1 attribution. Vide si aucun logement n’a été donné.', value: (r) => indicator(r.f.pressure, r.threshold) },
];

/** Every stock row: each RPLS millésime, each commune, then the territory. */
export function stockRows(d: TerritoryDataset): StockRow[] {
  const threshold = d.secrecy.threshold;
  return d.millesimes.rpls.flatMap((millesime) => {
    const table = d.stock[String(millesime)];
    if (!table) return [];
    return [
      ...d.communes.flatMap((c) => (table.communes[c.code] ? [{ millesime, code: c.code, name: c.name, s: table.communes[c.code]!, threshold }] : [])),
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
      ...d.communes.flatMap((c) => (table.communes[c.code] ? [{ code: c.code, name: c.name, row: table.communes[c.code]! }] : [])),
      { code: 'territoire', name: d.settings.name, row: table.territory },
    ];
    return places.flatMap((p) => keys.map((typology) => ({ millesime, code: p.code, name: p.name, typology, f: p.row[typology], threshold })));
  });
}
