/**
 * Reading only some columns (`columns` in the header decision) decodes records straight from their bytes:
 * whatever the record holds (quotes, escaped quotes, delimiters and line breaks inside quotes, accents,
 * characters outside the BMP, CRLF, converted-twice characters, invalid UTF-8), the columns read, the
 * lines, the counts and the messages must be exactly those of a full read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-fields-'));
let n = 0;

async function read(bytes: Buffer, columns: number[] | undefined, keep?: string) {
  const file = join(dir, `t${n++}.csv`);
  writeFileSync(file, bytes);
  const rows: { line: number; values: string[]; columnsAt: number[] }[] = [];
  const summary = await readTable(
    file,
    { display: 'f.csv', headerHints: ['code'] },
    {
      header: (names) => ({
        ...(keep ? { filter: { column: names.indexOf('code'), accept: (v: string) => v === keep } } : {}),
        ...(columns ? { columns } : {}),
      }),
      row: (values, line, columnOf) => {
        rows.push({ line, values, columnsAt: values.map((_, i) => columnOf(i)) });
      },
    },
  );
  return { rows, summary };
}

const pieces = ['a', 'é', 'Ü', '😀', ' ', '"', ';', ',', '\n', '1', '63430', 'Ã©', 'â€™', '\r\n', 'x'];
const fieldText = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(''));
/** A field as a CSV writer (or a careless one) would write it. */
const field = fc.oneof(
  fieldText.filter((t) => !/[";\n\r]/.test(t)),
  fieldText.map((t) => `"${t.replaceAll('"', '""')}"`),
  fieldText, // raw: stray quotes and delimiters included
);
const record = fc.array(field, { minLength: 1, maxLength: 6 }).map((f) => f.join(';'));

/**
 * Under mutation of src/lib/sources, tests/mutation/vitest.sources.config.ts sets ILS_UNDER_MUTATION: the
 * random files and the long file below are run again for each mutant of the record scanner, and instrumented
 * by Stryker they took 43 s and 4 s. Then 5 random files with a fixed seed (the same files for every mutant)
 * instead of 200, and a long file of 3 000 lines (still several 64 KB pieces) instead of 20 000.
 */
const underMutation = process.env.ILS_UNDER_MUTATION === '1';
const runs = underMutation ? { numRuns: 5, seed: 20261207 } : { numRuns: 200 };
const LONG = underMutation ? 3_000 : 20_000;

describe('lecture de quelques colonnes', () => {
  it('donne les mêmes valeurs, lignes, colonnes et messages que la lecture complète', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 12 }),
        fc.subarray([0, 1, 2, 3, 4]),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.constantFrom('63430', 'a'), { nil: undefined }),
        async (records, columns, crlf, invalidByte, keep) => {
          const eol = crlf ? '\r\n' : '\n';
          // Rows of bare separators (skipped by both reads) push the records past the first 64 KB chunk:
          // records are read from their bytes only once the header is known.
          const head = ['code;nom;taille;surface;x', ...Array<string>(15_000).fill(';;;;')].join(eol) + eol;
          let bytes = Buffer.from(head + records.join(eol) + eol, 'utf8');
          if (invalidByte && records.length > 0) {
            const at = Buffer.byteLength(head + records[0]!) - 1;
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
          }
          const full = await read(bytes, undefined, keep);
          const some = await read(bytes, columns, keep);
          expect(some.summary).toEqual(full.summary);
          expect(some.rows.map((r) => r.line)).toEqual(full.rows.map((r) => r.line));
          some.rows.forEach((r, i) => {
            const f = full.rows[i]!;
            expect(r.values.length).toBe(f.values.length);
            for (const c of columns) expect(r.values[c]).toBe(f.values[c]);
            expect(r.columnsAt).toEqual(f.columnsAt);
          });
        },
      ),
      runs,
    );
  }, 120_000);

  it('lit un long fichier aux textes entre guillemets, coupé en plusieurs morceaux, comme la lecture complète', async () => {
    const lines = ['"code";"nom";"taille";"surface"'];
    for (let i = 0; i < LONG; i++)
      lines.push(`"6343${i % 10}";"Ré${'é'.repeat(i % 7)}😀 ${i}";${(i % 5) + 1};${40 + (i % 30)},5`);
    const bytes = Buffer.from(lines.join('\n') + '\n');
    const full = await read(bytes, undefined);
    const some = await read(bytes, [1, 3]);
    expect(some.summary).toEqual(full.summary);
    expect(some.rows).toHaveLength(LONG);
    some.rows.forEach((r, i) => {
      expect(r.values[1]).toBe(full.rows[i]!.values[1]);
      expect(r.values[3]).toBe(full.rows[i]!.values[3]);
      expect(r.values[0]).toBe('');
    });
    expect(some.rows[LONG - 1]!.values[1]).toBe(`Ré${'é'.repeat((LONG - 1) % 7)}😀 ${LONG - 1}`);
  }, 60_000);
});
