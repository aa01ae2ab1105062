/**
 * Communes named without their INSEE code (SNE exports): the name key and its matching, written by hand with
 * real commune names and codes. Kills the mutants of src/lib/mapping/names.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { CommuneNames, nameKey } from '../../src/lib/mapping/index.ts';

describe('clé d’un nom de commune', () => {
  it.each([
    ['Saint-Rémy-sur-Durolle', 'saint remy sur durolle'],
    ['ST REMY SUR DUROLLE', 'saint remy sur durolle'],
    ['saint remy sur durolle', 'saint remy sur durolle'],
    ['Ste-Agathe', 'sainte agathe'],
    ['Courpière', 'courpiere'],
    ['Les Lilas', 'lilas'],
    ['Le Raincy', 'raincy'],
    ['La Courneuve', 'courneuve'],
    ["L'Haÿ-les-Roses", 'hay les roses'],
    ['L’Île-Saint-Denis', 'ile saint denis'],
    ['Œuilly', 'oeuilly'],
    ['Saint-Denis (93)', 'saint denis'],
    ['Saint-Denis ( 974 )', 'saint denis'],
    ['  Thiers_  ', 'thiers'],
    ['Bourg.de.Péage', 'bourg de peage'],
    ['Lesparre', 'lesparre'],
  ])('« %s » → « %s »', (raw, key) => {
    expect(nameKey(raw)).toBe(key);
  });
});

describe('communes nommées', () => {
  const names = new CommuneNames(['63430', '63125', '63393', '93066', '97411']);

  it('une commune du territoire, écrite de plusieurs façons', () => {
    expect(names.match('ST REMY SUR DUROLLE')).toEqual({ kind: 'member', code: '63393' });
    expect(names.match('Thiers')).toEqual({ kind: 'member', code: '63430' });
  });

  it('deux communes du territoire du même nom : le département entre parenthèses les départage', () => {
    expect(names.match('Saint-Denis')).toEqual({
      kind: 'ambiguous',
      candidates: ['Saint-Denis (93066)', 'Saint-Denis (97411)'],
    });
    expect(names.match('Saint-Denis (93)')).toEqual({ kind: 'member', code: '93066' });
    expect(names.match('Saint-Denis (974)')).toEqual({ kind: 'member', code: '97411' });
  });

  it('une commune française hors du territoire, et un nom inconnu avec les trois plus proches', () => {
    expect(names.match('Le Raincy')).toEqual({ kind: 'outside' });
    expect(names.match('Thier')).toEqual({ kind: 'unknown', closest: ['Thiers', 'Courpière', 'Saint-Denis'] });
  });
});
