/** The national RPLS file split into one starter territory per EPCI and EPT (`npm run national`). */
export {
  splitNational,
  SPLIT_MEMORY,
  type SplitOptions,
  type SplitReport,
  type SplitTerritory,
  type DepartementTotal,
} from './split.ts';
export { partitionRpls, type Partition, type PartitionOptions, type MergedCode } from './partition.ts';
export {
  COMPACT_COLUMNS,
  compactCsv,
  compactKey,
  keyParts,
  compactTotals,
  type CompactGroups,
  type KeyParts,
} from './compact.ts';
export { starterYaml, publicNames, DEFAULT_SITE_URL, type StarterTerritory, type StarterSource } from './starter.ts';
export { writeIfChanged, contentHash, type WriteStatus } from './write.ts';
export { GroupTable, CommuneLines, MEMORY_GROUPS } from './groups.ts';
export { parsePart, listSirens, partOf } from './shards.ts';
export { readResults, resultsCsv, type ResultsTable } from './results.ts';
