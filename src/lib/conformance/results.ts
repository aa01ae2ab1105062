/**
 * Measured conformance of a built site: what the browser tests found, written by them into the territory
 * folder (conformance.json) and read by the build for the accessibility statement. The build never runs the
 * browser: without this file the statement says the tests have not been run.
 */
import { z } from 'zod';
import { parseYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';

/** The engines the tests run, by npm package: name printed on the statement and what they check. */
export const ENGINES = [
  { package: 'axe-core', name: 'axe-core', checks: 'règles WCAG 2.1 niveaux A et AA, dans Chromium' },
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

/** Total errors over every engine. */
export function totalErrors(r: ConformanceResults): number {
  return r.engines.reduce((n, e) => n + e.errors, 0);
}
