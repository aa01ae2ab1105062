/**
 * A workbook is a zip archive: a file of a few megabytes can unpack into gigabytes (a "zip bomb") and
 * exhaust the memory of the machine that builds the site. Before a workbook is opened, the sizes its
 * table of contents declares are checked; the reader is never started on an archive that is too big
 * once unpacked, or compressed far more than a real spreadsheet.
 */
import type { Diagnostic } from '../diagnostics/index.ts';

/** Largest unpacked workbook read: a national demand table is a few hundred megabytes at most. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** Highest compression ratio of a large part: real sheets stay far below (about 10 to 30). */
export const MAX_RATIO = 200;
/** Parts smaller than this are not judged on their ratio (a small, very regular part is normal). */
const RATIO_FROM_BYTES = 20 * 1024 * 1024;

interface ZipEntry {
  path: string;
  compressedSize: number;
  uncompressedSize: number;
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('fr-FR')} Mo`;

/**
 * An error when the archive at `path` unpacks into more than MAX_UNPACKED_BYTES, or has a large part
 * compressed more than MAX_RATIO times; undefined otherwise (an unreadable archive is left to the reader,
 * which says it in French).
 */
export async function zipBombDiagnostic(path: string, display: string): Promise<Diagnostic | undefined> {
  let entries: ZipEntry[];
  try {
    // Loaded here, with the workbook reader: a CSV never loads it.
    const { default: unzipper } = await import('unzipper');
    entries = (await unzipper.Open.file(path)).files;
  } catch {
    return undefined;
  }
  const at = (message: string): Diagnostic => ({
    file: display,
    line: 1,
    column: 1,
    severity: 'error',
    message,
    hint: 'ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le de nouveau, ou exportez la feuille en CSV',
  });
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNPACKED_BYTES)
    return at(
      `classeur refusé : une fois décompressé, il ferait ${megabytes(total)}, plus que la limite de ${megabytes(MAX_UNPACKED_BYTES)}`,
    );
  const packed = entries.find(
    (e) => e.uncompressedSize >= RATIO_FROM_BYTES && e.uncompressedSize > MAX_RATIO * Math.max(1, e.compressedSize),
  );
  if (packed)
    return at(
      `classeur refusé : sa partie « ${packed.path.slice(0, 80)} » se décompresse ${Math.round(packed.uncompressedSize / Math.max(1, packed.compressedSize)).toLocaleString('fr-FR')} fois, ce qu’aucun vrai classeur ne fait`,
    );
  return undefined;
}
