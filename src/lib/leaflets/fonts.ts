/**
 * Font files embedded in the PDFs: Atkinson Hyperlegible Next (designed for low-vision readers, SIL OFL),
 * the same family as the site, read from the @fontsource package so that every machine that ran
 * `npm ci` builds the same bytes. Fontsource ships WOFF: we unpack it to TrueType once, and PDFKit
 * embeds a TrueType subset of the glyphs used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * The two weights the leaflets use: one family only (RLS 1.3), bold for emphasis (RLS 1.2). Parsed fonts
 * (fontkit objects, which PDFKit accepts), shared by every document of the process: each document still
 * makes its own subset.
 */
export interface LeafletFonts {
  regular: PDFKit.Mixins.PDFFontSource;
  bold: PDFKit.Mixins.PDFFontSource;
}

// fontkit is PDFKit's own font reader: load the copy PDFKit uses, so the objects are the kind it expects.
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
  create(buffer: Uint8Array): PDFKit.Mixins.PDFFontSource;
};

let cached: LeafletFonts | undefined;

function fontFile(weight: 400 | 700): Buffer {
  return woffToSfnt(
    readFileSync(
      require.resolve(
        `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
      ),
    ),
  );
}

/**
 * Unpacks a WOFF 1 file into the TrueType/OpenType font it wraps (W3C WOFF 1.0 §4–5), once per process:
 * fontkit would otherwise inflate the tables with a pure-JavaScript zlib for every PDF, which was most
 * of the generation time (see `npm run bench`).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(t.tag, record);
    header.writeUInt32BE(t.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(t.data.length, record + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** Loads the font files once per process. */
export function leafletFonts(): LeafletFonts {
  cached ??= { regular: fontkit.create(fontFile(400)), bold: fontkit.create(fontFile(700)) };
  return cached;
}

/**
 * Replaces characters the font subset lacks by their closest equivalent: the narrow no-break space of
 * French number formatting (U+202F) becomes a no-break space, which the font has.
 */
export function printableText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}
