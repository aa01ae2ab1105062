/**
 * The positioning table (docs/donnees.md §15): read with the project's preset, bands checked (from 0,
 * contiguous, only the last open), rows of communes left aside with a warning; and the merge of small
 * bands, which depends on the total only. Expected values are written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, readMappedPositioning } from '../../src/lib/mapping/index.ts';
import { mergeBands } from '../../src/lib/dataset/positioning-bands.ts';

const dir = mkdtempSync(join(tmpdir(), 'positionnement-'));
const HEADER = 'millesime;code_commune;typologie;points_min;points_max;demandes_en_attente;attributions';
const read = async (lines: string[]) => {
  const path = join(dir, `p-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, [HEADER, ...lines].join('\n') + '\n');
  return readMappedPositioning(path, PRESETS['positionnement-projet'], {
    display: 'positionnement-2023.csv',
    communes: ['63430', '63125'],
    millesime: 2023,
  });
};
const problems = (r: Awaited<ReturnType<typeof read>>) =>
  r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('tableau de positionnement : lecture', () => {
  it('lit les tranches de chaque taille, dans l’ordre, la dernière ouverte', async () => {
    const r = await read([
      '2023;territoire;T3;40;79;62;33',
      '2023;territoire;T3;0;39;112;15',
      '2023;territoire;T3;80;;26;28',
      '2023;territoire;T1;0;;97;s',
      '2022;territoire;T3;0;;1;1',
    ]);
    expect(problems(r)).toEqual([]);
    expect(r.sizes.T3).toEqual([
      { line: 3, min: 0, max: 39, pending: 112, attributions: 15 },
      { line: 2, min: 40, max: 79, pending: 62, attributions: 33 },
      { line: 4, min: 80, max: null, pending: 26, attributions: 28 },
    ]);
    // « s » is a count hidden by the producer, never 0.
    expect(r.sizes.T1).toEqual([{ line: 5, min: 0, max: null, pending: 97, attributions: 'source' }]);
    expect(r.sizes.T2).toBeUndefined();
  });

  it('un trou, un chevauchement, une tranche ouverte au milieu, un début après 0 : chacun à sa ligne', async () => {
    const r = await read([
      '2023;territoire;T2;10;39;5;5',
      '2023;territoire;T2;50;79;5;5',
      '2023;territoire;T3;0;39;5;5',
      '2023;territoire;T3;30;;5;5',
      '2023;territoire;T4;0;;5;5',
      '2023;territoire;T4;40;79;5;5',
    ]);
    expect(problems(r)).toEqual([
      '2:1 error T2 : la première tranche commence à 10 points',
      '3:1 error T2 : la tranche qui commence à 50 points ne suit pas celle qui finit à 39',
      '5:1 error T3 : la tranche qui commence à 30 points ne suit pas celle qui finit à 39',
      '6:1 error T4 : la tranche « 0 points et plus » n’est pas la dernière',
    ]);
  });

  it('des points faux ou des ménages négatifs : l’erreur nomme la colonne', async () => {
    const r = await read([
      '2023;territoire;T3;0;s;5;5',
      '2023;territoire;T4;0;39;-2;5',
      '2023;territoire;T5+;50;20;5;5',
      '2023;territoire;T1;0;;5;5',
      '2023;territoire;T1;0;;6;6',
    ]);
    // Columns are counted in characters: « 2023;territoire;T3;0; » is 21 characters long.
    expect(problems(r)).toEqual([
      '2:22 error « s » dans « points_max » : des points ne sont jamais cachés',
      '3:25 error « -2 » dans « demandes_en_attente » : un nombre entier positif est attendu',
      '4:24 error tranche de 50 à 20 points : le dernier nombre est plus petit que le premier',
      '6:1 error ligne en double : mêmes « commune », « typologie », « points_min » qu’à la ligne 5',
    ]);
  });

  it('une ligne de commune est laissée de côté, avec un avertissement à sa ligne', async () => {
    const r = await read(['2023;63430;T3;0;;5;5', '2023;territoire;T3;0;;7;2']);
    expect(problems(r)).toEqual([
      '2:1 warning ligne d’une commune (63430) : le site ne lit que les lignes de tout le territoire',
    ]);
    expect(r.sizes.T3).toEqual([{ line: 3, min: 0, max: null, pending: 7, attributions: 2 }]);
  });
});

describe('tranches réunies quand la taille a peu de ménages', () => {
  const bands = (counts: number[]) =>
    counts.map((count, i) => ({ min: i * 20, max: i === counts.length - 1 ? null : i * 20 + 19, count }));

  it('assez de ménages : les tranches du fichier', () => {
    expect(mergeBands(bands([20, 20, 20]), 5)).toEqual(bands([20, 20, 20]));
  });

  it('11 ménages, seuil 5 : une seule tranche, le total', () => {
    expect(mergeBands(bands([2, 5, 4]), 5)).toEqual([{ min: 0, max: null, count: 11 }]);
  });

  it('24 ménages sur 6 tranches : 2 tranches de 3 tranches du fichier', () => {
    expect(mergeBands(bands([1, 2, 3, 4, 5, 9]), 5)).toEqual([
      { min: 0, max: 59, count: 6 },
      { min: 60, max: null, count: 18 },
    ]);
  });

  // 30 households, threshold 5: 3 bands at most, made of 1, 1 and 2 of the file's 4 bands.
  it('le regroupement dépend du total seul, pas de la façon dont les ménages se répartissent', () => {
    const a = mergeBands(bands([0, 0, 1, 29]), 5).map((b) => [b.min, b.max]);
    const b = mergeBands(bands([15, 15, 0, 0]), 5).map((b) => [b.min, b.max]);
    expect(a).toEqual(b);
    expect(a).toEqual([
      [0, 19],
      [20, 39],
      [40, null],
    ]);
  });

  it('un nombre caché par la source : rien n’est réuni', () => {
    const withSource = [...bands([3, 3]).slice(0, 1), { min: 20, max: null, count: 'source' as const }];
    expect(mergeBands(withSource, 5)).toEqual(withSource);
  });
});
