/**
 * Measured conformance for the accessibility statement, read at build time: the territory's
 * conformance.json (written by the browser tests) and the versions of the engines installed with the project.
 * Deterministic: nothing comes from the clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError } from './lib/diagnostics/index.ts';
import { ENGINES, parseConformanceResults, type ConformanceResults } from './lib/conformance/index.ts';
import { runContext } from './run-context.ts';

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
  const { territoryDir, root } = runContext();
  const file = join(territoryDir, 'conformance.json');
  if (!existsSync(file)) return { installed };
  const { results, diagnostics } = parseConformanceResults(relative(root, file), readFileSync(file, 'utf8'));
  if (!results) throw new InputError(diagnostics);
  return { results, installed };
}

function packageVersion(name: string): string {
  const file = resolve(runContext().root, 'node_modules', name, 'package.json');
  return existsSync(file)
    ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version ?? '')
    : '';
}
