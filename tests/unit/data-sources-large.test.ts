/**
 * Files of megabytes: a record longer than 1 MB (MAX_RECORD_BYTES) stops the reading with a placed message,
 * a long file of short lines does not. Kept out of the mutation test set of src/lib/sources
 * (tests/mutation/vitest.sources.config.ts): instrumented by Stryker, these three tests take 16 s, run again
 * for each mutant of the record scanner. They run in every npm test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-large-'));

/** Reads a table and returns its rows and diagnostics. */
async function read(name: string, content: string) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const rows: { line: number; values: string[] }[] = [];
  const summary = await readTable(
    file,
    { display: name, headerHints: ['code'] },
    {
      header: () => ({}),
      row: (values, line) => {
        rows.push({ line, values });
      },
    },
  );
  return { rows, summary };
}

describe('fichiers de plusieurs mégaoctets', () => {
  it('s’arrête sur une ligne de plusieurs mégaoctets sans fin de ligne, et dit où elle commence', async () => {
    const { rows, summary } = await read('sans-fin.csv', `code;nom\n63430;Thiers\n63125;${'9'.repeat(3_000_000)}`);
    expect(rows).toEqual([{ line: 2, values: ['63430', 'Thiers'] }]);
    expect(summary.diagnostics).toHaveLength(1);
    expect(summary.diagnostics[0]).toMatchObject({
      file: 'sans-fin.csv',
      line: 3,
      column: 1,
      severity: 'error',
      message: 'ligne de plus de 1 Mo sans fin de ligne : ce n’est pas un tableau lisible',
    });
  });

  it('s’arrête sur un guillemet jamais fermé suivi de mégaoctets de lignes', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `${63000 + (i % 900)};ligne ${i}`).join('\n');
    const { summary } = await read('guillemet.csv', `code;nom\n63430;"Thiers\n${lines}\n`);
    expect(summary.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 1, 'ligne de plus de 1 Mo sans fin de ligne : ce n’est pas un tableau lisible'],
    ]);
    expect(summary.diagnostics[0]!.hint).toContain('guillemet');
  });

  it('un long fichier de lignes courtes n’est pas concerné', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `${63000 + (i % 900)};ligne ${i}`).join('\n');
    const { rows, summary } = await read('long.csv', `code;nom\n${lines}\n`);
    expect(summary.diagnostics).toEqual([]);
    expect(rows).toHaveLength(100_000);
  });
});
