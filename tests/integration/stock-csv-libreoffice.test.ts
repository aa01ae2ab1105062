/**
 * The open-data CSV opens in a French spreadsheet with accents and numbers intact.
 * LibreOffice (`soffice`) converts the built CSV to XLSX with the options a French user gets
 * (separator `;`, UTF-8, French locale), and the workbook is read back: names keep their accents,
 * counts and decimals are numbers, hidden figures leave their cell empty with a status next to it. Skipped when LibreOffice is absent
 * (install: `apt-get install libreoffice-calc-nogui`); opendata-csv-spreadsheet.test.ts checks the same file format everywhere,
 * without an office suite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TerritoryDataset } from '../../src/lib/dataset/index.ts';

const root = resolve(import.meta.dirname, '../..');
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasSoffice)('CSV ouvert dans LibreOffice', () => {
  it('garde les accents, les nombres et les nombres cachés', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stock-csv-'));
    const site = join(tmp, 'site');
    execFileSync(
      join(root, 'node_modules/.bin/node'),
      ['tests/fixtures/stock/build-site.ts', 'thiers-dore-montagne', site, '--fake'],
      { cwd: root, stdio: 'pipe' },
    );
    const d = JSON.parse(readFileSync(join(tmp, 'thiers-dore-montagne-dataset.json'), 'utf8')) as TerritoryDataset;
    // 59 = ';', 34 = '"', 76 = UTF-8, first line 1, default formats, 1036 = French (decimal comma).
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${tmp}/profile`,
        '--headless',
        '--infilter=CSV:59,34,76,1,,1036',
        '--convert-to',
        'xlsx',
        '--outdir',
        tmp,
        join(site, 'donnees/logements.csv'),
      ],
      { stdio: 'pipe' },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(tmp, 'logements.xlsx'));
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const accented = d.communes.find((c) => /[àâçéèêëîïôûùüÿ]/i.test(c.name))!;
    const year = String(d.millesimes.stock.at(-1));
    const row = rows.find(
      (r) =>
        String(r.getCell(col('code_commune')).value) === accented.code &&
        String(r.getCell(col('millesime')).value) === year,
    )!;
    expect(row.getCell(col('commune')).value).toBe(accented.name);
    expect(row.getCell(col('logements')).value).toBe(d.stock[year]!.communes[accented.code]!.total);
    const decimals = rows
      .map((r) => r.getCell(col('surface_moyenne_T3')).value)
      .filter((v) => typeof v === 'number' && !Number.isInteger(v));
    expect(decimals.length).toBeGreaterThan(0);
    // A hidden number leaves its cell empty; the status column next to it says why.
    const statuses = rows
      .flatMap((r) => header.filter((h) => h.endsWith('_statut')).map((h) => r.getCell(col(h)).value))
      .filter((v) => v === 'secret');
    expect(statuses.length).toBeGreaterThan(0);
    const numeric = header.filter((h) => !h.endsWith('_statut') && h !== 'commune' && h !== 'code_commune');
    for (const r of rows)
      for (const h of numeric) expect(['number', 'object'].includes(typeof r.getCell(col(h)).value), h).toBe(true);
  });
});
