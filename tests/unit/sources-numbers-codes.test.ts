/**
 * Small pieces of src/lib/sources: numbers as published, the first bytes of a file, the closest name, and
 * commune codes matched to a territory. Expected values written by hand (codes from the official list).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommuneMatcher,
  editDistance,
  nearest,
  parseCount,
  parseDecimal,
  sniff,
  sniffFile,
} from '../../src/lib/sources/index.ts';

describe('numbers as published', () => {
  it.each([
    ['45,3', 45.3],
    ['45.3', 45.3],
    [' 1 615 ', 1615],
    ['1\u00a0615', 1615],
    ['1\u202f615,5', 1615.5],
    ['-2', -2],
    ['+7', 7],
    ['0', 0],
  ])('%s is %f', (raw, n) => {
    expect(parseDecimal(raw)).toBe(n);
  });

  it.each(['', 's', 'nd', '<5', '1,2,3', '12a', ',5', '5,', '1e3', '--2'])('%s is no number', (raw) => {
    expect(parseDecimal(raw)).toBeUndefined();
  });

  it('reads a count, a masked cell, a negative or a decimal count', () => {
    expect(parseCount('12')).toEqual({ kind: 'count', value: 12 });
    expect(parseCount('0')).toEqual({ kind: 'count', value: 0 });
    expect(parseCount('s')).toEqual({ kind: 'masked' });
    expect(parseCount('')).toEqual({ kind: 'masked' });
    expect(parseCount('-1')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseCount('2,5')).toEqual({ kind: 'invalid', reason: 'decimal' });
  });
});

describe('the first bytes of a file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const BOM = [0xef, 0xbb, 0xbf];

  it('sees an empty file, with or without a byte order mark', () => {
    expect(sniff(new Uint8Array())).toBe('empty');
    expect(sniff(bytes(' \n\t '))).toBe('empty');
    expect(sniff(new Uint8Array(BOM))).toBe('empty');
  });

  it('sees a spreadsheet (zip) from its signature', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('zip');
    expect(sniff(new Uint8Array([...BOM, 0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe('text');
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x05]))).toBe('text');
    expect(sniff(new Uint8Array([0x51, 0x4b, 0x03, 0x04]))).toBe('text');
    expect(sniff(new Uint8Array([0x50, 0x4c, 0x03, 0x04]))).toBe('text');
  });

  it.each([
    '<!DOCTYPE html><p>',
    '  <html lang="fr">',
    '<head><meta>',
    '<body>erreur',
    '<?xml version="1.0"?>',
    '<!-- page -->',
    'Erreur 404\n<title>Introuvable</title>',
    'x\n<HTML>\n',
    'x <body class="e">',
  ])('sees a web page: %s', (text) => {
    expect(sniff(bytes(text))).toBe('html');
    expect(sniff(new Uint8Array([...BOM, ...bytes(text)]))).toBe('html');
  });

  it('takes only a whole byte order mark as one', () => {
    const zip = [0x50, 0x4b, 0x03, 0x04];
    expect(sniff(new Uint8Array([0xef, 0x41, 0x41, ...zip]))).toBe('text');
    expect(sniff(new Uint8Array([0x41, 0xbb, 0xbf, ...zip]))).toBe('text');
    expect(sniff(new Uint8Array([0xef, 0x41, 0xbf, ...zip]))).toBe('text');
    expect(sniff(new Uint8Array([0xef, 0xbb, 0x41, ...zip]))).toBe('text');
  });

  it('sees a web page after spaces', () => {
    expect(sniff(bytes('  <?xml version="1.0"?>'))).toBe('html');
    expect(sniff(bytes('\n <!-- x -->'))).toBe('html');
  });

  it('reads the first 4 KB of a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-sniff-'));
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    expect(sniffFile(file('a.csv', 'code;nom\n'))).toBe('text');
    expect(sniffFile(file('b.csv', ''))).toBe('empty');
    expect(sniffFile(file('c.csv', '<html><body>x'))).toBe('html');
    expect(sniffFile(file('d.csv', `${' '.repeat(5000)}<html>`))).toBe('empty');
  });

  it('reads a table as text, even with a word like html in it', () => {
    expect(sniff(bytes('code;nom\n63430;Thiers\n'))).toBe('text');
    expect(sniff(bytes('htmlx;<htmlx>;bodyguard\n'))).toBe('text');
    expect(sniff(bytes(`${'a;'.repeat(600)}\n<html>`))).toBe('text');
  });
});

describe('the closest name', () => {
  it('counts the edits between two words', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('thiers', 'thiers')).toBe(0);
    expect(editDistance('thiers', 'tiers')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(2);
  });

  it('suggests the closest candidate within 3 edits, case ignored, first one on a tie', () => {
    expect(nearest('THIERS', ['Thiers', 'Tours'])).toBe('Thiers');
    expect(nearest('Courpire', ['Thiers', 'Courpière'])).toBe('Courpière');
    expect(nearest('abc', ['abd', 'abe'])).toBe('abd');
    expect(nearest('abcdef', ['abcxyz'])).toBe('abcxyz');
    expect(nearest('abcdefg', ['abcwxyz'])).toBeUndefined();
    expect(nearest('ab', ['abcd'], 1)).toBeUndefined();
    expect(nearest('ab', ['abc'], 1)).toBe('abc');
    expect(nearest('x', [])).toBeUndefined();
  });
});

describe('commune codes of a file', () => {
  const m = new CommuneMatcher(['01004', '63430', '74010', '75056', '2A004']);

  it('reads a member, with its leading zero restored or in lower case', () => {
    expect(m.match('63430')).toEqual({ kind: 'member', code: '63430' });
    expect(m.match('1004')).toEqual({ kind: 'member', code: '01004' });
    expect(m.match('2a004')).toEqual({ kind: 'member', code: '2A004' });
  });

  it('maps a former commune and an arrondissement to their commune', () => {
    expect(m.match('74011')).toEqual({ kind: 'merged', code: '74010', from: '74011' });
    expect(m.match('75101')).toEqual({ kind: 'arrondissement', code: '75056', from: '75101' });
    expect(m.match('69381')).toEqual({ kind: 'outside' });
  });

  it('knows a commune of elsewhere, and says so of an unknown code', () => {
    expect(m.match('14712')).toEqual({ kind: 'outside' });
    expect(new CommuneMatcher(['63430']).match('74011')).toEqual({ kind: 'outside' });
    expect(m.match('63999')).toEqual({ kind: 'unknown', code: '63999' });
    expect(m.match('abc')).toEqual({ kind: 'unknown', code: 'ABC' });
    expect(m.match('634300')).toEqual({ kind: 'unknown', code: '634300' });
    expect(m.match('123')).toEqual({ kind: 'unknown', code: '123' });
  });

  it('keeps the rows of members, former communes and arrondissements only, the same answer each time', () => {
    const n = new CommuneMatcher(['63430', '74010', '75056']);
    for (let i = 0; i < 2; i++) {
      expect(n.accepts('63430')).toBe(true);
      expect(n.accepts('74011')).toBe(true);
      expect(n.accepts('75101')).toBe(true);
      expect(n.accepts('14712')).toBe(false);
      expect(n.accepts('63999')).toBe(false);
    }
    expect(n.match('63430')).toBe(n.match('63430'));
  });

  it('gives the départements of the members as the start of any accepted code', () => {
    expect(new CommuneMatcher(['63430', '63008', '42295']).prefixes).toEqual({ length: 5, firstTwo: ['63', '42'] });
  });
});
