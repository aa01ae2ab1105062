/** Parts of a national build: every territory in exactly one part, parts of the same size, clear errors. */
import { describe, expect, test } from 'vitest';
import { listSirens, parsePart, partOf } from '../../src/lib/national/index.ts';

describe('parts d’une construction nationale', () => {
  test('« i/n » : i entre 1 et n, sinon un message en français', () => {
    expect(parsePart('3/50')).toEqual({ index: 3, total: 50 });
    expect(parsePart(' 1/1 ')).toEqual({ index: 1, total: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/3'])
      expect(parsePart(bad), bad).toEqual({ error: expect.stringContaining(`--part « ${bad} »`) });
  });

  test('chaque territoire est dans une seule part, et les parts diffèrent d’un territoire au plus', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const parts = [1, 2, 3, 4, 5].map((i) => partOf(items, i, 5));
    expect(parts.map((p) => p.length)).toEqual([5, 5, 5, 4, 4]);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(parts[0]).toEqual([0, 5, 10, 15, 20]);
  });

  test('la liste : un SIREN par ligne, lignes vides ignorées, doublons gardés une fois, fautes avec leur ligne', () => {
    expect(listSirens('200070712\n\n200057867\r\n200070712\n')).toEqual({
      sirens: ['200070712', '200057867'],
      wrong: [],
    });
    expect(listSirens('200070712\nThiers\n12345').wrong).toEqual([
      { line: 2, value: 'Thiers' },
      { line: 3, value: '12345' },
    ]);
  });
});
