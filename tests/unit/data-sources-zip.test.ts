/**
 * Workbooks that unpack into far more than they weigh (zip bombs) are refused from their table of
 * contents, before any part is unpacked; real workbooks pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, zipBombDiagnostic } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ils-zip-'));

/** A zip archive whose table of contents declares `declaredSize` for each part (deflated data given). */
function zipFile(name: string, parts: { path: string; data: Buffer; declaredSize: number }[]): string {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const pathBytes = Buffer.from(p.path);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(pathBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.declaredSize, 24);
    central.writeUInt16LE(pathBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, pathBytes, p.data);
    centrals.push(central, pathBytes);
    offset += local.length + pathBytes.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([...locals, cd, end]));
  return path;
}

describe('classeurs qui se décompressent trop', () => {
  it('refuse un classeur qui ferait plus d’un gigaoctet une fois décompressé', async () => {
    const data = deflateRawSync(Buffer.from('<sst/>'));
    const path = zipFile('gros.xlsx', [
      { path: 'xl/sharedStrings.xml', data, declaredSize: 0xfffffff0 },
      { path: 'xl/worksheets/sheet1.xml', data, declaredSize: 6 },
    ]);
    const d = await zipBombDiagnostic(path, 'sources/gros.xlsx');
    expect(d).toMatchObject({ file: 'sources/gros.xlsx', severity: 'error' });
    expect(d?.message).toMatch(
      /^classeur refusé : une fois décompressé, il ferait 4\s096 Mo, plus que la limite de 1\s024 Mo$/,
    );
  });

  it('refuse une partie compressée des centaines de fois, et le dit à la lecture du tableau', async () => {
    const xml = Buffer.from(`<sst>${'<si><t>A</t></si>'.repeat(2_000_000)}</sst>`);
    const data = deflateRawSync(xml, { level: 9 });
    const path = zipFile('bombe.xlsx', [{ path: 'xl/sharedStrings.xml', data, declaredSize: xml.length }]);
    const summary = await readTable(path, { display: 'sources/bombe.xlsx', headerHints: ['DEPCOM'] }, {
      header: () => false,
      row: () => undefined,
    } as never);
    expect(summary.diagnostics).toHaveLength(1);
    expect(summary.diagnostics[0]!.message).toMatch(
      /^classeur refusé : sa partie « xl\/sharedStrings\.xml » se décompresse [\d\s]+ fois, ce qu’aucun vrai classeur ne fait$/,
    );
  });

  it('laisse passer un vrai classeur, même long et régulier', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Demandes');
    sheet.addRow(['DEPCOM', 'typologie', 'demandes', 'attributions']);
    for (let i = 0; i < 50_000; i++) sheet.addRow([String(63000 + (i % 500)), `T${(i % 5) + 1}`, i % 97, i % 13]);
    const path = join(dir, 'vrai.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await zipBombDiagnostic(path, 'vrai.xlsx')).toBeUndefined();
    // Writing 50 000 rows takes several seconds on a busy two-core machine: no timing is asserted here.
  }, 60_000);

  it('laisse au lecteur un fichier qui n’est pas une archive', async () => {
    const path = join(dir, 'texte.xlsx');
    writeFileSync(path, 'DEPCOM;demandes\n63430;3\n');
    expect(await zipBombDiagnostic(path, 'texte.xlsx')).toBeUndefined();
  });
});

describe('les limites du contrôle, au mégaoctet près', () => {
  const MiB = 1024 * 1024;
  const small = Buffer.alloc(10, 1);

  it('un classeur de 1 Go tout juste passe, un octet de plus est refusé', async () => {
    // 53 parts of 19 Mo and one of 17 Mo: 1 024 Mo, each part too small to be judged on its ratio.
    const parts = (last: number) => [
      ...Array.from({ length: 53 }, (_, i) => ({ path: `p${i}.xml`, data: small, declaredSize: 19 * MiB })),
      { path: 'fin.xml', data: small, declaredSize: last },
    ];
    expect(await zipBombDiagnostic(zipFile('juste.xlsx', parts(17 * MiB)), 'juste.xlsx')).toBeUndefined();
    const d = await zipBombDiagnostic(zipFile('trop.xlsx', parts(17 * MiB + 1)), 'trop.xlsx');
    expect(d).toEqual({
      file: 'trop.xlsx',
      line: 1,
      column: 1,
      severity: 'error',
      message: 'classeur refusé : une fois décompressé, il ferait 1\u202f024 Mo, plus que la limite de 1\u202f024 Mo',
      hint: 'ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le de nouveau, ou exportez la feuille en CSV',
    });
  });

  it('une partie de 20 Mo compressée plus de 200 fois est refusée, pas à 200 fois ni sous 20 Mo', async () => {
    const part = (declaredSize: number, compressed: number) =>
      zipFile(`r${declaredSize}-${compressed}.xlsx`, [
        { path: 'xl/a.xml', data: small, declaredSize: 100 },
        { path: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(compressed, 1), declaredSize },
      ]);
    // 20 Mo / 200 = 104 857,6 octets.
    const d = await zipBombDiagnostic(part(20 * MiB, 104_857), 'r.xlsx');
    expect(d?.message).toBe(
      'classeur refusé : sa partie « xl/worksheets/sheet1.xml » se décompresse 200 fois, ce qu’aucun vrai classeur ne fait',
    );
    expect(await zipBombDiagnostic(part(20 * MiB, 104_858), 'r.xlsx')).toBeUndefined();
    // 200 times exactly: not more than 200.
    expect(await zipBombDiagnostic(part(200 * 104_858, 104_858), 'r.xlsx')).toBeUndefined();
    expect(await zipBombDiagnostic(part(20 * MiB - 1, 1_000), 'r.xlsx')).toBeUndefined();
    expect((await zipBombDiagnostic(part(20 * MiB, 1_000), 'r.xlsx'))?.message).toContain(
      'se décompresse 20\u202f972 fois',
    );
  });

  it('cite le nom d’une partie sur 80 caractères au plus', async () => {
    const long = `xl/${'a'.repeat(100)}.xml`;
    const path = zipFile('long.xlsx', [{ path: long, data: small, declaredSize: 20 * MiB }]);
    expect((await zipBombDiagnostic(path, 'l.xlsx'))?.message).toContain(`« xl/${'a'.repeat(77)} »`);
  });

  it('une partie vide de 20 Mo déclarés : le rapport compte au moins un octet compressé', async () => {
    const path = zipFile('vide.xlsx', [{ path: 'x.xml', data: Buffer.alloc(0), declaredSize: 20 * MiB }]);
    expect((await zipBombDiagnostic(path, 'v.xlsx'))?.message).toContain('se décompresse 20\u202f971\u202f520 fois');
  });
});
