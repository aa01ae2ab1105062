/**
 * The grid leaflet of each demo territory fits 4 A4 pages, says first that only one criterion counts per
 * topic (one housing situation, one reason), and still lists every criterion of the grid with its points.
 */
import { describe, expect, test } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { prepareDataset } from '../../scripts/prepare.ts';
import { cotationLeaflet, renderLeafletPdf } from '../../src/lib/leaflets/index.ts';

/** One space for every run of spaces and line breaks: PDF text breaks lines anywhere. */
const flat = (t: string) => t.replace(/\s+/g, ' ');

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])('plaquette de la grille de %s', (slug) => {
  test('4 pages A4 au plus, la règle d’un seul critère par sujet d’abord, chaque critère ensuite', async () => {
    const prepared = await prepareDataset(slug);
    const grid = prepared.dataset!.cotation.grid!;
    const { bytes, pages } = await renderLeafletPdf(cotationLeaflet(prepared.dataset!)!);
    expect(pages).toBeLessThanOrEqual(4);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBe(pages);
    const text = flat((await extractText(pdf, { mergePages: true })).text);
    const rule = text.indexOf('un seul critère compte');
    expect(rule).toBeGreaterThan(0);
    expect(text).toContain('la situation de logement');
    for (const c of grid.criteria) {
      const at = text.indexOf(flat(c.label.replace(/[.\s]+$/, '')));
      expect(at, c.id).toBeGreaterThan(rule);
    }
    // Preparing a dataset runs the statistical-secrecy audit: up to a few minutes on a busy machine.
  }, 300_000);
});
