/**
 * Reads `cotation.yaml` from a territory folder (build and check only: this file uses node:fs and is
 * never imported by the browser island).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readUtf8File } from '../diagnostics/index.ts';
import { parseGrid, type ParsedGrid } from './parse.ts';

/** Name of the grid file in a territory folder. */
export const GRID_FILE = 'cotation.yaml';

/** Loads the territory's grid; no file is not an error (the cotation pages are then not built). */
export function loadCotationGrid(territoryDir: string, displayRoot?: string): ParsedGrid {
  const file = join(territoryDir, GRID_FILE);
  if (!existsSync(file)) return { diagnostics: [] };
  const display = displayRoot ? relative(displayRoot, file) || file : file;
  const read = readUtf8File(file, display);
  return read.diagnostic ? { diagnostics: [read.diagnostic] } : parseGrid(display, read.text);
}
