/**
 * The record scanner of the CSV reader (src/lib/sources/record-scanner.ts) on its own: records cut from
 * byte chunks, their first line, where their fields end (in UTF-16 code units), whether their quotes are
 * simple, the filter on one field, the record too long. Bytes written here, expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES, RecordScanner, type ScanFilter } from '../../src/lib/sources/record-scanner.ts';

interface Emitted {
  record: string;
  line: number;
  bounds?: { count: number; delimiters: number[]; simple: boolean };
  text?: string;
}

/** A scanner that notes `delimiter` (or none), and everything it emits. */
function scanner(delimiter?: string, filter?: Omit<ScanFilter, 'delimiter'>) {
  const out: Emitted[] = [];
  const s = new RecordScanner((buf, start, end, line, bounds, text) => {
    const e: Emitted = { record: buf.toString('utf8', start, end), line };
    if (bounds)
      e.bounds = {
        count: bounds.count,
        delimiters: Array.from(bounds.delimiters.subarray(bounds.first, bounds.first + bounds.count - 1)),
        simple: bounds.simple,
      };
    if (text !== undefined) e.text = text;
    out.push(e);
  });
  if (delimiter !== undefined) {
    s.delimiter = delimiter.charCodeAt(0);
    s.utf8 = true;
  }
  if (filter) s.filter = { ...filter, delimiter: (delimiter ?? ';').charCodeAt(0) };
  return { s, out, push: (b: string | Buffer) => s.push(typeof b === 'string' ? Buffer.from(b) : b) };
}

describe('enregistrements', () => {
  it('coupe aux fins de ligne hors guillemets, avec la première ligne de chacun', () => {
    const { s, out, push } = scanner();
    push('code;nom\n63430;"a\nb"\r\n\nx');
    expect(out).toEqual([
      { record: 'code;nom', line: 1 },
      { record: '63430;"a\nb"', line: 2 },
      { record: '', line: 4 },
    ]);
    expect(s.rest()).toEqual({ record: Buffer.from('x'), line: 5 });
  });

  it('recolle un enregistrement coupé entre deux morceaux, même entre guillemets sur plusieurs lignes', () => {
    const { s, out, push } = scanner();
    push('a;b\nc;"d');
    push('\ne";f\ng;h\ni');
    push('j\n');
    expect(out).toEqual([
      { record: 'a;b', line: 1 },
      { record: 'c;"d\ne";f', line: 2 },
      { record: 'g;h', line: 4 },
      { record: 'ij', line: 5 },
    ]);
    expect(s.rest()).toEqual({ record: Buffer.alloc(0), line: 6 });
  });

  it('un morceau sans fin de ligne s’ajoute à l’enregistrement en cours', () => {
    const { s, out, push } = scanner();
    push('ab');
    push('cd');
    push('e\nf');
    expect(out).toEqual([{ record: 'abcde', line: 1 }]);
    expect(s.rest()).toEqual({ record: Buffer.from('f'), line: 2 });
  });

  it('des milliers d’enregistrements dans un seul morceau', () => {
    const { out, push } = scanner(';');
    const lines = Array.from({ length: 3000 }, (_, i) => `${i};a;b;c;d;e;f;g`);
    push(lines.join('\n') + '\n');
    expect(out).toHaveLength(3000);
    expect(out[2999]).toEqual({
      record: '2999;a;b;c;d;e;f;g',
      line: 3000,
      bounds: { count: 8, delimiters: [4, 6, 8, 10, 12, 14, 16], simple: true },
      text: '2999;a;b;c;d;e;f;g',
    });
    expect(out[1500]!.line).toBe(1501);
  });
});

