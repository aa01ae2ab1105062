/**
 * From raw RPLS values to the published categories, value by value. Expected categories are written by hand
 * from the RPLS dictionary (reference/data-formats.md §a.5), including the bounds: these tests are what
 * kills the mutants of src/lib/rpls/classify.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import {
  buildingKindOf,
  detectShape,
  energyOf,
  financingOf,
  inQpv,
  periodOf,
  typologyOf,
} from '../../src/lib/rpls/index.ts';

describe('RPLS : nombre de pièces → taille de logement', () => {
  it.each([
    ['1', 'T1'],
    ['2', 'T2'],
    ['3', 'T3'],
    ['4', 'T4'],
    ['5', 'T5+'],
    ['6', 'T5+'],
    ['12', 'T5+'],
    [' 3 ', 'T3'],
    ['4,0', 'T4'],
    ['2.0', 'T2'],
  ])('« %s » pièces → %s', (rooms, typology) => {
    expect(typologyOf(rooms)).toBe(typology);
  });

  it.each(['0', '-1', '2,5', '1.5', 'abc', 'T3'])('« %s » pièces : aucune taille', (rooms) => {
    expect(typologyOf(rooms)).toBeUndefined();
  });
});

describe('RPLS : type de construction', () => {
  it.each([
    ['C', 'collectif'],
    ['c', 'collectif'],
    [' C ', 'collectif'],
    ['Collectif', 'collectif'],
    ['I', 'individuel'],
    ['i', 'individuel'],
    ['Individuel', 'individuel'],
    ['E', 'etudiant'],
    ['e', 'etudiant'],
    ['Étudiant', 'etudiant'],
    ['etudiant', 'etudiant'],
    ['logement étudiant', 'etudiant'],
    ['logement etudiant', 'etudiant'],
  ])('« %s » → %s', (raw, kind) => {
    expect(buildingKindOf(raw)).toBe(kind);
  });

  it.each(['', 'X', 'maison', 'co', 'ind'])('« %s » : inconnu', (raw) => {
    expect(buildingKindOf(raw)).toBeUndefined();
  });
});

describe('RPLS : période de construction (bornes 1979 et 2008)', () => {
  it.each([
    ['1900', 'avant-1979'],
    ['1978', 'avant-1979'],
    ['1979', '1979-2007'],
    ['2007', '1979-2007'],
    ['2008', 'depuis-2008'],
    ['2023', 'depuis-2008'],
    [' 1990 ', '1979-2007'],
    ['1978,0', 'avant-1979'],
    ['2008.00', 'depuis-2008'],
    ['1000', 'avant-1979'],
  ])('« %s » → %s', (year, period) => {
    expect(periodOf(year)).toBe(period);
  });

  it.each(['', '999', '0', 'inconnue', '1990,5', '19x0'])('« %s » → inconnue', (year) => {
    expect(periodOf(year)).toBe('inconnue');
  });
});

describe('RPLS : famille de financement (FINAN_CODE)', () => {
  it.each([
    ['10', 'PLAI'],
    ['11', 'PLAI'],
    ['12', 'PLUS'],
    ['13', 'PLUS'],
    ['14', 'PLS'],
    ['16', 'PLI'],
    ['50', 'anciens'],
    ['53', 'anciens'],
    ['55', 'anciens'],
    ['99', 'anciens'],
    [' 13 ', 'PLUS'],
    ['13,0', 'PLUS'],
    ['10.00', 'PLAI'],
    ['15', 'autre'],
    ['17', 'autre'],
    ['49', 'autre'],
    ['56', 'autre'],
    ['98', 'autre'],
    ['9', 'autre'],
    ['', 'autre'],
    ['PLUS', 'autre'],
  ])('« %s » → %s', (code, family) => {
    expect(financingOf(code)).toBe(family);
  });
});

describe('RPLS : étiquette énergie', () => {
  it.each([
    ['A', 'A'],
    ['d', 'D'],
    [' G ', 'G'],
    ['', 'inconnu'],
    ['H', 'inconnu'],
    ['AB', 'inconnu'],
    ['NC', 'inconnu'],
    ['xA', 'inconnu'],
    ['Ax', 'inconnu'],
  ])('« %s » → %s', (raw, label) => {
    expect(energyOf(raw)).toBe(label);
  });
});

describe('RPLS : quartier prioritaire', () => {
  it('anciens fichiers : seul « 1 » est en QPV', () => {
    expect(inQpv('1', 'one-two')).toBe(true);
    expect(inQpv(' 1 ', 'one-two')).toBe(true);
    expect(inQpv('2', 'one-two')).toBe(false);
    expect(inQpv('', 'one-two')).toBe(false);
    expect(inQpv('QN06301M', 'one-two')).toBe(false);
  });

  it('fichiers DiDo : un code non vide est en QPV, sauf « 0 » et « hors QPV »', () => {
    expect(inQpv('QN06301M', 'code-present')).toBe(true);
    expect(inQpv('1', 'code-present')).toBe(true);
    expect(inQpv('', 'code-present')).toBe(false);
    expect(inQpv('   ', 'code-present')).toBe(false);
    expect(inQpv('0', 'code-present')).toBe(false);
    expect(inQpv(' 0 ', 'code-present')).toBe(false);
    expect(inQpv('Hors QPV', 'code-present')).toBe(false);
    expect(inQpv('HORS QPV', 'code-present')).toBe(false);
  });
});

describe('RPLS : forme du fichier reconnue à sa ligne de titres', () => {
  it('les titres sont lus sans les espaces autour ni la casse', () => {
    const { shape, index } = detectShape([
      ' depcom ',
      'NbPiece',
      'SURFHAB ',
      'construct',
      'TYPECONST_CODE',
      'finan_code',
      'DPEENERGIE',
      ' QPV_CODE',
    ]);
    expect(shape.id).toBe('dido');
    expect(index).toEqual({ commune: 0, rooms: 1, surface: 2, year: 3, kind: 4, financing: 5, energy: 6, qpv: 7 });
  });

  it('une colonne absente a la position -1', () => {
    const { shape, index } = detectShape(['DEPCOM', 'NBPIECE', 'TYPECONST', 'FINAN', 'QPV']);
    expect(shape.id).toBe('regional');
    expect(index).toEqual({ commune: 0, rooms: 1, surface: -1, year: -1, kind: 2, financing: 3, energy: -1, qpv: 4 });
  });

  it('à égalité, la forme la plus récente (la première) l’emporte', () => {
    expect(detectShape(['DEPCOM', 'NBPIECE', 'SURFHAB', 'CONSTRUCT', 'DPEENERGIE']).shape.id).toBe('dido');
  });

  it('depcom_code en minuscules départage la copie data.gouv.fr du fichier DiDo', () => {
    const header = [
      'depcom_code',
      'depcom',
      'nbpiece',
      'surfhab',
      'construct',
      'typeconst_code',
      'finan_code',
      'dpeenergie',
      'qpv_code',
    ];
    const { shape, index } = detectShape(header);
    expect(shape.id).toBe('dido-minuscules');
    expect(index.commune).toBe(0);
    // Le même en majuscules n'a pas droit au départage : DiDo, la première forme, l'emporte.
    expect(detectShape(header.map((h) => h.toUpperCase())).shape.id).toBe('dido');
  });
});

describe('RPLS : valeurs écrites autrement (un tableur, un export refait)', () => {
  it.each([
    ['Étud.', 'etudiant'],
    ['etud.', 'etudiant'],
    ['Étudiants', 'etudiant'],
  ])('type « %s » → %s', (value, kind) => expect(buildingKindOf(value)).toBe(kind));
  it.each([
    // A whole number written with decimals is the same code, before or after spaces…
    ['13,00', 'PLUS'],
    ['13,0 ', 'PLUS'],
    ['14.0', 'PLS'],
    // …but a number with other decimals is no code at all.
    ['1,02', 'autre'],
    ['10,5', 'autre'],
  ])('financement « %s » → %s', (code, family) => expect(financingOf(code)).toBe(family));
  it.each([
    ['1990,00', '1979-2007'],
    ['1990,0 ', '1979-2007'],
    ['2008.0', 'depuis-2008'],
    ['1990,05', 'inconnue'],
    ['1978,5', 'inconnue'],
  ])('année « %s » → %s', (year, period) => expect(periodOf(year)).toBe(period));
});
