/**
 * Reads every file listed under `sources:` in territory.yaml and turns them into published figures:
 * checks first (missing file, duplicate millésime, implausible attributions), secrecy last. Returns no
 * figures when an error remains, so nothing is written.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasErrors, readYamlFile, resolveInside, type Diagnostic } from '../diagnostics/index.ts';
import { readDemand, type DemandReadResult } from '../demand/index.ts';
import {
  readCommuneIndicators,
  readMappedPositioning,
  readTerritoryIndicators,
  resolveMapping,
  type IndicatorReadResult,
  type PositioningReadResult,
} from '../mapping/index.ts';
import { readRpls, type RawStock } from '../rpls/index.ts';
import type { Progress } from '../sources/index.ts';
import type { Territory } from '../territory/index.ts';
import { loadSolver } from '../indicators/index.ts';
import { publishDemandYears, type PositioningInput } from './demand-table.ts';
import { PREVIOUS_PUBLICATION, readPreviousPublication } from './previous-publication.ts';
import { cachedRead, type SourceCache } from './source-cache.ts';
import { publishStock } from './stock-table.ts';
import { publishTurnover } from './turnover-table.ts';
import {
  TYPOLOGIES,
  type DatasetFigures,
  type DemandTable,
  type SecrecyAudit,
  type SourceInfo,
  type StockTable,
  type TurnoverTable,
} from './types.ts';

/** Options of the figures build. */
export interface FiguresOptions {
  /** Base for file names printed in messages (default: the paths as given). */
  displayRoot?: string;
  /** Progress of long reads, with the file being read. */
  onProgress?: (file: string, progress: Progress) => void;
  /** Cache of each file's read; absent: every file is read. */
  sourceCache?: SourceCache;
}

/** Printed label of a source, e.g. "RPLS au 1er janvier 2024". */
export function sourceLabel(kind: SourceInfo['kind'], millesime: number): string {
  if (kind === 'indicateurs') return `résultats RPLS ${millesime} du SDES : mobilité, vacance et loyers`;
  if (kind === 'positionnement')
    return `points des demandes au 31 décembre ${millesime} et des ménages logés en ${millesime}`;
  return kind === 'rpls'
    ? `RPLS au 1er janvier ${millesime}`
    : `demandes au 31 décembre ${millesime} et attributions de l’année ${millesime}`;
}

