/**
 * Leaflets benchmark: time to generate every leaflet PDF of the 30-commune default territory,
 * and of a synthetic 300-commune territory (the default one's communes repeated under new codes, with
 * synthetic figures). Targets: under 15 s and under 120 s on the project machine. Prints, never asserts.
 */
import { performance } from 'node:perf_hooks';
import type { BenchSection } from './section.ts';
import { prepareDataset } from '../prepare.ts';
import { generateLeaflets } from '../../src/lib/leaflets/index.ts';
import type { TerritoryDataset } from '../../src/lib/dataset/index.ts';
import { formatDecimal } from '../../src/lib/format/index.ts';
import { withSyntheticFigures } from '../../tests/fixtures/leaflets/synthetic-figures.ts';

/** A territory of `count` communes made from the default one's (codes and slugs made unique). */
function synthetic(base: TerritoryDataset, count: number): TerritoryDataset {
  const communes = Array.from({ length: count }, (_, i) => {
    const c = base.communes[i % base.communes.length]!;
    const round = Math.floor(i / base.communes.length);
    return round === 0
      ? c
      : {
          ...c,
          code: `9${String(i).padStart(4, '0')}`,
          name: `${c.name} ${round + 1}`,
          slug: `${c.slug}-${round + 1}`,
        };
  });
  const centres = { ...base.deskExtras.communeCentres };
  for (const [i, c] of communes.entries())
    centres[c.code] ??= base.deskExtras.communeCentres[base.communes[i % base.communes.length]!.code]!;
  return withSyntheticFigures({ ...base, communes, deskExtras: { ...base.deskExtras, communeCentres: centres } });
}

async function timed(
  dataset: TerritoryDataset,
): Promise<{ seconds: number; files: number; bytes: number; pages: number }> {
  const t0 = performance.now();
  const all = await generateLeaflets(dataset);
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    files: all.length,
    bytes: all.reduce((s, l) => s + l.bytes.length, 0),
    pages: all.reduce((s, l) => s + l.pages, 0),
  };
}

/** `npm run bench -- --only leaflets`. */
export const leafletsBench: BenchSection = {
  name: 'leaflets',
  title: 'Plaquettes PDF : génération de toutes les plaquettes',
  async run({ log }) {
    const prepared = await prepareDataset('thiers-dore-montagne');
    if (!prepared.dataset) throw new Error('territoire par défaut invalide');
    const real = await timed(prepared.dataset);
    log(
      `Thiers Dore et Montagne, ${prepared.dataset.communes.length} communes : ${real.files} PDF, ${real.pages} pages, ${Math.round(real.bytes / 1024)} Ko en ${formatDecimal(real.seconds)} s (objectif : moins de 15 s)`,
    );
    const big = synthetic(prepared.dataset, 300);
    const synth = await timed(big);
    log(
      `Territoire synthétique, 300 communes : ${synth.files} PDF, ${synth.pages} pages, ${Math.round(synth.bytes / 1024)} Ko en ${formatDecimal(synth.seconds)} s (objectif : moins de 120 s)`,
    );
  },
};
