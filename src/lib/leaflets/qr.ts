/**
 * QR codes as vector squares: the `qrcode` package computes the matrix, we draw it ourselves so the PDF
 * holds sharp vectors (no bitmap) and the HTML version gets the same code as an SVG path.
 */
import QRCode from 'qrcode';

/** The dark modules of a QR code, row by row, with the quiet zone left to the caller. */
export interface QrMatrix {
  /** Number of modules on one side. */
  size: number;
  /** True where a module is dark, index = row × size + column. */
  dark: boolean[];
}

/** Computes the QR matrix of `text` with medium error correction (readable on a creased sheet). */
export function qrMatrix(text: string): QrMatrix {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const dark: boolean[] = [];
  for (let i = 0; i < size * size; i++) dark.push(code.modules.data[i] === 1);
  return { size, dark };
}

/**
 * SVG path of the dark modules in module units (one `M x y h1 v1 h-1 z` per run of dark modules on a
 * row), for the HTML version: draw it in a `viewBox="-4 -4 size+8 size+8"` to keep the quiet zone.
 */
export function qrSvgPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark[y * m.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark[y * m.size + x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}
