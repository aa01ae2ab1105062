/**
 * DuckDB on the same file, for comparison (`npm run bench`): what an analyst would use to read, filter and
 * group a national RPLS file. DuckDB is not a dependency of the project; install it for the bench only:
 * `npm install --no-save @duckdb/node-api`. Run in its own process, like rpls-child.ts:
 * `node duckdb-child.ts <file> [commune,commune,…]` prints `{ ms, cpuMs, groups, maxRssMb, version }` as JSON,
 * or `{ missing: true }` when DuckDB is not installed.
 * The query does the work of the project's read: every row read, kept when its commune is one of the
 * territory's (all rows for the national split), grouped by commune and by the 7 values the site publishes,
 * with the count and the sum of surfaces.
 */
import { performance } from 'node:perf_hooks';

const [file, communes] = process.argv.slice(2) as [string, string?];

interface DuckDB {
  DuckDBInstance: {
    create(
      path: string,
    ): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> }> }>;
  };
  version(): string;
}

// The name in a variable: the module is optional, TypeScript must not look for it.
const name = '@duckdb/node-api';
let duckdb: DuckDB;
try {
  duckdb = (await import(name)) as DuckDB;
} catch {
  console.log(JSON.stringify({ missing: true }));
  process.exit(0);
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const where = communes ? `WHERE DEPCOM IN (${communes.split(',').map(quote).join(', ')})` : '';
const sql = `SELECT DEPCOM, NBPIECE, CONSTRUCT, TYPECONST_CODE, FINAN_CODE, DPEENERGIE, QPV_CODE <> '' AS qpv,
  count(*) AS n, sum(TRY_CAST(replace(SURFHAB, ',', '.') AS DOUBLE)) AS surface
  FROM read_csv(${quote(file)}, delim = ';', header = true, all_varchar = true) ${where} GROUP BY ALL`;

const start = performance.now();
const cpuStart = process.cpuUsage();
const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
const groups = (await connection.runAndReadAll(sql)).getRows().length;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    ms: performance.now() - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    groups,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    version: duckdb.version(),
  }),
);
