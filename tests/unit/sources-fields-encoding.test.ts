/**
 * Fields of one CSV record and the encoding of a file (src/lib/sources: fields.ts, encoding.ts), each branch
 * and each boundary. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, fieldAt, findMojibake, guessEncoding, splitRecord } from '../../src/lib/sources/index.ts';
import { columnOfField } from '../../src/lib/sources/fields.ts';
import { hasMojibakeBytes, repairMojibake } from '../../src/lib/sources/encoding.ts';

describe('fields of one record', () => {
  it.each([
    ['a;b;c', ['a', 'b', 'c']],
    ['a;;', ['a', '', '']],
    ['', ['']],
    ['"a;b";c', ['a;b', 'c']],
    ['"a";"b"', ['a', 'b']],
    ['"a";', ['a', '']],
    ['x;"a";y', ['x', 'a', 'y']],
    ['"a""b";c', ['a"b', 'c']],
    ['"";b', ['', 'b']],
  ])('%s', (text, fields) => {
    expect(splitRecord(text, ';')).toEqual(fields);
  });

  it('splits on the delimiter given', () => {
    expect(splitRecord('a\tb;c', '\t')).toEqual(['a', 'b;c']);
    expect(splitRecord('"a,b",c', ',')).toEqual(['a,b', 'c']);
  });

  it('leaves the columns not read empty, keeping their count and the fields after', () => {
    expect(splitRecord('a;b;c', ';', [true, false, true])).toEqual(['a', '', 'c']);
    expect(splitRecord('"a";"b";c', ';', [false, true])).toEqual(['', 'b', 'c']);
    expect(splitRecord('a;"b;x";c', ';', [true, false])).toEqual(['a', '', 'c']);
  });

  it('gives one field without splitting the record', () => {
    expect(fieldAt('a;b;c', ';', 0)).toBe('a');
    expect(fieldAt('a;b;c', ';', 1)).toBe('b');
    expect(fieldAt('a;b;c', ';', 2)).toBe('c');
    expect(fieldAt('a;b;c', ';', 3)).toBe('');
    expect(fieldAt('a;b;c', ';', 5)).toBe('');
    expect(fieldAt('"x;y";"b""c";d', ';', 0)).toBe('x;y');
    expect(fieldAt('"x;y";"b""c";d', ';', 1)).toBe('b"c');
    expect(fieldAt('"x;y";"b""c";d', ';', 2)).toBe('d');
    expect(fieldAt('"x;y";"b""c";d', ';', 3)).toBe('');
    expect(fieldAt('a;"b";c', ';', 1)).toBe('b');
    expect(fieldAt('"a""";b', ';', 0)).toBe('a"');
  });

  it('gives the column where a field starts, for messages', () => {
    expect(columnOfField('ab;cd;ef', ';', 0)).toBe(1);
    expect(columnOfField('ab;cd;ef', ';', 1)).toBe(4);
    expect(columnOfField('ab;cd;ef', ';', 2)).toBe(7);
    expect(columnOfField('ab;cd;ef', ';', 5)).toBe(9);
    expect(columnOfField('"a;b";c', ';', 1)).toBe(7);
  });
});

describe('the delimiter of a header line', () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['a\tb\tc', '\t'],
    ['a;b,c', ';'],
    ['a;b\tc', ';'],
    ['a,b\tc\td', '\t'],
    ['a\tb,c', ','],
    ['a;b\tc\td', '\t'],
    ['a;b;c,d,e,f', ','],
    ['"a;b;c",d', ','],
    ['abc', ','],
  ])('%j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe('encoding of a file', () => {
  const of = (bytes: number[], complete = true) => guessEncoding(new Uint8Array(bytes), complete);
  const utf8 = { encoding: 'utf-8', bom: false };
  const latin = { encoding: 'windows-1252', bom: false };

  it('reads a byte order mark, and only a whole one', () => {
    expect(of([0xef, 0xbb, 0xbf, 0x61])).toEqual({ encoding: 'utf-8', bom: true });
    expect(of([0xef, 0xbb, 0xbf, 0xe9])).toEqual({ encoding: 'utf-8', bom: true });
    expect(of([0xef, 0xbb, 0xbf])).toEqual({ encoding: 'utf-8', bom: true });
    expect(of([0xef, 0xbb])).toEqual(latin);
    expect(of([0xef, 0xbb, 0x61])).toEqual(latin);
    expect(of([0x61, 0xbb, 0xbf])).toEqual(latin);
  });

  it('tells UTF-8 from Windows-1252', () => {
    expect(of([0x61, 0x62])).toEqual(utf8);
    expect(of([0x61, 0xc3, 0xa9, 0x62])).toEqual(utf8);
    expect(of([0x61, 0xe9, 0x62])).toEqual(latin);
  });

  it('forgives a character cut at the end of a sample, not of a whole file', () => {
    expect(of([0x61, 0xc3], false)).toEqual(utf8);
    expect(of([0x61, 0xc3], true)).toEqual(latin);
    expect(of([0x61, 0xe2, 0x82], false)).toEqual(utf8);
    expect(of([0x61, 0xf0, 0x9f, 0x98], false)).toEqual(utf8);
    expect(of([0xef, 0xbb], false)).toEqual(utf8);
    expect(of([0x61, 0xc0], false)).toEqual(utf8);
  });

  it('does not forgive a byte that cannot start a character', () => {
    expect(of([0x61, 0x80], false)).toEqual(latin);
    expect(of([0x61, 0x80, 0x80, 0x80, 0x80], false)).toEqual(latin);
    // Three continuation bytes at most are forgiven: the lead byte before four is not looked for.
    expect(of([0xe2, 0x80, 0x80, 0x80, 0x80], false)).toEqual(latin);
    expect(of([0x61, 0xe9, 0x62, 0xc3], false)).toEqual(latin);
  });
});

describe('text converted with the wrong encoding', () => {
  it('finds where it starts', () => {
    expect(findMojibake('abc Ã© d')).toBe(4);
    expect(findMojibake('lâ€™eau')).toBe(1);
    expect(findMojibake('Â°C')).toBe(0);
    expect(findMojibake('bien écrit, l’eau, 20 °C')).toBe(-1);
    expect(findMojibake('Âa')).toBe(-1);
    expect(findMojibake('Ã')).toBe(-1);
    expect(findMojibake('Ãx')).toBe(-1);
  });

  it('is searched in the bytes first', () => {
    expect(hasMojibakeBytes(Buffer.from('Ã©'))).toBe(true);
    expect(hasMojibakeBytes(Buffer.from('lâ€™eau'))).toBe(true);
    expect(hasMojibakeBytes(Buffer.from('Â°'))).toBe(true);
    expect(hasMojibakeBytes(Buffer.from('é à ’ °'))).toBe(false);
    expect(hasMojibakeBytes(Buffer.from('abc'))).toBe(false);
  });

  it('says what it should have been, when it can', () => {
    expect(repairMojibake('Ã©')).toBe('é');
    expect(repairMojibake('â€™')).toBe('’');
    expect(repairMojibake('abc')).toBe('abc');
    expect(repairMojibake('Ã')).toBeUndefined();
    expect(repairMojibake('€')).toBeUndefined();
    expect(repairMojibake('ā')).toBeUndefined();
    expect(repairMojibake('\u0100')).toBeUndefined();
  });
});
