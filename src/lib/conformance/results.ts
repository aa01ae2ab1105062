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

/** True when two runs measured the same thing (dates aside): the file then keeps its first date. */
export function sameMeasure(a: ConformanceResults, b: ConformanceResults): boolean {
  return JSON.stringify({ ...a, date: '' }) === JSON.stringify({ ...b, date: '' });
}

/** Total errors over every engine. */
export function totalErrors(r: ConformanceResults): number {
  return r.engines.reduce((n, e) => n + e.errors, 0);
}
