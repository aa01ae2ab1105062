/**
 * The ceilings page of the guide: the table of the territory's zone, a kind of home without amounts said
 * once in a sentence, several zones as one PLUS table. Amounts written by hand from the 2026 annexe I.
 */
import { describe, expect, it } from 'vitest';
import { ceilingsSection } from '../../src/lib/leaflets/index.ts';
import { eligibilityData, type YearCeilings } from '../../src/lib/eligibility/index.ts';
import type { TerritoryDataset } from '../../src/lib/dataset/index.ts';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

const year: YearCeilings = {
  year: 2026,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  source: 'Arrêté du 19 décembre 2025',
  plus: {
    paris: [26920, 40233, 52740, 62968, 74919, 84304, 9394],
    'ile-de-france': [26920, 40233, 48362, 57930, 68577, 77171, 8598],
    'autres-regions': [23403, 31254, 37584, 45374, 53376, 60156, 6710],
  },
};

/** Just what the section reads from a dataset. */
const datasetOf = (communes: { code: string; name: string }[]) =>
  ({
    settings: { siteUrl: 'https://logement.exemple.fr' },
    eligibility: eligibilityData(year, communes, 2026),
  }) as unknown as TerritoryDataset;

describe('page des plafonds du guide', () => {
  it('un territoire d’une seule zone : PLUS et PLS, le PLAI manquant dit une fois', () => {
    const [section] = ceilingsSection(datasetOf([{ code: '63430', name: 'Thiers' }]));
    const table = section!.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      caption: 'Plafonds par an, zone « Autres régions »',
      headers: ['Votre foyer', 'Logements sociaux ordinaires (PLUS)', 'Loyers un peu plus hauts (PLS)'],
    });
    if (table?.kind !== 'table') throw new Error('pas de tableau');
    expect(table.rows.map((r) => [r.header, ...r.cells.map(plain)])).toEqual([
      ['1 personne', '23 403 euros', '30 424 euros'],
      ['2 personnes', '31 254 euros', '40 630 euros'],
      ['3 personnes', '37 584 euros', '48 859 euros'],
      ['4 personnes', '45 374 euros', '58 986 euros'],
      ['5 personnes', '53 376 euros', '69 389 euros'],
      ['6 personnes', '60 156 euros', '78 203 euros'],
      ['Par personne en plus', '+ 6 710 euros', '+ 8 723 euros'],
    ]);
    const texts = section!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('Loyers les plus bas, PLAI : demandez le plafond au guichet.');
    expect(texts).toContain('Source : Arrêté du 19 décembre 2025.');
    expect(texts).toContain('Faites le calcul pour votre foyer sur le site : https://logement.exemple.fr/ai-je-droit/');
    expect(section!.newPage).toBe(true);
  });

  it('un territoire à cheval sur deux zones : les plafonds PLUS de chaque zone', () => {
    const [section] = ceilingsSection(
      datasetOf([
        { code: '93048', name: 'Montreuil' },
        { code: '93010', name: 'Bondy' },
      ]),
    );
    const table = section!.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('pas de tableau');
    expect(table.headers).toEqual([
      'Votre foyer',
      'Paris et communes limitrophes',
      'Île-de-France hors Paris et communes limitrophes',
    ]);
    expect(table.rows[2]!.cells.map(plain)).toEqual(['52 740 euros', '48 362 euros']);
  });

  it('sans plafonds dans le jeu de données : pas de page', () => {
    expect(ceilingsSection({ settings: {} } as unknown as TerritoryDataset)).toEqual([]);
  });
});
