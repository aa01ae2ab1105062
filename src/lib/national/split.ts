/**
 * `decouper`: the national RPLS file → one starter territory folder per EPCI and per EPT (named by SIREN),
 * each with its compact RPLS file and its territory.yaml, then the totals checked against the file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Progress } from '../sources/index.ts';
import { allGroups, departementOf, type Group } from '../territory/index.ts';
import { compactCsv, compactTotals } from './compact.ts';
import { partitionRpls, type Partition } from './partition.ts';
import { readResults, resultsCsv } from './results.ts';
import { starterYaml, type StarterSource } from './starter.ts';
import { contentHash, writeIfChanged, type WriteStatus } from './write.ts';

/** Unknown commune codes reported one by one; the others are counted in one line. */
const MAX_UNKNOWN_LINES = 20;

/** File, in each folder, that remembers the territory.yaml last written by the split. */
export const SPLIT_MEMORY = '.decoupage-nationale.json';

/** Options of one split. */
export interface SplitOptions {
  /** The national file and its name in messages. */
  input: string;
  display: string;
  /** RPLS vintage (1 January of that year). */
  millesime: number;
  /** Folder receiving one sub-folder per territory. */
  outDir: string;
  /** Public address of each site, `{siren}` replaced. */
  siteUrl: string;
  /** The SDES « résultats RPLS » workbook (mobility, vacancy, rent), split too when given. */
  results?: { input: string; display: string; millesime: number };
  onProgress?: (p: Progress) => void;
  /** Groups kept in memory before they wait in temporary files (see groups.ts; tests make it small). */
  memoryGroups?: number;
}

/** One territory written. */
export interface SplitTerritory {
  siren: string;
  name: string;
  kind: 'EPCI' | 'EPT';
  communes: number;
  dwellings: number;
  /** Départements of members that the file does not cover at all (a partial file). */
  missingDepartements: string[];
  rpls: WriteStatus;
  /** `kept`: territory.yaml was changed by hand since the last split, and is left as it is. */
  yaml: WriteStatus | 'kept';
}

/** Totals of one département: in the file, in the written folders, in communes of no such group. */
export interface DepartementTotal {
  departement: string;
  file: number;
  written: number;
  outside: number;
}

/** Everything the split did and found. */
export interface SplitReport {
  partition: Partition;
  territories: SplitTerritory[];
  /** Per département, for the EPCI folders and for the EPT folders. */
  totals: { EPCI: DepartementTotal[]; EPT: DepartementTotal[] };
  /** Current communes with dwellings that belong to no EPCI (a few islands). */
  outsideEpci: { code: string; dwellings: number }[];
  /** True when every département's written total plus its communes outside equals the file's. */
  balanced: boolean;
  diagnostics: Diagnostic[];
}

const kindOf = (g: Group): 'EPCI' | 'EPT' => (g.type === 'EPT' ? 'EPT' : 'EPCI');

/** Vintages already in a territory's sources/ folder (earlier splits), by file name. */
function earlierSources(dir: string): StarterSource[] {
  const sources = join(dir, 'sources');
  if (!existsSync(sources)) return [];
  return readdirSync(sources).flatMap((f): StarterSource[] => {
    const m = /^(rpls|resultats-rpls)-(\d{4})\.csv$/.exec(f);
    return m ? [{ kind: m[1] === 'rpls' ? 'rpls' : 'indicateurs', file: f, millesime: Number(m[2]) }] : [];
  });
}

/** Writes territory.yaml unless someone changed it since the split wrote it. */
function writeSettings(dir: string, text: string): WriteStatus | 'kept' {
  const file = join(dir, 'territory.yaml');
  const memoryFile = join(dir, SPLIT_MEMORY);
  if (existsSync(file)) {
    let remembered: string | undefined;
    try {
      remembered = (JSON.parse(readFileSync(memoryFile, 'utf8')) as { 'territory.yaml'?: string })['territory.yaml'];
    } catch {
      remembered = undefined;
    }
    const current = contentHash(readFileSync(file));
    if (current !== contentHash(text) && current !== remembered) return 'kept';
  }
  const status = writeIfChanged(file, text);
  writeIfChanged(memoryFile, `${JSON.stringify({ 'territory.yaml': contentHash(text) }, null, 2)}\n`);
  return status;
}

/** Reads the national file once and writes every territory folder. */
export async function splitNational(options: SplitOptions): Promise<SplitReport> {
  const partition = await partitionRpls(options.input, {
    display: options.display,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.memoryGroups ? { memoryGroups: options.memoryGroups } : {}),
  });
  try {
    return await writeTerritories(partition, options);
  } finally {
    // The communes' lines wait in a temporary file until every territory is written.
    partition.lines.close();
  }
}

