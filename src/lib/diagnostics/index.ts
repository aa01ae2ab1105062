/** Diagnostics: the one shape of every input problem, French formatting, YAML positions. */
export * from './diagnostic.ts';
export { parseYamlFile, readYamlFile, yamlParseCount, type YamlFile } from './yaml-file.ts';
export { readUtf8File, decodeUtf8Text, type TextRead } from './text-file.ts';
export { classifyBytes, NOT_TEXT, type ByteKind } from './text-bytes.ts';
export { webUrl, linkUrl, isSafeUrl, URL_SCHEMES } from './safe-url.ts';
export { resolveInside, foreignEntries, type InsideFolder, type ForeignEntry } from './inside-folder.ts';
export { zodIssuesToDiagnostics } from './zod-issues.ts';
