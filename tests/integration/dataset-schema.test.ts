/** The dataset file the build writes is checked when the pages read it back. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildDataset, loadFigures, parseDatasetFile } from '../../src/lib/dataset/index.ts';
import { loadTerritory } from '../../src/lib/territory/index.ts';

const territoriesDir = resolve('tests/fixtures/data/territories');

let computed: Promise<string> | undefined;
/** The dataset of a fixture territory as the build writes it (computed once for the file). */
function datasetText(): Promise<string> {
  computed ??= (async () => {
    const territory = loadTerritory('petit-territoire', { territoriesDir }).territory!;
    const { figures } = await loadFigures(territory, { cacheDir: false });
    if (!figures) throw new Error('chiffres du territoire de test absents');
    return JSON.stringify(buildDataset(territory, figures));
  })();
  return computed;
}

describe('jeu de données relu par les pages', () => {
  it('accepte le jeu de données produit par le pipeline, tel quel', async () => {
    const text = await datasetText();
    expect(parseDatasetFile(text, 'dataset.json')).toEqual(JSON.parse(text));
  });

  it('refuse une cellule qui n’est ni un nombre ni une cellule masquée, en nommant le fichier et la place', async () => {
    const data = JSON.parse(await datasetText()) as {
      demand: Record<string, { territory: { total: Record<string, unknown> } }>;
    };
    const year = Object.keys(data.demand)[0]!;
    data.demand[year]!.territory.total.pending = '12';
    expect(() => parseDatasetFile(JSON.stringify(data), '/tmp/x/dataset.json')).toThrow(
      new RegExp(`/tmp/x/dataset\\.json non conforme[^]*demand\\.${year}\\.territory\\.total\\.pending`),
    );
  });

  it('refuse une clé de premier niveau manquante ou un fichier qui n’est pas du JSON', async () => {
    const data = JSON.parse(await datasetText()) as Record<string, unknown>;
    delete data.stock;
    expect(() => parseDatasetFile(JSON.stringify(data), 'dataset.json')).toThrow(
      /stock : valeur de type record attendue/,
    );
    expect(() => parseDatasetFile('{', 'dataset.json')).toThrow(/dataset\.json illisible : JSON attendu/);
  });
});