/** Builds the figures of a territory from its sources. */
export async function buildFigures(
  territory: Territory,
  options: FiguresOptions = {},
): Promise<{ figures?: DatasetFigures; diagnostics: Diagnostic[] }> {
  const show = (p: string) => (options.displayRoot ? relative(options.displayRoot, p) || p : p);
  const yamlPath = join(territory.dir, 'territory.yaml');
  const yaml = readYamlFile(yamlPath, show(yamlPath));
  const diagnostics: Diagnostic[] = [];
  const codes = territory.communes.map((c) => c.code);
  const threshold = territory.settings.secrecyThreshold;
  const stockRaw = new Map<number, Map<string, RawStock>>();
  const demandRaw = new Map<number, { result: DemandReadResult; display: string }>();
  const turnoverRaw = new Map<number, IndicatorReadResult>();
  const positioningRaw = new Map<number, { result: PositioningReadResult; index: number }>();
  const sources: SourceInfo[] = [];

  for (const [i, entry] of territory.settings.sources.entries()) {
    const where = resolveInside(territory.dir, join(territory.dir, 'sources'), entry.file);
    const path = where.path;
    const display = show(path);
    const already = {
      rpls: stockRaw,
      demande: demandRaw,
      indicateurs: turnoverRaw,
      positionnement: positioningRaw,
    }[entry.kind].has(entry.millesime);
    if (already) {
      diagnostics.push({
        file: yaml.file,
        ...yaml.locate(['sources', i, 'millesime']),
        severity: 'error',
        message: `le millésime ${entry.millesime} des fichiers « ${entry.kind} » est listé deux fois`,
        hint: 'gardez une seule ligne par millésime et par sorte de fichier',
      });
      continue;
    }
    if (where.kind === 'outside') {
      diagnostics.push({
        file: yaml.file,
        ...yaml.locate(['sources', i, 'file']),
        severity: 'error',
        message:
          where.through === 'link'
            ? `le fichier « ${entry.file} » est un lien vers un fichier hors du dossier du territoire : ${display}`
            : `le fichier « ${entry.file} » est hors du dossier du territoire`,
        hint: 'placez une copie du fichier dans le dossier sources/ du territoire et écrivez son nom seul',
      });
      continue;
    }
    if (where.kind === 'notFile') {
      diagnostics.push({
        file: yaml.file,
        ...yaml.locate(['sources', i, 'file']),
        severity: 'error',
        message: `« ${entry.file} » n’est pas un fichier : c’est un dossier, ou un fichier spécial`,
        hint: 'écrivez le nom du fichier de données lui-même, rangé dans le dossier sources/ du territoire',
      });
      continue;
    }
    if (where.kind === 'missing' || !existsSync(path)) {
      diagnostics.push({
        file: yaml.file,
        ...yaml.locate(['sources', i, 'file']),
        severity: 'error',
        message: `le fichier du millésime ${entry.millesime} est introuvable : ${display}`,
        hint: 'ajoutez le fichier dans le dossier sources/ du territoire, ou retirez ce millésime de territory.yaml',
      });
      continue;
    }
    const onProgress = options.onProgress ? (p: Progress) => options.onProgress!(display, p) : undefined;
    const common = {
      display,
      communes: codes,
      ...(entry.sheet ? { sheet: entry.sheet } : {}),
      ...(onProgress ? { onProgress } : {}),
    };
    const cached = <T extends { diagnostics: Diagnostic[] }>(read: () => Promise<T>) =>
      cachedRead(
        options.sourceCache,
        { entry, path, display, communes: codes, territoryCode: territory.settings.siren },
        read,
      );
    if (entry.kind === 'rpls') {
      const r = await cached(() => readRpls(path, common));
      diagnostics.push(...r.diagnostics);
      stockRaw.set(entry.millesime, r.stock);
    } else if (entry.kind === 'demande') {
      // A mapping without a preset describes the whole table; with neither, it is the project's table.
      const preset =
        entry.preset === 'drihl-socle' ? 'drihl-socle' : entry.mapping && !entry.preset ? undefined : 'demande-projet';
      const mapping = resolveMapping(preset, entry.mapping, entry.sheet);
      const r = await cached(() =>
        readDemand(path, {
          ...common,
          millesime: entry.millesime,
          mapping,
          territoryCode: territory.settings.siren,
        }),
      );
      diagnostics.push(...locateSheet(r.diagnostics, i));
      if (!hasErrors(r.diagnostics) && r.rows.size === 0) {
        diagnostics.push({
          file: yaml.file,
          ...yaml.locate(['sources', i, 'millesime']),
          severity: 'error',
          message: `aucune ligne du millésime ${entry.millesime} pour les communes du territoire dans ${display}`,
          hint: 'vérifiez la colonne du millésime dans le fichier et le millésime indiqué ici',
        });
      }
      demandRaw.set(entry.millesime, { result: r, display });
    } else if (entry.kind === 'positionnement') {
      const mapping = resolveMapping(
        entry.mapping && !entry.preset ? undefined : 'positionnement-projet',
        entry.mapping,
        entry.sheet,
      );
      const r = await cached(() => readMappedPositioning(path, mapping, { ...common, millesime: entry.millesime }));
      diagnostics.push(...locateSheet(r.diagnostics, i));
      positioningRaw.set(entry.millesime, { result: r, index: i });
    } else {
      const options = { ...common, millesime: entry.millesime, siren: territory.settings.siren };
      const r = await cached(() =>
        entry.preset === 'sdes-indicateurs-territoires'
          ? readTerritoryIndicators(path, options)
          : readCommuneIndicators(
              path,
              resolveMapping(entry.mapping && !entry.preset ? undefined : 'sdes-communes', entry.mapping, entry.sheet),
              options,
            ),
      );
      diagnostics.push(...locateSheet(r.diagnostics, i));
      turnoverRaw.set(entry.millesime, r);
    }
    sources.push({
      kind: entry.kind,
      millesime: entry.millesime,
      file: entry.file,
      label: sourceLabel(entry.kind, entry.millesime),
      ...(entry.origin ? { origin: entry.origin } : {}),
    });
  }
  diagnostics.push(...checkAttributions(stockRaw, demandRaw));
  const positioning = positioningInput(positioningRaw, demandRaw, (i, key) => ({
    file: yaml.file,
    ...yaml.locate(['sources', i, key]),
  }));
  diagnostics.push(...positioning.diagnostics);
  /** A missing sheet is a mistake in territory.yaml: point at the line that names it. */
  function locateSheet(list: Diagnostic[], i: number): Diagnostic[] {
    const entry = territory.settings.sources[i]!;
    const path =
      entry.mapping?.sheet !== undefined
        ? ['sources', i, 'mapping', 'sheet']
        : entry.sheet !== undefined
          ? ['sources', i, 'sheet']
          : entry.preset !== undefined
            ? ['sources', i, 'preset']
            : ['sources', i, 'file'];
    return list.map((d) =>
      d.line === 0 && d.message.startsWith('la feuille ')
        ? {
            ...d,
            message: `${d.message.replace(' dans le classeur', ` dans le classeur ${d.file}`)}`,
            file: yaml.file,
            ...yaml.locate(path),
          }
        : d,
    );
  }
  if (hasErrors(diagnostics)) return { diagnostics };

  // What the site online published: its counts are kept when the protection allows (previous-publication.ts).
  const previousPath = join(territory.dir, PREVIOUS_PUBLICATION);
  const previous = readPreviousPublication(previousPath, show(previousPath));
  diagnostics.push(...previous.diagnostics);
  if (hasErrors(previous.diagnostics)) return { diagnostics };
  const rplsYears = [...stockRaw.keys()].sort((a, b) => a - b);
  const demandYears = [...demandRaw.keys()].sort((a, b) => a - b);
  const maskStockCounts = territory.settings.maskStockCounts;
  const solver = demandYears.length > 0 || (maskStockCounts && rplsYears.length > 0) ? await loadSolver() : undefined;
  const audit: SecrecyAudit[] = [];
  const stock: Record<string, StockTable> = {};
  for (const y of rplsYears) {
    const r = publishStock(stockRaw.get(y)!, { threshold, mask: maskStockCounts, solver: solver! });
    stock[String(y)] = r.table;
    if (r.report) audit.push({ kind: 'rpls', millesime: y, ...r.report });
  }
  // Every demand millésime in one protected table, with the stock it is checked against.
  const r = demandYears.length
    ? publishDemandYears(
        demandYears.map((y) => ({
          millesime: y,
          rows: demandRaw.get(y)!.result.rows,
          territory: demandRaw.get(y)!.result.territory,
          stock: stockRaw.get(stockReference(rplsYears, y) ?? Number.NaN),
        })),
        codes,
        { threshold, solver: solver! },
        previous.before,
        positioning.input,
      )
    : undefined;
  const demand: Record<string, DemandTable> = r?.tables ?? {};
  // The DRIHL socle gives a median, not an average: said as such everywhere.
  const medianYears = demandYears.filter((y) =>
    [...demandRaw.get(y)!.result.rows.values()].some((m) =>
      [...m.values()].some((x) => x.delayStatistic === 'mediane'),
    ),
  );
  if (r)
    audit.push({
      kind: 'demande',
      millesime: demandYears.at(-1)!,
      millesimes: demandYears,
      ...r.report,
      ...(r.previous ? { previous: { file: show(previousPath), ...r.previous } } : {}),
    });
  const turnoverYears = [...turnoverRaw.keys()].sort((a, b) => a - b);
  const turnover: Record<string, TurnoverTable> = Object.fromEntries(
    turnoverYears.map((y) => [String(y), publishTurnover(turnoverRaw.get(y)!, codes)]),
  );
  // Impossible after secondary suppression, unless the sources contradict each other: nothing is published.
  for (const a of audit.filter((x) => x.recomputable > 0)) {
    const i = territory.settings.sources.findIndex((s) => s.kind === a.kind && s.millesime === a.millesime);
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate(['sources', i]),
      severity: 'error',
      message: `secret statistique : ${a.recomputable} petit${a.recomputable > 1 ? 's' : ''} nombre${a.recomputable > 1 ? 's' : ''} caché${a.recomputable > 1 ? 's' : ''} du millésime ${a.millesime} reste${a.recomputable > 1 ? 'nt' : ''} recalculable${a.recomputable > 1 ? 's' : ''} malgré le secret secondaire`,
      hint: 'vérifiez que les totaux du fichier sont bien la somme des lignes',
    });
  }
  if (hasErrors(diagnostics)) return { diagnostics };
  return {
    figures: {
      secrecy: { threshold, maskStockCounts, audit },
      millesimes: {
        stock: rplsYears,
        demand: demandYears,
        ...(turnoverYears.length ? { turnover: turnoverYears } : {}),
      },
      stock,
      demand,
      ...(r?.pooled ? { demandPooled: r.pooled } : {}),
      ...(r?.positioning ? { positioning: r.positioning } : {}),
      ...(medianYears.length
        ? { delayStatistics: Object.fromEntries(medianYears.map((y) => [String(y), 'mediane' as const])) }
        : {}),
      sources,
      ...(turnoverYears.length ? { turnover } : {}),
    },
    diagnostics,
  };
}

