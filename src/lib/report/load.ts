/**
 * Reads the yearly report files of a territory (`rapports-annuels/<année>.yaml`) with positioned French
 * errors. A territory without the folder simply has no yearly report yet.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseYamlFile,
  readUtf8File,
  zodIssuesToDiagnostics,
  type Diagnostic,
  type YamlFile,
} from '../diagnostics/index.ts';
import { yearlyReportSchema, type YearlyReportFile } from './schema.ts';

/** Folder of the yearly report files, inside the territory folder. */
export const REPORTS_DIR = 'rapports-annuels';

/** A yearly report file, validated, with its parsed YAML for the FALC checks. */
export interface LoadedReport {
  report: YearlyReportFile;
  yaml: YamlFile;
  source: string;
}

/** Every valid report (by year, oldest first) and every problem found. */
export interface ReportsResult {
  reports: LoadedReport[];
  diagnostics: Diagnostic[];
}

/** Loads `<territoryDir>/rapports-annuels/*.yaml`; `show` turns a path into the name printed in messages. */
export function loadYearlyReports(territoryDir: string, show: (path: string) => string = (p) => p): ReportsResult {
  const dir = join(territoryDir, REPORTS_DIR);
  if (!existsSync(dir)) return { reports: [], diagnostics: [] };
  const reports: LoadedReport[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    const match = /^(\d{4})\.ya?ml$/.exec(name);
    if (!match) {
      diagnostics.push({
        file: show(file),
        line: 1,
        column: 1,
        severity: 'error',
        message: `fichier inattendu dans ${REPORTS_DIR}/ : « ${name} »`,
        hint: 'nommez chaque rapport par son année, par exemple 2024.yaml',
      });
      continue;
    }
    const read = readUtf8File(file, show(file));
    if (read.diagnostic) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const yaml = parseYamlFile(show(file), read.text);
    if (yaml.syntaxErrors.length) {
      diagnostics.push(...yaml.syntaxErrors);
      continue;
    }
    const parsed = yearlyReportSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      diagnostics.push(...zodIssuesToDiagnostics(parsed.error.issues, yaml));
      continue;
    }
    if (String(parsed.data.year) !== match[1]) {
      diagnostics.push({
        file: yaml.file,
        ...yaml.locate(['year']),
        severity: 'error',
        message: `l’année ${parsed.data.year} ne correspond pas au nom du fichier « ${name} »`,
        hint: `écrivez « year: ${match[1]} » ou renommez le fichier ${parsed.data.year}.yaml`,
      });
      continue;
    }
    reports.push({ report: parsed.data, yaml, source: read.text });
  }
  return { reports, diagnostics };
}
