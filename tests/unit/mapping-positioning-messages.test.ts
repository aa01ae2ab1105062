/**
 * The messages of the positioning table (src/lib/mapping/read-positioning.ts) with their hints: bands out
 * of order, points hidden or too large, counts too large, a row with one wrong cell kept out of the bands,
 * a mapping without sizes. Small files written in the test; expected bands and messages written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, readMappedPositioning, type TableMapping } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'positionnement-messages-'));
const HEADER = 'millesime;code_commune;typologie;points_min;points_max;demandes_en_attente;attributions';
let n = 0;
async function read(lines: string[], mapping: TableMapping = PRESETS['positionnement-projet'], header = HEADER) {
  const path = join(dir, `p-${++n}.csv`);
  writeFileSync(path, [header, ...lines].join('\n') + '\n');
  const r = await readMappedPositioning(path, mapping, {
    display: 'positionnement-2023.csv',
    communes: ['63430', '63125'],
    millesime: 2023,
  });
  return { sizes: r.sizes, messages: r.diagnostics.map((d) => [d.severity, d.line, d.column, d.message, d.hint]) };
}
// Thousands are separated by a narrow no-break space in French.
const NNBSP = '\u202f';

describe('positioning table: the hint of each message', () => {
  it('a commune row, a band after 0, a gap and an open band in the middle', async () => {
    const r = await read([
      '2023;63430;T1;0;;5;5',
      '2023;territoire;T2;10;39;5;5',
      '2023;territoire;T2;50;79;5;5',
      '2023;territoire;T4;0;;5;5',
      '2023;territoire;T4;40;79;5;5',
    ]);
    expect(r.messages).toEqual([
      [
        'warning',
        2,
        1,
        'ligne d’une commune (63430) : le site ne lit que les lignes de tout le territoire',
        'écrivez « territoire » dans code_commune pour les chiffres de toute l’intercommunalité',
      ],
      ['error', 3, 1, 'T2 : la première tranche commence à 10 points', 'elle commence à 0 points'],
      [
        'error',
        4,
        1,
        'T2 : la tranche qui commence à 50 points ne suit pas celle qui finit à 39',
        'elle doit commencer à 40 points : les tranches se suivent sans trou ni chevauchement',
      ],
      [
        'error',
        5,
        1,
        'T4 : la tranche « 0 points et plus » n’est pas la dernière',
        'seule la dernière tranche reste ouverte',
      ],
    ]);
  });

  it('a band that ends before it starts, and a band of a single number of points', async () => {
    const r = await read(['2023;territoire;T3;0;0;5;5', '2023;territoire;T3;1;;5;5', '2023;territoire;T5+;9;8;5;5']);
    expect(r.messages).toEqual([
      [
        'error',
        4,
        23,
        'tranche de 9 à 8 points : le dernier nombre est plus petit que le premier',
        'points_max est le dernier nombre de points de la tranche, points_min le premier',
      ],
    ]);
    expect(r.sizes).toEqual({
      T3: [
        { line: 2, min: 0, max: 0, pending: 5, attributions: 5 },
        { line: 3, min: 1, max: null, pending: 5, attributions: 5 },
      ],
    });
  });
});

describe('positioning table: points and counts', () => {
  it('refuses hidden or empty points, and says what each column expects', async () => {
    const r = await read([
      '2023;territoire;T1;;;5;5',
      '2023;territoire;T2;s;;5;5',
      '2023;territoire;T3;0;s;5;5',
      '2023;territoire;T4;0,5;;5;5',
    ]);
    expect(r.messages).toEqual([
      [
        'error',
        2,
        20,
        '«  » dans « points_min » : des points ne sont jamais cachés',
        'le premier nombre de points de la tranche est attendu',
      ],
      [
        'error',
        3,
        20,
        '« s » dans « points_min » : des points ne sont jamais cachés',
        'le premier nombre de points de la tranche est attendu',
      ],
      [
        'error',
        4,
        22,
        '« s » dans « points_max » : des points ne sont jamais cachés',
        'le dernier nombre de points de la tranche est attendu, ou une case vide pour la dernière tranche',
      ],
      ['error', 5, 20, '« 0,5 » dans « points_min » : un nombre entier positif est attendu', 'par exemple 120'],
    ]);
    expect(r.sizes).toEqual({});
  });

  it('accepts 100 000 points and 1 000 000 demands, not one more', async () => {
    const r = await read([
      '2023;territoire;T1;0;100000;1000000;5',
      '2023;territoire;T1;100001;;5;5',
      '2023;territoire;T2;0;;1000001;5',
    ]);
    expect(r.messages).toEqual([
      [
        'error',
        3,
        20,
        '« 100001 » dans « points_min » : nombre trop grand',
        `100${NNBSP}000 au plus : vérifiez la cellule`,
      ],
      [
        'error',
        4,
        23,
        '« 1000001 » dans « demandes_en_attente » : nombre trop grand',
        `1${NNBSP}000${NNBSP}000 au plus : vérifiez la cellule`,
      ],
    ]);
    expect(r.sizes).toEqual({ T1: [{ line: 2, min: 0, max: 100000, pending: 1000000, attributions: 5 }] });
  });

  it('keeps out of the bands a row with one wrong cell, whichever it is', async () => {
    const r = await read([
      '2023;territoire;T1;-1;9;5;5',
      '2023;territoire;T2;0;-9;5;5',
      '2023;territoire;T3;0;9;-5;5',
      '2023;territoire;T4;0;9;5;-5',
    ]);
    expect(r.messages.map((m) => m[3])).toEqual([
      '« -1 » dans « points_min » : un nombre entier positif est attendu',
      '« -9 » dans « points_max » : un nombre entier positif est attendu',
      '« -5 » dans « demandes_en_attente » : un nombre entier positif est attendu',
      '« -5 » dans « attributions » : un nombre entier positif est attendu',
    ]);
    expect(r.sizes).toEqual({});
  });
});

describe('positioning table: a cell that is neither a number nor a mark', () => {
  it('is reported once', async () => {
    const r = await read(['2023;territoire;T1;0;;5;x']);
    expect(r.messages).toEqual([
      [
        'error',
        2,
        25,
        'valeur « x » dans « attributions » : ni un nombre, ni une marque de secret',
        'attendu : un nombre entier, 0 ou plus, ou une marque de secret : « s », « S », « nd », « ND », « n.d. », « nc », « NC », « secret », « <5 », « - » ou une case vide. Schéma tableau-positionnement, colonne attributions : type integer, minimum 0',
      ],
    ]);
    expect(r.sizes).toEqual({});
  });
});

describe('positioning table without sizes', () => {
  it('says that the size is missing', async () => {
    const { typology: _, ...withoutSizes } = PRESETS['positionnement-projet'];
    const r = await read(
      ['2023;territoire;0;;5;5'],
      withoutSizes,
      'millesime;code_commune;points_min;points_max;demandes_en_attente;attributions',
    );
    expect(r.messages).toEqual([
      ['error', 2, 1, 'typologie absente', 'une typologie T1, T2, T3, T4 ou T5+ est attendue'],
    ]);
    expect(r.sizes).toEqual({});
  });
});
