/**
 * The previous publication (publie/demandes.csv): what last year's site published stays published when a new
 * year is added, and the file is read with positioned French errors. The published counts are read here
 * from the tables, by test code; the scenarios are the adversarial tables of the secrecy tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPreviousPublication, type DemandTable } from '../../src/lib/dataset/index.ts';
import { loadSolver, type Highs } from '../../src/lib/indicators/index.ts';
import { SIZES, protect, scenario, type Scenario } from '../helpers/adversarial-demand.ts';

let solver: Highs;
beforeAll(async () => {
  solver = await loadSolver();
});

/** Every count a table publishes as a number, keyed `millesime|code|size|measure` (the file's key). */
function publishedCounts(s: Scenario, table: DemandTable, millesime: number): Map<string, number> {
  const out = new Map<string, number>();
  const places = [...s.codes.map((c) => [c, table.communes[c]!] as const), ['territoire', table.territory] as const];
  for (const [code, row] of places)
    for (const k of [...SIZES, 'total'] as const)
      for (const m of ['pending', 'attributions'] as const) {
        const v = row[k][m];
        if (typeof v === 'number') out.set(`${millesime}|${code}|${k}|${m}`, v);
      }
  return out;
}

/** Counts of `before` that `table` no longer publishes with the same value. */
function lost(s: Scenario, before: Map<string, number>, table: DemandTable, millesime: number): string[] {
  const now = publishedCounts(s, table, millesime);
  return [...before].filter(([k, v]) => now.get(k) !== v).map(([k]) => k);
}

describe('publication précédente : ce qui a été publié reste publié', () => {
  // Seeds where adding 2023 without the previous publication hides counts of 2022 that were published.
  const seeds = [
    [23, 5],
    [13, 6],
    [42, 6],
    [99, 9],
  ] as const;

  it('ajouter une année ne cache aucun nombre publié l’an dernier, et le secret tient', () => {
    let lostWithout = 0;
    for (const [seed, communes] of seeds) {
      const s = scenario(seed, communes);
      const lastYear = protect(s, solver, { years: [2022] });
      const before = publishedCounts(s, lastYear.tables['2022']!, 2022);
      expect(before.size).toBeGreaterThan(10);

      lostWithout += lost(s, before, protect(s, solver).tables['2022']!, 2022).length;

      const r = protect(s, solver, { previous: before });
      expect(lost(s, before, r.tables['2022']!, 2022)).toEqual([]);
      expect(r.previous).toEqual({ compared: before.size, kept: before.size, corrected: 0, withdrawn: [] });
      expect(r.report.recomputable).toBe(0);
    }
    // Without the previous publication, these seeds do lose counts: the test would see a regression.
    expect(lostWithout).toBeGreaterThan(0);
  }, 120_000);

  it('une valeur corrigée par la source est comptée à part, jamais gardée', () => {
    const s = scenario(23, 5);
    const lastYear = protect(s, solver, { years: [2022] });
    const before = publishedCounts(s, lastYear.tables['2022']!, 2022);
    // The large commune's T3 demands as last year's site said them, plus 7: the source has since been corrected.
    const key = `2022|${s.codes[0]}|T3|pending`;
    const truth = before.get(key)!;
    expect(truth).toBe(s.rows.get(s.codes[0]!)!.get('T3')!.get(2022)!.pending);
    const r = protect(s, solver, { previous: new Map([...before, [key, truth + 7]]) });
    expect(r.tables['2022']!.communes[s.codes[0]!]!.T3.pending).toBe(truth);
    expect(r.previous!.corrected).toBe(1);
    expect(r.previous!.kept).toBe(before.size - 1);
    expect(r.previous!.withdrawn).toEqual([]);
  }, 60_000);

  it('un petit nombre publié sous un ancien seuil est caché, avec sa règle', () => {
    const s = scenario(23, 5);
    const small = [...s.rows.get(s.codes[1]!)!.entries()].find(([, y]) => {
      const a = y.get(2022)!.attributions;
      return a > 0 && a < 5;
    });
    expect(small).toBeDefined();
    const [size, byYear] = small!;
    const count = byYear.get(2022)!.attributions;
    const r = protect(s, solver, { previous: new Map([[`2022|${s.codes[1]}|${size}|attributions`, count]]) });
    expect(r.previous!.withdrawn).toEqual([
      { millesime: 2022, code: s.codes[1], typology: size, measure: 'attributions', before: count, rule: 'petit' },
    ]);
  }, 60_000);
});

describe('publication précédente : lecture du fichier', () => {
  const header =
    'millesime;code_commune;commune;typologie;demandes_en_attente;demandes_en_attente_statut;attributions;attributions_statut';
  const write = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'publie-')), 'demandes.csv');
    writeFileSync(path, text);
    return path;
  };

  it('garde les nombres publiés et laisse les nombres cachés', () => {
    const path = write(
      `\uFEFF${header}\r\n2022;63430;Thiers;T3;48;;12;\r\n2022;63430;Thiers;T1;;secret;;secret\r\n2022;territoire;Le territoire;toutes;625;;177;\r\n`,
    );
    const r = readPreviousPublication(path, 'publie/demandes.csv');
    expect(r.diagnostics).toEqual([]);
    expect([...r.before!]).toEqual([
      ['2022|63430|T3|pending', 48],
      ['2022|63430|T3|attributions', 12],
      ['2022|territoire|total|pending', 625],
      ['2022|territoire|total|attributions', 177],
    ]);
  });

  it('sans fichier, rien n’est gardé et rien n’est signalé', () => {
    expect(readPreviousPublication('/nulle-part/demandes.csv', 'publie/demandes.csv')).toEqual({ diagnostics: [] });
  });

  it('une colonne absente : erreur en ligne 1 qui dit quel fichier mettre', () => {
    const path = write('millesime;code_commune;typologie;attributions\n2022;63430;T3;12\n');
    const [d] = readPreviousPublication(path, 'publie/demandes.csv').diagnostics;
    expect(d).toMatchObject({ file: 'publie/demandes.csv', line: 1, column: 1, severity: 'error' });
    expect(d!.message).toContain('« demandes_en_attente »');
    expect(d!.hint).toContain('/donnees/demandes.csv');
  });

  it('une valeur fausse : erreur à sa ligne et à sa colonne, et rien n’est gardé', () => {
    const path = write(
      `${header}\n2022;63430;Thiers;T3;48;;douze;\n2022;6343;Thiers;T3;48;;12;\n2022;63430;Thiers;T7;48;;12;\n`,
    );
    const r = readPreviousPublication(path, 'publie/demandes.csv');
    expect(r.before).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.line, d.column])).toEqual([
      [2, 7],
      [3, 2],
      [4, 4],
    ]);
    expect(r.diagnostics[0]!.message).toContain('« douze » dans attributions');
    expect(r.diagnostics[1]!.message).toContain('code « 6343 »');
    expect(r.diagnostics[2]!.message).toContain('taille « T7 »');
  });
});
