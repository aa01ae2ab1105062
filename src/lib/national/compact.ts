/**
 * The compact RPLS file of a generated territory: the DiDo columns the territory reader uses, plus `nb`,
 * one row per commune and per combination of the categories the site publishes. Each value is one the
 * reader classifies back into the same category (src/lib/rpls/classify.ts), so the territory built from
 * this file has the same figures as the one built from the national file.
 */
import type { BuildingKind, ConstructionPeriod, EnergyLabel, FinancingFamily, Typology } from '../figures/index.ts';

/** Header of the compact file (DiDo names, `;`-separated, UTF-8). */
export const COMPACT_COLUMNS = [
  'DEPCOM',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'TYPECONST_CODE',
  'FINAN_CODE',
  'DPEENERGIE',
  'QPV_CODE',
  'nb',
] as const;

/** Dwellings of one group and the sum of their surfaces, in hundredths of a square metre. */
export interface CompactGroup {
  dwellings: number;
  surfaceCents: number;
}

/** The categories of one dwelling, as the site publishes them. */
export interface DwellingClass {
  /** Undefined when NBPIECE is not a whole number from 1. */
  typology: Typology | undefined;
  /** True when the surface counts in the average (a size and a surface above 0). */
  withSurface: boolean;
  period: ConstructionPeriod;
  /** Undefined when TYPECONST is unknown. */
  kind: BuildingKind | undefined;
  financing: FinancingFamily;
  energy: EnergyLabel;
  qpv: boolean;
}

const ROOMS: Record<Typology, string> = { T1: '1', T2: '2', T3: '3', T4: '4', 'T5+': '5' };
/** First year of each period (the reader gives the period back from it). */
const YEARS: Record<ConstructionPeriod, string> = {
  'avant-1979': '1978',
  '1979-2007': '1979',
  'depuis-2008': '2008',
  inconnue: '',
};
const KINDS: Record<BuildingKind, string> = { collectif: 'C', individuel: 'I', etudiant: 'E' };
/** One code of each family (data-formats.md §a.5). */
const FINANCING: Record<FinancingFamily, string> = {
  PLAI: '11',
  PLUS: '13',
  PLS: '14',
  PLI: '16',
  anciens: '50',
  autre: '49',
};

/**
 * Key of a group: the values of the compact columns NBPIECE to QPV_CODE, `;`-joined, with a mark for
 * the surface (the column holds the sum, or nothing when no dwelling of the group has a surface).
 */
export function compactKey(c: DwellingClass): string {
  return [
    c.typology ? ROOMS[c.typology] : '',
    c.withSurface ? 's' : '',
    YEARS[c.period],
    c.kind ? KINDS[c.kind] : '',
    FINANCING[c.financing],
    c.energy === 'inconnu' ? '' : c.energy,
    c.qpv ? 'QPV' : '',
  ].join(';');
}

/** Surface sum in square metres, at most two decimals, with a point. */
function metres(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * The compact CSV text of some communes: a header, then one line per group, communes and groups sorted,
 * so that the same figures always give the same bytes.
 */
export function compactCsv(communes: ReadonlyMap<string, ReadonlyMap<string, CompactGroup>>, codes: string[]): string {
  const lines = [COMPACT_COLUMNS.join(';')];
  for (const code of [...codes].sort()) {
    const groups = communes.get(code);
    if (!groups) continue;
    for (const key of [...groups.keys()].sort()) {
      const g = groups.get(key)!;
      const [rooms, surface, year, kind, financing, energy, qpv] = key.split(';');
      const surfhab = surface === 's' ? metres(g.surfaceCents) : '';
      lines.push([code, rooms, surfhab, year, kind, financing, energy, qpv, g.dwellings].join(';'));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Dwellings per commune of a compact text, added up from its `nb` column (to check what was written). */
export function compactTotals(text: string): Map<string, number> {
  const totals = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const code = line.slice(0, line.indexOf(';'));
    const n = Number(line.slice(line.lastIndexOf(';') + 1));
    totals.set(code, (totals.get(code) ?? 0) + n);
  }
  return totals;
}