describe('les champs, une fois le séparateur connu', () => {
  it('en unités UTF-16 : un caractère accentué en fait une, un emoji deux', () => {
    const { out, push } = scanner(';');
    push('é;"b";😀x\nà;y\n');
    expect(out).toEqual([
      { record: 'é;"b";😀x', line: 1, bounds: { count: 3, delimiters: [1, 5], simple: true }, text: 'é;"b";😀x' },
      { record: 'à;y', line: 2, bounds: { count: 2, delimiters: [1], simple: true }, text: 'à;y' },
    ]);
  });

  it('compte les séparateurs d’un enregistrement coupé entre deux morceaux', () => {
    const { out, push } = scanner(';');
    push('63430;ab');
    push('c;d\nxy;z\n');
    expect(out.map((e) => [e.record, e.bounds])).toEqual([
      ['63430;abc;d', { count: 3, delimiters: [5, 9], simple: true }],
      ['xy;z', { count: 2, delimiters: [2], simple: true }],
    ]);
  });

  it('ne compte pas les séparateurs entre guillemets', () => {
    const { out, push } = scanner(',');
    push('"a,b",c\n');
    expect(out[0]!.bounds).toEqual({ count: 2, delimiters: [5], simple: true });
  });

  it.each([
    ['"a";"b"', true],
    ['"a"\r', true],
    ['a;b"c"', false],
    ['"a"b;c', false],
    ['"a""b";c', false],
    ['"a\nb";c', false],
    ['"a"\rb', false],
    ['a;"b" ;c', false],
    ['"a"', true],
  ])('%j : guillemets simples %s', (record, simple) => {
    const { out, push } = scanner(';');
    push(`${record}\n`);
    expect(out[0]!.bounds?.simple).toBe(simple);
  });

  it('un guillemet fermant à la fin du morceau reste simple', () => {
    const { out, push } = scanner(';');
    push('"a"');
    push('\n');
    expect(out[0]!.bounds?.simple).toBe(true);
  });

  it('une ligne vide n’est pas simple', () => {
    const { out, push } = scanner(';');
    push('\n');
    expect(out).toEqual([{ record: '', line: 1, bounds: { count: 1, delimiters: [], simple: false } }]);
  });

  it('sans le texte décodé quand un octet n’est pas de l’UTF-8', () => {
    const { out, push } = scanner(';');
    push(Buffer.concat([Buffer.from('a;b\n'), Buffer.from([0xff]), Buffer.from(';c\n')]));
    expect(out.map((e) => e.text)).toEqual([undefined, undefined]);
    expect(out.map((e) => e.record)).toEqual(['a;b', '\ufffd;c']);
  });

  it('des milliers de séparateurs dans un seul morceau', () => {
    const { out, push } = scanner(';');
    const line = Array.from({ length: 30 }, (_, i) => String(i)).join(';');
    push(`${line}\n`.repeat(700));
    expect(out).toHaveLength(700);
    const last = out[699]!.bounds!;
    expect(last.count).toBe(30);
    expect(last.delimiters.slice(0, 3)).toEqual([1, 3, 5]);
    expect(last.delimiters.at(-1)).toBe(line.lastIndexOf(';'));
  });
});

describe('le filtre sur un champ', () => {
  it('laisse de côté les lignes refusées, entre guillemets ou non, et les compte', () => {
    const { s, out, push } = scanner(';', { column: 1, accept: (v) => v === '63430' });
    push('x;63430;a\ny;63125;b\nz;"63430";c\nw\nv;" 63430 "\nu;63125\n');
    expect(out.map((e) => e.record)).toEqual(['x;63430;a', 'z;"63430";c', 'w', 'v;" 63430 "']);
    expect(s.dropped).toBe(2);
  });

  it('filtre la première et la dernière colonne', () => {
    const first = scanner(';', { column: 0, accept: (v) => v === 'a' });
    first.push('a;1\nb;2\n');
    expect(first.out.map((e) => e.record)).toEqual(['a;1']);
    const last = scanner(';', { column: 1, accept: (v) => v === '1' });
    last.push('a;1\nb;2\r\nc;1\r\n');
    expect(last.out.map((e) => e.record)).toEqual(['a;1', 'c;1']);
  });

  it('un champ d’un seul guillemet n’est pas une valeur entre guillemets', () => {
    const { out, push } = scanner(';', { column: 1, accept: (v) => v === '"' });
    push('a;"\nb;x\n');
    expect(out.map((e) => e.record)).toEqual([]);
  });

  it('refuse d’emblée une valeur de la longueur connue dont les deux premiers caractères ne vont pas', () => {
    const seen: string[] = [];
    const accept = (v: string) => {
      seen.push(v);
      return true;
    };
    const { s, out, push } = scanner(';', { column: 0, accept, prefixes: { length: 5, firstTwo: ['63', '42'] } });
    push('74010;a\n63430;b\n42295;c\n6343;d\n743000;e\n');
    expect(out.map((e) => e.record)).toEqual(['63430;b', '42295;c', '6343;d', '743000;e']);
    expect(seen).toEqual(['63430', '42295', '6343', '743000']);
    expect(s.dropped).toBe(1);
  });

  it('donne le texte décodé seulement quand la plupart des octets sont gardés', () => {
    const most = scanner(';', { column: 0, accept: (v) => v !== 'b' });
    most.push('a;é\nb;x\nc;y\n');
    expect(most.out.map((e) => e.text)).toEqual(['a;é', 'c;y']);
    const few = scanner(';', { column: 0, accept: (v) => v === 'a' });
    few.push('a;1\nbbbbbbbbbb;2\n');
    expect(few.out).toEqual([{ record: 'a;1', line: 1, bounds: { count: 2, delimiters: [1], simple: true } }]);
  });
});

describe('un enregistrement trop long', () => {
  it('s’arrête au-delà d’un mégaoctet sans fin de ligne, et dit sa première ligne', () => {
    const { s, out, push } = scanner();
    push('a\nb\n');
    push(Buffer.alloc(MAX_RECORD_BYTES / 2, 0x61));
    expect(s.overlong).toBeUndefined();
    push(Buffer.alloc(MAX_RECORD_BYTES / 2, 0x61));
    expect(s.overlong).toBeUndefined();
    push('x');
    expect(s.overlong).toEqual({ line: 3, carriageReturns: false });
    push('\nc\n');
    expect(out.map((e) => e.record)).toEqual(['a', 'b']);
    expect(s.rest().record.length).toBe(0);
  });

  it('dit quand les lignes finissent par un retour chariot seul', () => {
    const { s, push } = scanner();
    push(Buffer.from('a;b\r'.repeat(300_000)));
    expect(s.overlong).toEqual({ line: 1, carriageReturns: true });
  });
});
