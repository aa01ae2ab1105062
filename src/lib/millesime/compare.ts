/**
 * What changed between two millésimes, commune by commune, and what usually means a wrong file: a
 * commune that disappears, a count that moves by more than 30 %, a territory total that halves.
 */
import { TABLE_OF_KIND, cellValue, type Cell, type DatasetFigures, type Indicator } from '../dataset/index.ts';
import type { Commune } from '../territory/index.ts';
import { formatInteger } from '../format/index.ts';

/** One line of the report. */
export interface ChangeLine {
  /** `null` for the territory total. */
  commune: Commune | null;
  before: number | null;
  after: number | null;
  /** Why this line looks wrong, when it does. */
  flag?: string;
}

/** The report of a new millésime. */
export interface ChangeReport {
  /** "logements sociaux", "demandes en attente", "logements sur 100 qui changent de locataire". */
  measure: string;
  previous?: number;
  lines: ChangeLine[];
  flags: number;
}

const num = (c: Cell | Indicator | undefined): number | null => (c === undefined || c === null ? null : cellValue(c));

/** Values per commune code and for the territory, of one millésime of one kind. */
function valuesOf(
  figures: DatasetFigures,
  kind: 'rpls' | 'demande' | 'indicateurs',
  year: number,
): { communes: Record<string, number | null>; territory: number | null } | undefined {
  if (kind === 'rpls') {
    const t = figures.stock[String(year)];
    return (
      t && {
        communes: Object.fromEntries(Object.entries(t.communes).map(([c, s]) => [c, num(s.total)])),
        territory: num(t.territory.total),
      }
    );
  }
  if (kind === 'demande') {
    const t = figures.demand[String(year)];
    return (
      t && {
        communes: Object.fromEntries(Object.entries(t.communes).map(([c, s]) => [c, num(s.total.pending)])),
        territory: num(t.territory.total.pending),
      }
    );
  }
  const t = figures.turnover?.[String(year)];
  return (
    t && {
      communes: Object.fromEntries(Object.entries(t.communes).map(([c, s]) => [c, num(s.mobilityRate)])),
      territory: t.territory ? num(t.territory.mobilityRate) : null,
    }
  );
}

/** Compares millésime `year` with the previous millésime of the same kind. */
export function compareMillesimes(
  figures: DatasetFigures,
  kind: 'rpls' | 'demande' | 'indicateurs',
  year: number,
  communes: readonly Commune[],
): ChangeReport {
  const measure =
    kind === 'rpls'
      ? 'logements sociaux'
      : kind === 'demande'
        ? 'demandes en attente'
        : 'logements sur 100 qui changent de locataire';
  const years = (figures.millesimes[TABLE_OF_KIND[kind]] ?? []).filter((y) => y < year);
  const previous = years.length ? years[years.length - 1] : undefined;
  const now = valuesOf(figures, kind, year);
  const lines: ChangeLine[] = [];
  if (!now) return { measure, lines, flags: 0 };
  const before = previous === undefined ? undefined : valuesOf(figures, kind, previous);
  for (const c of communes) {
    const a = now.communes[c.code] ?? null;
    const b = before ? (before.communes[c.code] ?? null) : null;
    const line: ChangeLine = { commune: c, before: b, after: a };
    if (before && b !== null && b > 0 && (a === null || a === 0)) line.flag = 'la commune disparaît du fichier';
    else if (before && kind !== 'indicateurs' && b !== null && a !== null && b >= 10 && Math.abs(a - b) > 0.3 * b)
      line.flag = `${a > b ? 'hausse' : 'baisse'} de plus de 30 sur 100`;
    if (!before || a !== b) lines.push(line);
  }
  const total: ChangeLine = { commune: null, before: before?.territory ?? null, after: now.territory };
  if (total.before !== null && total.before > 0 && (total.after ?? 0) <= total.before / 2)
    total.flag = 'le total du territoire est divisé par 2 ou plus';
  lines.push(total);
  return { measure, ...(previous !== undefined ? { previous } : {}), lines, flags: lines.filter((l) => l.flag).length };
}

const text = (n: number | null, kind: string) =>
  n === null ? 'non publié' : kind === 'indicateurs' ? n.toLocaleString('fr-FR') : formatInteger(n);

/** The report in French, one line per commune that changed. */
export function reportLines(report: ChangeReport, kind: 'rpls' | 'demande' | 'indicateurs', year: number): string[] {
  const out = [
    report.previous === undefined
      ? `Premier millésime ${year} de ce type de fichier : ${report.measure} par commune.`
      : `Millésime ${year} comparé à ${report.previous} : ${report.measure}, commune par commune.`,
  ];
  for (const l of report.lines) {
    const name = l.commune ? `${l.commune.name} (${l.commune.code})` : 'Tout le territoire';
    const diff =
      l.before !== null && l.after !== null && report.previous !== undefined
        ? ` (${l.after - l.before >= 0 ? '+' : ''}${text(Math.round((l.after - l.before) * 10) / 10, kind)})`
        : '';
    const values =
      report.previous === undefined ? text(l.after, kind) : `${text(l.before, kind)} → ${text(l.after, kind)}${diff}`;
    out.push(`${l.flag ? '  ⚠ ' : '    '}${name} : ${values}${l.flag ? ` : ${l.flag}` : ''}`);
  }
  if (report.flags)
    out.push(
      `${report.flags} point${report.flags > 1 ? 's' : ''} à vérifier : le fichier est peut-être celui d’un autre territoire ou d’une autre année.`,
    );
  return out;
}
