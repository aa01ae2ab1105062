/**
 * Font files embedded in the PDFs: Atkinson Hyperlegible Next (designed for low-vision readers, SIL OFL),
 * the same family as the site, read from the @fontsource package so that every machine that ran
 * `npm ci` builds the same bytes. Fontsource ships WOFF; PDFKit (fontkit) reads it and embeds a
 * TrueType subset of the glyphs used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The two weights the leaflets use: one family only (RLS 1.3), bold for emphasis (RLS 1.2). */
export interface LeafletFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: LeafletFonts | undefined;

function fontFile(weight: 400 | 700): Buffer {
  return readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`));
}

/** Loads the font files once per process. */
export function leafletFonts(): LeafletFonts {
  cached ??= { regular: fontFile(400), bold: fontFile(700) };
  return cached;
}

/**
 * Replaces characters the font subset lacks by their closest equivalent: the narrow no-break space of
 * French number formatting (U+202F) becomes a no-break space, which the font has.
 */
export function printableText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}
