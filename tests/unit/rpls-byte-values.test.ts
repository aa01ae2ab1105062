/**
 * The usual RPLS values read from their bytes (src/lib/rpls/byte-values.ts). Each function must classify
 * every usual form itself (that is what makes the read of a large file fast) and give -1 for any other form,
 * which the readers then classify as text (tests/unit/rpls-fast-read.test.ts checks that both agree).
 * Expected categories are written by hand from reference/data-formats.md §a.5.
 */
import { describe, expect, test } from 'vitest';
import { rplsBytes } from '../../src/lib/rpls/index.ts';

/** Calls `f` on the bytes of `value`, placed inside a larger buffer so that bounds matter. */
function on<T>(f: (buf: Buffer, s: number, e: number) => T, value: string): T {
  const buf = Buffer.from(`;9${value}9;`, 'utf8');
  return f(buf, 2, 2 + Buffer.byteLength(value));
}

describe('digitsOf : un nombre de 1 à 9 chiffres', () => {
  test.each([
    ['0', 0],
    ['7', 7],
    ['9', 9],
    ['10', 10],
    ['93066', 93066],
    ['007', 7],
    ['123456789', 123456789],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.digitsOf, value)).toBe(expected));
  test.each(['', '1234567890', '12a', '/', ':', ' 1', '1.0', '-1', '2A004'])('« %s » → -1', (value) =>
    expect(on(rplsBytes.digitsOf, value)).toBe(-1),
  );
});

describe('roomsOf : un chiffre de 1 à 9, T5+ à partir de 5', () => {
  test.each([
    ['1', 1],
    ['2', 2],
    ['4', 4],
    ['5', 5],
    ['6', 5],
    ['9', 5],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.roomsOf, value)).toBe(expected));
  test.each(['0', '', '10', '12', 'x', '/', ':', ' 3'])('« %s » → -1', (value) =>
    expect(on(rplsBytes.roomsOf, value)).toBe(-1),
  );
});

describe('yearOf : quatre chiffres, la période', () => {
  test.each([
    ['0999', 0],
    ['0000', 0],
    ['1000', 1],
    ['1978', 1],
    ['1979', 2],
    ['2007', 2],
    ['2008', 3],
    ['2025', 3],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.yearOf, value)).toBe(expected));
  test.each(['', '199', '19790', '19x9', '1979.0'])('« %s » → -1', (value) =>
    expect(on(rplsBytes.yearOf, value)).toBe(-1),
  );
});

describe('kindOf : C, I ou E', () => {
  test.each([
    ['C', 1],
    ['I', 2],
    ['E', 3],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.kindOf, value)).toBe(expected));
  test.each(['', 'c', 'i', 'e', 'X', 'CC', 'Collectif'])('« %s » → -1', (value) =>
    expect(on(rplsBytes.kindOf, value)).toBe(-1),
  );
});

describe('financingOf : deux chiffres, la famille de financement', () => {
  test.each([
    ['10', 0],
    ['11', 0],
    ['12', 1],
    ['13', 1],
    ['14', 2],
    ['15', 5],
    ['16', 3],
    ['17', 5],
    ['49', 5],
    ['50', 4],
    ['53', 4],
    ['55', 4],
    ['56', 5],
    ['98', 5],
    ['99', 4],
    ['09', 5],
    ['00', 5],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.financingOf, value)).toBe(expected));
  test.each(['', '5', '100', '1a', ' 1'])('« %s » → -1', (value) => expect(on(rplsBytes.financingOf, value)).toBe(-1));
});

describe('energyOf : une lettre de A à G, vide = inconnue', () => {
  const energy = (buf: Buffer, s: number, e: number) => rplsBytes.energyOf(buf, s, e, 7);
  test.each([
    ['A', 0],
    ['B', 1],
    ['D', 3],
    ['G', 6],
    ['', 7],
  ])('« %s » → %i', (value, expected) => expect(on(energy, value)).toBe(expected));
  test.each(['H', 'a', 'g', '@', '1', ' ', 'AB', 'NC'])('« %s » → -1', (value) => expect(on(energy, value)).toBe(-1));
});

describe('centsOf : une surface en centièmes de mètre carré', () => {
  test.each([
    ['60', 6000],
    ['60.5', 6050],
    ['60,5', 6050],
    ['60.25', 6025],
    ['101,25', 10125],
    ['0.01', 1],
    ['007', 700],
    ['123456789.99', 12345678999],
  ])('« %s » → %i', (value, expected) => expect(on(rplsBytes.centsOf, value)).toBe(expected));
  test.each(['0', '0.00', '0,0'])('« %s » : pas de surface → -1', (value) =>
    expect(on(rplsBytes.centsOf, value)).toBe(-1),
  );
  test.each([
    '',
    '.5',
    '60.',
    '60.125',
    '60.x',
    '60.5x',
    '60x5',
    '60 5',
    '60./',
    '60.5/',
    '6o',
    '-5',
    '1234567890',
    ' 60',
    '60;',
  ])('« %s » : une autre forme, lue en texte → -2', (value) => expect(on(rplsBytes.centsOf, value)).toBe(-2));
});