/**
 * Attributions of a typology in a commune cannot exceed the dwellings of that size plus the demands:
 * such a row is a typing or export error. Compared with the stock at 1 January of the next year (the
 * dwellings that existed during the year), else the same year, else the nearest millésime.
 */
function checkAttributions(
  stock: Map<number, Map<string, RawStock>>,
  demand: Map<number, { result: DemandReadResult; display: string }>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const years = [...stock.keys()];
  if (years.length === 0) return out;
  for (const [year, { result, display }] of demand) {
    const ref = stockReference(years, year)!;
    for (const [code, byTypology] of result.rows) {
      for (const t of TYPOLOGIES) {
        const row = byTypology.get(t);
        const dwellings = stock.get(ref)!.get(code)?.byTypology[t];
        if (!row || dwellings === undefined || typeof row.attributions !== 'number' || typeof row.pending !== 'number')
          continue;
        if (row.attributions > dwellings + row.pending) {
          out.push({
            file: display,
            line: row.line,
            column: row.attributionsColumn,
            severity: 'error',
            message: `${row.attributions} attributions de ${t} à ${code}, plus que les ${dwellings} logements ${t} du RPLS ${ref} et les ${row.pending} demandes réunis`,
            hint: 'vérifiez la commune, la typologie et les colonnes de cette ligne',
          });
        }
      }
    }
  }
  return out;
}

