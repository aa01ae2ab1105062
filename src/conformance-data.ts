/**
 * Measured conformance for the accessibility statement, read at build time: the territory's
 * conformance.json (written by the browser tests) and the versions of the engines installed with the project.
 * Deterministic: nothing comes from the clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError } from './lib/diagnostics/index.ts';
import { ENGINES, parseConformanceResults, type ConformanceResults } from './lib/conformance/index.ts';
import { DEFAULT_TERRITORY, TERRITORIES_DIR } from './lib/territory/index.ts';

/** An engine the project installs, with its installed version. */
export interface InstalledEngine {
  package: string;
  name: string;
  checks: string;
  version: string;
}

/** Results when the tests have been run for this territory, and the engines installed now. */
export interface Conformance {
  results?: ConformanceResults;
  installed: InstalledEngine[];
}

/** Reads the measured results of the territory being built. Throws a positioned French error on a wrong file. */
export function getConformance(): Conformance {
  const installed = ENGINES.map((e) => ({ ...e, version: packageVersion(e.package) }));
  const dir = resolve(process.env.TERRITORIES_DIR ?? TERRITORIES_DIR, process.env.TERRITORY || DEFAULT_TERRITORY);
  const file = join(dir, 'conformance.json');
  if (!existsSync(file)) return { installed };
  const { results, diagnostics } = parseConformanceResults(relative(process.cwd(), file), readFileSync(file, 'utf8'));
  if (!results) throw new InputError(diagnostics);
  return { results, installed };
}

function packageVersion(name: string): string {
  const file = resolve('node_modules', name, 'package.json');
  return existsSync(file) ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version ?? '') : '';
}
