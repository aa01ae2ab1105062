/**
 * Progress bar for long reads (RPLS national files): bytes, rows and rows kept for the territory. Printed
 * on stderr only when it is a terminal, and only for files over 10 MB, so logs and tests stay clean.
 */
import type { Progress } from '../src/lib/sources/index.ts';

const mb = (n: number) => (n / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 0 });

/** A progress callback for `loadFigures`, or undefined when stderr is not a terminal. */
export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
): ((file: string, p: Progress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let shown = '';
  return (file, p) => {
    if (p.totalBytes < 10e6) return; // short reads need no bar
    const ratio = p.totalBytes ? p.bytes / p.totalBytes : 1;
    const width = 20;
    const done = Math.round(ratio * width);
    const line = `${file} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${mb(p.bytes)}/${mb(p.totalBytes)} Mo, ${p.rows.toLocaleString('fr-FR')} lignes, ${p.kept.toLocaleString('fr-FR')} du territoire`;
    if (line === shown) return;
    shown = line;
    stream.write(`\r${line}\x1b[K${ratio >= 1 ? '\n' : ''}`);
  };
}