/**
 * The RPLS millésime a demand millésime is compared with: the stock at 1 January of the next year (the
 * dwellings that existed during the year), else the same year, else the nearest. Undefined without stock.
 */
function stockReference(stockYears: readonly number[], year: number): number | undefined {
  if (stockYears.includes(year + 1)) return year + 1;
  if (stockYears.includes(year)) return year;
  return [...stockYears].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0];
}

/**
 * The positioning table published: the one of the latest demand millésime. Its bands add up to the
 * territory's demands and attributions of each size (the documented rule the secrecy audit also uses):
 * a table that says otherwise is an error, since one of the two files is wrong.
 */
function positioningInput(
  positioning: Map<number, { result: PositioningReadResult; index: number }>,
  demand: Map<number, { result: DemandReadResult; display: string }>,
  at: (index: number, key: string) => Pick<Diagnostic, 'file' | 'line' | 'column'>,
): { input?: PositioningInput; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const latest = Math.max(...demand.keys());
  let input: PositioningInput | undefined;
  for (const [year, { result, index }] of positioning) {
    if (!demand.has(year)) {
      diagnostics.push({
        ...at(index, 'millesime'),
        severity: 'error',
        message: `le positionnement ${year} n’a pas de tableau des demandes du même millésime`,
        hint: 'ses tranches se lisent avec les demandes et les attributions de la même année : ajoutez ce tableau',
      });
      continue;
    }
    if (year !== latest) {
      diagnostics.push({
        ...at(index, 'millesime'),
        severity: 'warning',
        message: `le positionnement ${year} n’est pas publié : seul celui du dernier millésime des demandes (${latest}) l’est`,
      });
      continue;
    }
    const rows = demand.get(year)!.result.rows;
    for (const k of TYPOLOGIES) {
      const bands = result.sizes[k];
      if (!bands) continue;
      for (const [measure, words] of [
        ['pending', 'demandes en attente'],
        ['attributions', 'attributions'],
      ] as const) {
        const bandSum = bands.reduce<number | undefined>(
          (n, b) => (n === undefined || typeof b[measure] !== 'number' ? undefined : n + b[measure]),
          0,
        );
        let tableSum: number | undefined = 0;
        for (const byTypology of rows.values()) {
          const v = byTypology.get(k)?.[measure];
          tableSum = tableSum === undefined || typeof v !== 'number' ? undefined : tableSum + v;
        }
        if (bandSum !== undefined && tableSum !== undefined && bandSum !== tableSum)
          diagnostics.push({
            ...at(index, 'file'),
            severity: 'error',
            message: `${k} : ${bandSum} ${words} dans les tranches de points, mais ${tableSum} dans le tableau des demandes ${year}`,
            hint: 'les deux fichiers doivent venir du même export : les tranches d’une taille font le total de cette taille',
          });
      }
    }
    input = { millesime: year, sizes: result.sizes };
  }
  return hasErrors(diagnostics) ? { diagnostics } : { ...(input ? { input } : {}), diagnostics };
}