/** Writes every territory folder from the groups read, and checks the totals. */
async function writeTerritories(partition: Partition, options: SplitOptions): Promise<SplitReport> {
  const report: SplitReport = {
    partition,
    territories: [],
    totals: { EPCI: [], EPT: [] },
    outsideEpci: [],
    balanced: false,
    diagnostics: [...partition.diagnostics],
  };
  if (partition.diagnostics.some((d) => d.severity === 'error')) return report;
  const results = options.results ? await readResults(options.results.input, options.results.display) : undefined;
  if (results) report.diagnostics.push(...results.diagnostics);
  if (results?.diagnostics.some((d) => d.severity === 'error')) return report;
  for (const m of partition.merged.values())
    report.diagnostics.push({
      file: options.display,
      line: m.line,
      column: m.column,
      severity: 'warning',
      message: `code ${m.from} d’une ancienne commune : ses ${m.dwellings} logements sont comptés avec la commune actuelle ${m.to}`,
      hint: 'rien à faire : la commune a fusionné depuis le millésime du fichier',
    });
  // The codes with the most dwellings first; a file with many different wrong codes gives 20 lines, then a count.
  const unknown = [...partition.unknown].sort((a, b) => b[1].dwellings - a[1].dwellings);
  for (const [code, u] of unknown.slice(0, MAX_UNKNOWN_LINES))
    report.diagnostics.push({
      file: options.display,
      line: u.line,
      column: u.column,
      severity: 'warning',
      message: `code commune « ${code} » inconnu : ses ${u.dwellings} logements ne sont dans aucun territoire`,
      hint: 'un code INSEE de commune, actuel ou ancien, est attendu',
    });
  if (unknown.length > MAX_UNKNOWN_LINES) {
    const rest = unknown.slice(MAX_UNKNOWN_LINES);
    report.diagnostics.push({
      file: options.display,
      ...rest.reduce((first, [, u]) => (u.line < first.line ? { line: u.line, column: u.column } : first), {
        line: Infinity,
        column: 1,
      }),
      severity: 'warning',
      message: `et ${rest.length} autres codes commune inconnus (${rest.reduce((s, [, u]) => s + u.dwellings, 0)} logements)`,
      hint: 'un code INSEE de commune, actuel ou ancien, est attendu',
    });
  }
  if (partition.withoutCommune.rows)
    report.diagnostics.push({
      file: options.display,
      line: partition.withoutCommune.firstLine ?? 1,
      column: partition.withoutCommune.firstColumn ?? 1,
      severity: 'warning',
      message: `${partition.withoutCommune.rows} lignes sans code commune (${partition.withoutCommune.dwellings} logements) : comptées à part, dans aucun territoire`,
      hint: 'c’est normal dans le fichier national : quelques logements n’ont pas de commune connue',
    });

  const covered = new Set(partition.byDepartement.keys());
  const groups = allGroups().filter((g) => g.memberCodes.some((c) => covered.has(departementOf(c) ?? '')));
  const written = { EPCI: new Map<string, number>(), EPT: new Map<string, number>() };
  const members = { EPCI: new Set<string>(), EPT: new Set<string>() };
  for (const g of groups) {
    const kind = kindOf(g);
    const dir = join(options.outDir, g.siren);
    const departements = [...new Set(g.memberCodes.map((c) => departementOf(c) ?? c.slice(0, 2)))].sort();
    const csv = compactCsv(partition, g.memberCodes);
    const file = `rpls-${options.millesime}.csv`;
    let rpls = writeIfChanged(join(dir, 'sources', file), csv);
    const declared: StarterSource[] = [{ kind: 'rpls', file, millesime: options.millesime }];
    // Only when the workbook has rows for the territory: a header alone is refused by `check`.
    if (results && options.results && g.memberCodes.some((c) => results.rows.has(c))) {
      const name = `resultats-rpls-${options.results.millesime}.csv`;
      const status = writeIfChanged(join(dir, 'sources', name), resultsCsv(results, g.memberCodes));
      if (rpls === 'unchanged') rpls = status;
      declared.push({ kind: 'indicateurs', file: name, millesime: options.results.millesime });
    }
    const sources = [...earlierSources(dir).filter((s) => !declared.some((w) => w.file === s.file)), ...declared];
    const yaml = writeSettings(
      dir,
      starterYaml(
        { siren: g.siren, name: g.name, kind, departements, uncovered: departements.filter((d) => !covered.has(d)) },
        sources,
        options,
      ),
    );
    // The check adds up what was written, read back from the text, not the figures it was made from.
    let dwellings = 0;
    for (const [code, n] of compactTotals(csv)) {
      const dep = departementOf(code) ?? code.slice(0, 2);
      written[kind].set(dep, (written[kind].get(dep) ?? 0) + n);
      dwellings += n;
    }
    for (const c of g.memberCodes) members[kind].add(c);
    report.territories.push({
      siren: g.siren,
      name: g.name,
      kind,
      communes: g.memberCodes.length,
      dwellings,
      missingDepartements: departements.filter((d) => !covered.has(d)),
      rpls,
      yaml,
    });
  }

  let balanced = true;
  for (const kind of ['EPCI', 'EPT'] as const) {
    const outside = new Map<string, number>();
    for (const [code, n] of partition.communes) {
      if (members[kind].has(code)) continue;
      const dep = departementOf(code)!;
      outside.set(dep, (outside.get(dep) ?? 0) + n);
      if (kind === 'EPCI') report.outsideEpci.push({ code, dwellings: n });
    }
    for (const [dep, file] of [...partition.byDepartement].sort(([a], [b]) => a.localeCompare(b))) {
      const t = { departement: dep, file, written: written[kind].get(dep) ?? 0, outside: outside.get(dep) ?? 0 };
      report.totals[kind].push(t);
      if (t.written + t.outside !== t.file) balanced = false;
    }
  }
  report.balanced = balanced;
  if (!balanced)
    report.diagnostics.push({
      file: options.display,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'les totaux des dossiers écrits ne font pas ceux du fichier (voir le tableau par département)',
      hint: 'signalez-le à l’équipe du projet avec le fichier utilisé',
    });
  return report;
}
