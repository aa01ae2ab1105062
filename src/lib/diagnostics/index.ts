/** Diagnostics: the one shape of every input problem, French formatting, YAML positions. */
export * from './diagnostic.ts';
export { parseYamlFile, type YamlFile } from './yaml-file.ts';
export { zodIssuesToDiagnostics } from './zod-issues.ts';
