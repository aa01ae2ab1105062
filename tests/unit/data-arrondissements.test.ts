/**
 * Paris, Lyon and Marseille come by municipal arrondissement in national files (DEPCOM_ARM of the SDES
 * commune results, commune codes of the RPLS, demand tables): their figures add up to the commune's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommuneIndicators, readMappedDemand, resolveMapping, PRESETS } from '../../src/lib/mapping/index.ts';
import { readRpls } from '../../src/lib/rpls/index.ts';
import { CommuneMatcher } from '../../src/lib/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'arrondissements-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('arrondissements municipaux', () => {
  it(
    'un arrondissement compte pour sa commune, celui d’une commune hors du territoire est dehors',
    { timeout: 60_000 },
    () => {
      const m = new CommuneMatcher(['75056', '13055']);
      expect(m.match('75113')).toEqual({ kind: 'arrondissement', code: '75056', from: '75113' });
      expect(m.match('13216')).toEqual({ kind: 'arrondissement', code: '13055', from: '13216' });
      expect(m.accepts('75120')).toBe(true);
      expect(m.match('69381')).toEqual({ kind: 'outside' });
      expect(m.accepts('69381')).toBe(false);
    },
  );

  it('les résultats du SDES par arrondissement donnent la commune, taux pondérés par les logements', async () => {
    const p = file(
      'communes.csv',
      [
        'DEPCOM_ARM;LIBCOM;nb_ls;tx_mob;tx_vac;tx_vac3;loymoy;tx_mob_2021',
        '75101;Paris 1er;1000;5;2;1;10;4',
        '75102;Paris 2e;3000;9;4;2;12;8',
        '93001;Aubervilliers;20000;6;3;1;7;6',
      ].join('\n'),
    );
    const r = await readCommuneIndicators(p, PRESETS['sdes-communes'], {
      display: 'communes.csv',
      communes: ['75056'],
      millesime: 2023,
      siren: '200054781',
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const paris = r.communes.get('75056')!;
    expect(paris.dwellings).toBe(4000);
    expect(paris.mobility).toBeCloseTo((5 * 1000 + 9 * 3000) / 4000, 10);
    expect(paris.vacancy).toBeCloseTo(3.5, 10);
    expect(paris.rent).toBeCloseTo(11.5, 10);
    expect(paris.history['2021']!.mobility).toBeCloseTo(7, 10);
    expect([...r.communes.keys()]).toEqual(['75056']);
  });

  it('un taux caché dans un arrondissement cache celui de la commune', async () => {
    const p = file('cache.csv', ['DEPCOM_ARM;nb_ls;tx_mob;loymoy', '69381;500;s;9', '69382;700;7;10'].join('\n'));
    const r = await readCommuneIndicators(p, PRESETS['sdes-communes'], {
      display: 'cache.csv',
      communes: ['69123'],
      millesime: 2023,
      siren: '200046977',
    });
    const lyon = r.communes.get('69123')!;
    expect(lyon.mobility).toBe('source');
    expect(lyon.rent).toBeCloseTo((9 * 500 + 10 * 700) / 1200, 10);
  });

  it('les logements du RPLS donnés par arrondissement sont comptés dans la commune, sans avertissement', async () => {
    const head = 'DEPCOM;NBPIECE;SURFHAB;CONSTRUCT;TYPECONST;FINAN;DPEENERGIE;QPV';
    const p = file(
      'rpls.csv',
      [
        head,
        '13201;2;45;1970;C;13;C;',
        '13216;3;60;1980;C;13;D;',
        '13055;1;30;1990;C;13;B;',
        '83137;1;30;1990;C;13;B;',
      ].join('\n'),
    );
    const r = await readRpls(p, { display: 'rpls.csv', communes: ['13055'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.stock.get('13055')!.total).toBe(3);
  });

  it('les demandes par arrondissement s’additionnent ; le délai moyen est pondéré par les attributions', async () => {
    const p = file(
      'demandes.csv',
      [
        'millesime;code_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois',
        '2023;75101;T2;100;20;10;2;30',
        '2023;75102;T2;300;50;30;6;50',
        '2023;75102;T3;40;s;4;1;',
      ].join('\n'),
    );
    const r = await readMappedDemand(p, resolveMapping('demande-projet', undefined, undefined), {
      display: 'demandes.csv',
      communes: ['75056'],
      millesime: 2023,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.rows.get('75056')!.get('T2')).toMatchObject({
      pending: 400,
      pendingTransfers: 70,
      attributions: 40,
      attributionTransfers: 8,
      averageDelayMonths: 45,
    });
    expect(r.rows.get('75056')!.get('T3')).toMatchObject({ pending: 40, pendingTransfers: 'source' });
  });
});
