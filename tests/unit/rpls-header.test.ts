/**
 * The header of an RPLS file (src/lib/rpls/header.ts): the weight column whatever its spaces and case, and
 * the message of a missing column when no title is close to it. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { readRplsHeader } from '../../src/lib/rpls/index.ts';
import { NATIONAL_HEADER } from '../helpers/national-file.ts';

const column = (i: number) => i * 10 + 1;

describe('ligne des titres du RPLS', () => {
  it('la colonne du nombre de logements, avec des espaces ou en majuscules', () => {
    expect(readRplsHeader([...NATIONAL_HEADER, ' NB '], 1, column, 'rpls.csv').weight).toBe(16);
    expect(readRplsHeader(['Nb', ...NATIONAL_HEADER], 1, column, 'rpls.csv').weight).toBe(0);
    expect(readRplsHeader(NATIONAL_HEADER, 1, column, 'rpls.csv').weight).toBe(-1);
  });

  it('une colonne absente sans titre proche : où la mettre, sans deviner', () => {
    // DPEENERGIE and DPESERRE removed: no title is within 4 letters of DPEENERGIE.
    const names = NATIONAL_HEADER.filter((n) => !n.startsWith('DPE'));
    expect(readRplsHeader(names, 1, column, 'rpls.csv').missing).toEqual([
      {
        file: 'rpls.csv',
        line: 1,
        column: 1,
        severity: 'error',
        message:
          'colonne « DPEENERGIE » absente (étiquette énergie) : le fichier ressemble au format RPLS DiDo, 2022 et après, noms en majuscules',
        hint: 'ajoutez la colonne « DPEENERGIE » ou utilisez le fichier tel que publié par le SDES',
      },
    ]);
  });
});
