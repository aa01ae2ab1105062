/**
 * An independent oracle of the wait figures: it reads the RAW demand files of a territory
 * (sources/demandes-<year>.csv: `;`, decimal comma, UTF-8 BOM possible) with its own tiny parser and
 * recomputes, by the rules of the brief, what the built site must say. No import from src/ at all: if the
 * product's waiting factor, averaging or rounding drifts, this file does not drift with it.
 *
 * - commune × size observed delay: the `delai_moyen_mois` cell of the latest millésime;
 * - territory × size delay: Σ(attributions × delay) ÷ Σ attributions over the communes with attributions
 *   > 0, rounded to 1 decimal (null when one of those rows has no delay);
 * - all sizes of a commune, of the territory: the same weighted average over sizes (and communes);
 * - several years together (pooled): the same average over every millésime of the files;
 * - pressure N = max(1, round(pending ÷ attributions)); theoretical delay 12 × pending ÷ attributions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One raw row: a commune × size of a millésime. */
export interface RawCell {
  pending: number | null;
  attributions: number | null;
  delay: number | null;
}

/** One millésime of the demand files: code → size → cell. */
export type RawYear = Map<string, Map<string, RawCell>>;

/** The raw demand of a territory: millésime → table. */
export interface RawDemand {
  years: Map<number, RawYear>;
  latest: number;
}

/** "4,3" → 4.3, "" → null; the cell as the file has it. */
function num(s: string | undefined): number | null {
  const t = (s ?? '').trim().replace(/^"|"$/g, '');
  if (t === '') return null;
  const n = Number(t.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** "T5 et plus", "5+", "t5+" → "T5+"; "T3" → "T3". */
function size(s: string): string {
  const t = s.trim().replace(/^"|"$/g, '').toUpperCase();
  if (/^T?5/.test(t)) return 'T5+';
  return /^T?[1-4]$/.test(t) ? `T${t.replace('T', '')}` : t;
}

/** Reads one demand file. */
export function readDemandFile(text: string): { millesime: number; rows: RawYear } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines[0]!.split(';').map((h) => h.trim().replace(/^"|"$/g, ''));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`colonne ${name} absente du fichier des demandes`);
    return i;
  };
  const [cMil, cCode, cSize, cPending, cAttr, cDelay] = [
    'millesime',
    'code_commune',
    'typologie',
    'demandes',
    'attributions',
    'delai_moyen_mois',
  ].map(col) as [number, number, number, number, number, number];
  const rows: RawYear = new Map();
  let millesime = NaN;
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    millesime = num(cells[cMil]) ?? millesime;
    const code = (cells[cCode] ?? '').trim().replace(/^"|"$/g, '');
    const byCode = rows.get(code) ?? new Map<string, RawCell>();
    byCode.set(size(cells[cSize] ?? ''), {
      pending: num(cells[cPending]),
      attributions: num(cells[cAttr]),
      delay: num(cells[cDelay]),
    });
    rows.set(code, byCode);
  }
  return { millesime, rows };
}

/** Every demand file of a territory folder (sources/demandes-*.csv). */
export function readRawDemand(territoryDir: string): RawDemand {
  const dir = join(territoryDir, 'sources');
  const years = new Map<number, RawYear>();
  for (const f of readdirSync(dir).filter((n) => /^demandes-\d{4}\.csv$/.test(n))) {
    const { millesime, rows } = readDemandFile(readFileSync(join(dir, f), 'utf8'));
    years.set(millesime, rows);
  }
  const latest = Math.max(...years.keys());
  if (!Number.isFinite(latest)) throw new Error(`aucun fichier de demandes dans ${dir}`);
  return { years, latest };
}

/** Rounded to 1 decimal, half up. */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** Σ a×d ÷ Σ a over cells with a > 0; null when one of them has no delay or when no cell has a > 0. */
export function weightedDelay(cells: readonly (RawCell | undefined)[]): number | null {
  let w = 0,
    s = 0;
  for (const c of cells) {
    if (!c || c.attributions === null || c.attributions <= 0) continue;
    if (c.delay === null) return null;
    w += c.attributions;
    s += c.attributions * c.delay;
  }
  return w > 0 ? s / w : null;
}

const SIZES = ['T1', 'T2', 'T3', 'T4', 'T5+'];

/** What the oracle says for a territory, for the latest millésime. */
export class WaitOracle {
  readonly raw: RawDemand;
  constructor(territoryDir: string) {
    this.raw = readRawDemand(territoryDir);
  }
  get latest(): number {
    return this.raw.latest;
  }
  private year(y = this.raw.latest): RawYear {
    return this.raw.years.get(y)!;
  }
  /** The raw cell of a commune × size (latest millésime). */
  cell(code: string, k: string, y = this.raw.latest): RawCell | undefined {
    return this.year(y).get(code)?.get(k);
  }
  private cellsOf(code: string | null, k: string, y = this.raw.latest): (RawCell | undefined)[] {
    const codes = code === null ? [...this.year(y).keys()] : [code];
    const sizes = k === 'toutes' ? SIZES : [k];
    return codes.flatMap((c) => sizes.map((s) => this.cell(c, s, y)));
  }
  /**
   * The observed delay of a place (commune code, or "territoire") × size ("toutes" for all sizes), as the
   * site publishes it: a commune × size cell as in the file, every sum rounded to 1 decimal.
   */
  delay(code: string, k: string): number | null {
    if (code !== 'territoire' && k !== 'toutes') return this.cell(code, k)?.delay ?? null;
    const d = weightedDelay(this.cellsOf(code === 'territoire' ? null : code, k));
    return d === null ? null : round1(d);
  }
  /** Several millésimes together: the delay over every year's households of a commune × size (unrounded). */
  pooledDelay(code: string, k: string): number | null {
    return weightedDelay([...this.raw.years.keys()].map((y) => this.cell(code, k, y)));
  }
  /** Demands pending and homes given of a place × size. */
  counts(code: string, k: string): { pending: number; attributions: number } {
    const cells = this.cellsOf(code === 'territoire' ? null : code, k);
    return {
      pending: cells.reduce((s, c) => s + (c?.pending ?? 0), 0),
      attributions: cells.reduce((s, c) => s + (c?.attributions ?? 0), 0),
    };
  }
  /** N of "environ N demandes pour 1 logement donné"; null when nothing was given. */
  pressure(code: string, k: string): number | null {
    const { pending, attributions } = this.counts(code, k);
    return attributions > 0 ? Math.max(1, Math.round(pending / attributions)) : null;
  }
  /** The theoretical delay 12 × pending ÷ attributions, in months; null when nothing was given. */
  theoreticalMonths(code: string, k: string): number | null {
    const { pending, attributions } = this.counts(code, k);
    return attributions > 0 ? (12 * pending) / attributions : null;
  }
}
