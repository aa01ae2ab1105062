import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import shared from './vitest.config.ts';

// Vitest as Stryker runs it for the mutants of src/lib/sources (tests/mutation/stryker.sources.config.mjs,
// chosen by scripts/mutation.ts): the file reader has its own test set.
// Why: every territory, national split, demand table and RPLS file goes through src/lib/sources, so with the
// shared set (tests/mutation/vitest.config.ts) each mutant of the reader is reached by about 374 unit tests of
// every other module (2.5 min a mutant on two cores): Stryker announced more than 20 hours for the module.
// Those tests check what the other modules do with the rows; the job of checking the reading itself (CSV,
// XLSX and ZIP sniffing, encodings, record scanner, clean-csv byte reader, numbers, commune codes, fields,
// messages with their line and column) belongs to the tests below, which write small files and bytes in
// the test and give the expected values by hand:
const SOURCES_TESTS = [
  // readTable, readCleanCsv, the scanner, sniffing, ZIP bombs, headers, fields (data-sources*.test.ts).
  'tests/unit/data-sources*.test.ts',
  // Functions of the module one by one: fields, encodings, numbers, commune codes, nearest names, XLSX fallback.
  'tests/unit/sources-fields-encoding.test.ts',
  'tests/unit/sources-numbers-codes.test.ts',
  'tests/unit/sources-xlsx-fallback.test.ts',
  // readCleanCsv alone: fields, lines and every case where it gives up.
  'tests/unit/sources-clean-csv.test.ts',
  // readTable on a CSV: every message with its line, column and advice, the rows and their columns.
  'tests/unit/sources-csv-messages.test.ts',
  // readTable on a workbook: the text of each kind of cell, the rows, every message.
  'tests/unit/sources-xlsx-messages.test.ts',
  // The record scanner alone: records, lines, field bounds, simple quotes, filter, overlong record.
  'tests/unit/sources-record-scanner.test.ts',
  // The common pieces of the readers: column letters, header choice, titles given twice.
  'tests/unit/sources-table.test.ts',
  // CommuneMatcher (arrondissements of Paris, Lyon, Marseille) and the files that carry them.
  'tests/unit/data-arrondissements.test.ts',
  // splitRecord against papaparse (random quoted records), secrecy marks read as hidden numbers.
  'tests/unit/opendata-schema.test.ts',
  // The byte reader of clean files (clean-csv.ts) compared with the full text reader on the same files,
  // expected figures counted by hand: an RPLS file of a territory and the national file.
  'tests/unit/rpls-fast-read.test.ts',
  'tests/unit/national-fast-read.test.ts',
];

// Left out: data-sources-large.test.ts (files of megabytes, 16 s instrumented for each mutant of the scanner).
// ILS_UNDER_MUTATION: fewer random files (fixed seed) and a shorter long file in data-sources-fields.test.ts.
const projects = (shared.test?.projects ?? []).map((project) =>
  typeof project === 'object' && 'test' in project
    ? {
        ...project,
        test: {
          ...project.test,
          include: SOURCES_TESTS,
          exclude: ['tests/unit/data-sources-large.test.ts'],
          env: { ...project.test?.env, ILS_UNDER_MUTATION: '1' },
        },
      }
    : project,
);

/**
 * Stryker stops a mutant's run at the first failing test (bail), one file after the other: the small, direct
 * tests of the module run first, the slow comparisons last, so most killed mutants never pay for them.
 * Vitest's own order is the reverse (longest file first).
 */
const FAST_FIRST = [
  'sources-fields-encoding',
  'sources-numbers-codes',
  'sources-table',
  'sources-record-scanner',
  'sources-csv-messages',
  'sources-clean-csv',
  'data-sources-header',
  'data-sources.test',
  'sources-xlsx-messages',
  'sources-xlsx-fallback',
  'data-arrondissements',
  'opendata-schema',
  'rpls-fast-read',
  'national-fast-read',
  'data-sources-zip',
  'data-sources-fields',
];
class FastFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = FAST_FIRST.findIndex((name) => f.moduleId.includes(name));
      return i < 0 ? FAST_FIRST.length : i;
    };
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b)));
  }
}

export default defineConfig({ test: { projects, sequence: { sequencer: FastFirst } } });
