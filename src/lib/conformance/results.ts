/**
 * Measured conformance of a built site: what the browser tests found, written by them into the territory
 * folder (conformance.json) and read by the build for the accessibility statement. The build never runs the
 * browser: without this file the statement says the tests have not been run.
 */
import { z } from 'zod';
import { parseYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';

/** The engines the tests run, by npm package: name printed on the statement and what they check. */
export const ENGINES = [
  { package: 'axe-core', name: 'axe-core', checks: 'règles WCAG des niveaux A et AA, dans Chromium' },
  { package: 'html_codesniffer', name: 'HTML_CodeSniffer', checks: 'règles WCAG 2.1 niveau AA, dans Chromium' },
  {
    package: 'vnu-jar',
    name: 'Nu Html Checker (validateur du W3C)',
    checks: 'validité du code HTML, critère 8.2 du RGAA',
  },
] as const;

/** npm package of an engine. */
export type EnginePackage = (typeof ENGINES)[number]['package'];

const count = z.int().min(0);

/** One engine's run over the site. */
export const engineResultSchema = z.strictObject({
  package: z.enum(ENGINES.map((e) => e.package) as [EnginePackage, ...EnginePackage[]]),
  version: z.string().min(1),
  /** Pages (sitemap URLs) or HTML files checked. */
  checked: count,
  /**
   * Rule sets the engine ran, as the engine names them: axe-core's tags (wcag2a, wcag22aa…), HTML_CodeSniffer's
   * standard (WCAG2AA). Empty for the HTML validator, which has one grammar. The statement prints them, so a
   * new set added to the tests shows there at the next measure without editing the page.
   */
  rules: z.array(z.string().min(1)).default([]),
  errors: count,
  /** Warnings and notices by kind (rule code), which are not failures. */
  warnings: z.record(z.string(), count).default({}),
  notices: z.record(z.string(), count).default({}),
});

/** conformance.json of a territory. */
export const conformanceResultsSchema = z.strictObject({
  /** Day of the measure (AAAA-MM-JJ): the day these results were first obtained. */
  date: z.iso.date(),
  /** Browser the pages were checked in, with its version. */
  browser: z.string().min(1),
  /** URLs of the sitemap checked in the browser. */
  pages: count,
  engines: z.array(engineResultSchema).min(1),
});

export type EngineResult = z.infer<typeof engineResultSchema>;
export type ConformanceResults = z.infer<typeof conformanceResultsSchema>;

/** Reads conformance.json text; a wrong file gives positioned diagnostics, never half-read results. */
export function parseConformanceResults(
  file: string,
  text: string,
): { results?: ConformanceResults; diagnostics: Diagnostic[] } {
  // JSON is YAML: the YAML reader gives line and column for each problem.
  const yaml = parseYamlFile(file, text);
  if (yaml.syntaxErrors.length) return { diagnostics: yaml.syntaxErrors };
  const parsed = conformanceResultsSchema.safeParse(yaml.data);
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error.issues, yaml) };
  return { results: parsed.data, diagnostics: [] };
}

/** The browser without its build number: « Chromium 156.0.8078.108 » → « Chromium 156 ». */
export const browserMajor = (browser: string): string => browser.replace(/(\d+)(\.\d+)+/, '$1');

/** A record with its keys in order, so that the same counts found in another order compare equal. */
const sorted = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).sort(([x], [y]) => x.localeCompare(y)));

/** What a run measured, without what changes from one run to the next with the same result. */
const measure = (r: ConformanceResults) =>
  JSON.stringify({
    ...r,
    date: '',
    browser: browserMajor(r.browser),
    engines: r.engines.map((e) => ({ ...e, warnings: sorted(e.warnings), notices: sorted(e.notices) })),
  });

/**
 * True when two runs measured the same thing: the date, the browser's build number (a security update of
 * Chromium 156) and the order of the counts aside. The file then keeps its first date, and running the
 * browser tests leaves the repository unchanged.
 */
export function sameMeasure(a: ConformanceResults, b: ConformanceResults): boolean {
  return measure(a) === measure(b);
}

/** WCAG version of an axe-core tag's version digits: « 2 » → « 2.0 », « 22 » → « 2.2 ». */
const wcagVersion = (digits: string) => `${digits[0]}.${digits[1] ?? '0'}`;

/** Levels in French, lowest first: « niveau A », « niveaux A et AA ». */
function levelsText(levels: string[]): string {
  const sorted = [...levels].sort((x, y) => x.length - y.length);
  return `${sorted.length > 1 ? 'niveaux' : 'niveau'} ${frenchList(sorted)}`;
}

/** « a », « a et b », « a, b et c ». */
function frenchList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} et ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * The rule sets of a run in French, for the statement: axe-core's tags wcag2a, wcag2aa, wcag21a, wcag21aa,
 * wcag22aa → « WCAG 2.0 et 2.1 niveaux A et AA, WCAG 2.2 niveau AA ». Versions checked at the same levels are
 * written together. A name that is not an axe-core level tag (HTML_CodeSniffer's « WCAG2AA ») is written as it
 * is, after the WCAG versions. Empty when there is no rule set.
 */
export function ruleSetsText(rules: readonly string[]): string {
  const levelsByVersion = new Map<string, string[]>();
  const others: string[] = [];
  for (const rule of rules) {
    const tag = /^wcag(\d{1,2})(a{1,3})$/.exec(rule);
    if (!tag) {
      if (!others.includes(rule)) others.push(rule);
      continue;
    }
    const version = wcagVersion(tag[1]!);
    const levels = levelsByVersion.get(version) ?? [];
    if (!levels.includes(tag[2]!.toUpperCase())) levels.push(tag[2]!.toUpperCase());
    levelsByVersion.set(version, levels);
  }
  // Versions with the same levels share one phrase, in the order of their first version.
  const versionsByLevels = new Map<string, string[]>();
  for (const [version, levels] of [...levelsByVersion].sort(([x], [y]) => x.localeCompare(y))) {
    const key = levelsText(levels);
    versionsByLevels.set(key, [...(versionsByLevels.get(key) ?? []), version]);
  }
  const wcag = [...versionsByLevels].map(([levels, versions]) => `WCAG ${frenchList(versions)} ${levels}`);
  return [...wcag, ...others].join(', ');
}

/** Total errors over every engine. */
export function totalErrors(r: ConformanceResults): number {
  return r.engines.reduce((n, e) => n + e.errors, 0);
}
