/**
 * Mutation score per module of src/lib, read from Stryker's JSON report (mutation-testing-report-schema).
 * Stryker has one overall threshold (`thresholds.break` in stryker.config.mjs); the goal of each module is
 * checked here: 90 % for the modules that compute published figures and points, 80 % for the others.
 * Used by scripts/mutation.ts after each run; `node scripts/mutation-score.ts [report.json]` reads a report alone.
 */
import { readFileSync } from 'node:fs';

/** Goal per module, in percent. Modules not listed have the default goal. */
export const MODULE_GOALS: Readonly<Record<string, number>> = {
  // Points of the cotation simulator.
  cotation: 90,
  // Statistical secrecy of the published counts.
  indicators: 90,
  // Published figures (stock, demand, turnover, waiting times).
  dataset: 90,
  // Figures written in sentences.
  wording: 90,
};
export const DEFAULT_GOAL = 80;

/** The part of a mutant that the score needs. */
interface ReportMutant {
  status: string;
}
/** The part of the report that the score needs. */
export interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

export interface ModuleScore {
  module: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
  /** Detected / (detected + undetected), as Stryker counts it; undefined when no mutant counts. */
  score: number | undefined;
  goal: number;
}

/** `src/lib/cotation/evaluate.ts` → `cotation`; files outside src/lib are grouped by their folder. */
export function moduleOf(file: string): string {
  const parts = file.replaceAll('\\', '/').split('/');
  const lib = parts.findIndex((part, i) => part === 'lib' && parts[i - 1] === 'src');
  return lib >= 0 && parts.length > lib + 2 ? parts[lib + 1]! : parts.slice(0, -1).join('/') || '.';
}

/** Counts each module's mutants by status and computes its score. */
export function scoresByModule(report: MutationReport): ModuleScore[] {
  const byModule = new Map<string, ModuleScore>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const module = moduleOf(file);
    let row = byModule.get(module);
    if (!row) {
      row = {
        module,
        killed: 0,
        timeout: 0,
        survived: 0,
        noCoverage: 0,
        ignored: 0,
        errors: 0,
        score: undefined,
        goal: 0,
      };
      row.goal = MODULE_GOALS[module] ?? DEFAULT_GOAL;
      byModule.set(module, row);
    }
    for (const { status } of mutants) {
      if (status === 'Killed') row.killed++;
      else if (status === 'Timeout') row.timeout++;
      else if (status === 'Survived') row.survived++;
      else if (status === 'NoCoverage') row.noCoverage++;
      else if (status === 'Ignored') row.ignored++;
      else row.errors++;
    }
  }
  for (const row of byModule.values()) {
    const detected = row.killed + row.timeout;
    const valid = detected + row.survived + row.noCoverage;
    row.score = valid === 0 ? undefined : (100 * detected) / valid;
  }
  return [...byModule.values()].sort((a, b) => a.module.localeCompare(b.module));
}

/** All modules together: the overall score, whose goal is Stryker's `thresholds.break`. */
function total(rows: readonly ModuleScore[]): ModuleScore {
  const sum = (key: 'killed' | 'timeout' | 'survived' | 'noCoverage' | 'ignored' | 'errors') =>
    rows.reduce((n, r) => n + r[key], 0);
  const t: ModuleScore = {
    module: 'ensemble',
    killed: sum('killed'),
    timeout: sum('timeout'),
    survived: sum('survived'),
    noCoverage: sum('noCoverage'),
    ignored: sum('ignored'),
    errors: sum('errors'),
    score: undefined,
    goal: DEFAULT_GOAL,
  };
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  t.score = valid === 0 ? undefined : (100 * (t.killed + t.timeout)) / valid;
  return t;
}

const pct = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1).replace('.', ',')} %`);

/** The French table printed after a run, and the modules below their goal. */
export function scoreTable(rows: readonly ModuleScore[]): { lines: string[]; below: ModuleScore[] } {
  const header = ['module', 'score', 'objectif', 'tués', 'délai', 'survivants', 'non couverts', 'ignorés'];
  const body = rows.map((r) => [
    r.module,
    pct(r.score),
    `${r.goal} %`,
    String(r.killed),
    String(r.timeout),
    String(r.survived),
    String(r.noCoverage),
    String(r.ignored),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const below = rows.filter((r) => r.score !== undefined && r.score < r.goal);
  return { lines: [line(header), ...body.map(line)], below };
}

/** Prints the table; returns 1 when a module is below its goal. */
export function reportScores(
  file = 'reports/mutation/mutation.json',
  out: (line: string) => void = console.log,
): number {
  const report = JSON.parse(readFileSync(file, 'utf8')) as MutationReport;
  const rows = scoresByModule(report);
  const { lines, below } = scoreTable([...rows, total(rows)]);
  out('\nScore de mutation par module (tués + délai dépassé) / (tués + délai + survivants + non couverts) :');
  for (const l of lines) out(`  ${l}`);
  for (const r of below)
    out(
      `${r.module === 'ensemble' ? 'Ensemble des modules' : `Module ${r.module}`} : ${pct(r.score)}, sous son objectif de ${r.goal} %.`,
    );
  return below.length ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = reportScores(process.argv[2]);
