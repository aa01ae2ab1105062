/**
 * Small pieces of the declared mappings (src/lib/mapping): finding a column by its header, reading a size
 * written in a cell, and the indicators of a whole from those of its parts. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  CommuneNames,
  PRESETS,
  combineTurnover,
  nameKey,
  parseTypology,
  resolveMapping,
  type RawTurnover,
} from '../../src/lib/mapping/index.ts';
import { findColumn, headerKey, hintsOf, isPrefixText, matchColumn } from '../../src/lib/mapping/header.ts';

describe('headers compared without case, accents, apostrophes or spaces', () => {
  it('reduces a header', () => {
    expect(headerKey('  Nombre d’attributions   en\t2023 ')).toBe("nombre d'attributions en 2023");
    expect(headerKey('ÉCHELLE `A`')).toBe("echelle 'a'");
    expect(headerKey('Libellé')).toBe('libelle');
  });

  it('reads a final star as « starts with »', () => {
    expect(isPrefixText('Demandes au *  ')).toBe(true);
    expect(isPrefixText('Demandes')).toBe(false);
    expect(isPrefixText('*Demandes')).toBe(false);
  });

  const headers = ['Commune', 'Demandes en cours au 31/12/2024', 'Attributions', 'Attributions T1', 'Attributions T2'];

  it('finds a header equal to a text, the first text that matches winning', () => {
    expect(matchColumn(headers, ['attributions'])).toEqual({ index: 2 });
    expect(matchColumn(headers, ['communes', 'COMMUNE'])).toEqual({ index: 0 });
    expect(matchColumn(headers, ['Attributions', 'Commune'])).toEqual({ index: 2 });
    expect(findColumn(headers, ['Attributions T2'])).toBe(4);
  });

  it('finds the one header that starts with a starred text', () => {
    expect(matchColumn(headers, ['Demandes en cours*'])).toEqual({ index: 1 });
    expect(matchColumn(headers, ['Zzz*', 'commune'])).toEqual({ index: 0 });
    expect(matchColumn(headers, ['Zzz*'])).toStrictEqual({ index: -1 });
  });

  it('refuses to guess between two headers that start with the text', () => {
    expect(matchColumn(headers, ['Attributions T*', 'Commune'])).toEqual({
      index: -1,
      ambiguous: { text: 'Attributions T*', headers: ['Attributions T1', 'Attributions T2'] },
    });
    expect(findColumn(headers, ['Attributions T*'])).toBe(-1);
  });

  it('says « not found » without ambiguity', () => {
    expect(matchColumn(headers, ['Loyer'])).toStrictEqual({ index: -1 });
    expect(findColumn(headers, ['Loyer', 'Loyers'])).toBe(-1);
    expect(findColumn([], ['Commune'])).toBe(-1);
  });

  it('gives each exact text with both apostrophes as hints, never a starred text', () => {
    expect(hintsOf(["Nombre d'attributions", 'Code*', 'Libellé’s', 'Commune'])).toEqual([
      "Nombre d'attributions",
      'Nombre d’attributions',
      'Libellé’s',
      "Libellé's",
      'Commune',
    ]);
  });
});

describe('sizes written in a cell', () => {
  it.each([
    ['1', 'T1'],
    ['t3', 'T3'],
    [' T4 ', 'T4'],
    ['T5+', 'T5+'],
    ['5+', 'T5+'],
    ['T5 +', 'T5+'],
    ['T5', 'T5+'],
    ['T5 et plus', 'T5+'],
    ['t5  ou  plus', 'T5+'],
  ])('%s is %s', (cell, size) => {
    expect(parseTypology(cell)).toBe(size);
  });

  it.each(['', 'T0', 'T6', 'T12', 'XT1', 'T1 bis', 'studio', 'T5 plus'])('%s is no size', (cell) => {
    expect(parseTypology(cell)).toBeUndefined();
  });
});

describe('indicators of a whole from its parts', () => {
  const a: RawTurnover = { dwellings: 100, mobility: 10, vacancy: 2, rent: 6, history: { '2022': { mobility: 8 } } };
  const b: RawTurnover = {
    dwellings: 300,
    mobility: 6,
    vacancy: 'source',
    rent: 7,
    history: { '2022': { mobility: 12 }, '2021': { mobility: 5 } },
  };

  it('keeps a single part as it is', () => {
    expect(combineTurnover([a])).toBe(a);
  });

  it('weights each rate by the dwellings; a hidden part hides the whole; a missing part makes it unknown', () => {
    expect(combineTurnover([a, b])).toStrictEqual({
      history: { '2022': { mobility: 11 } },
      dwellings: 400,
      mobility: 7,
      vacancy: 'source',
      rent: 6.75,
    });
  });

  it('leaves out a part without dwellings', () => {
    const empty: RawTurnover = { dwellings: 0, mobility: 'source', history: {} };
    expect(combineTurnover([empty, a])).toStrictEqual({
      history: { '2022': { mobility: 8 } },
      dwellings: 100,
      mobility: 10,
      vacancy: 2,
      rent: 6,
    });
    expect(combineTurnover([empty, { ...empty }])).toStrictEqual({ history: {}, dwellings: 0 });
  });

  it('says nothing of the rates when the dwellings of a part are hidden or absent', () => {
    expect(combineTurnover([a, { ...b, dwellings: 'source' }])).toStrictEqual({ history: {}, dwellings: 'source' });
    const unknown: RawTurnover = { mobility: 4, history: {} };
    expect(combineTurnover([unknown, a])).toStrictEqual({ history: {} });
  });

  it('stops at the first part that lacks a value, or that hides it', () => {
    const noRate: RawTurnover = { dwellings: 50, history: {} };
    const hidden: RawTurnover = { dwellings: 50, mobility: 'source', history: {} };
    expect(combineTurnover([noRate, hidden]).mobility).toBeUndefined();
    expect(combineTurnover([hidden, noRate]).mobility).toBe('source');
  });
});

describe('a preset adapted in territory.yaml', () => {
  it('is the preset itself, a copy, when nothing is adapted', () => {
    const m = resolveMapping('sdes-communes', undefined, undefined);
    expect(m).toEqual(PRESETS['sdes-communes']);
    expect(m).not.toBe(PRESETS['sdes-communes']);
    m.fields.nb_ls!.push('autre');
    expect(PRESETS['sdes-communes'].fields.nb_ls).toEqual(['nb_ls']);
  });

  it('takes the sheet named with the file when nothing else is adapted', () => {
    expect(resolveMapping('sdes-communes', undefined, 'Feuil1').sheet).toEqual(['Feuil1']);
    expect(resolveMapping(undefined, undefined, undefined)).toEqual({
      label: 'le tableau décrit dans territory.yaml',
      commune: {},
      fields: {},
    });
    expect(resolveMapping(undefined, undefined, 'Données')).toEqual({
      label: 'le tableau décrit dans territory.yaml',
      commune: {},
      fields: {},
      sheet: ['Données'],
    });
  });

  it('no longer follows the project’s declaration once adapted, and says where it was adapted', () => {
    const m = resolveMapping('demande-projet', { headerRow: 2 }, undefined);
    expect(m.label).toBe('le tableau des demandes, adapté dans territory.yaml');
    expect(m.canonical).toBeUndefined();
    expect(m.schema).toBeUndefined();
    expect('canonical' in m).toBe(false);
    expect(m.headerRow).toBe(2);
    expect(m.fields).toEqual(PRESETS['demande-projet'].fields);
    expect(m.typology).toEqual({ column: ['typologie'] });
    expect(resolveMapping(undefined, { headerRow: 1 }, undefined).label).toBe('le tableau décrit dans territory.yaml');
  });

  it('replaces each part given, one text or several', () => {
    const m = resolveMapping(
      'drihl-socle',
      {
        sheet: ['Feuille A', 'Feuille B'],
        hidden: ['s', 'nd'],
        keep: { column: 'Échelon', equals: 'COM' },
        commune: { name: 'Nom de la commune' },
        millesime: 'Année',
        typology: { column: 'Taille' },
        fields: { attributions: 'Attributions', demandes: ['Demandes', 'Demandes en cours'] },
      },
      'Ignorée',
    );
    expect(m.sheet).toEqual(['Feuille A', 'Feuille B']);
    expect(m.hidden).toEqual(['s', 'nd']);
    expect(m.keep).toEqual({ column: ['Échelon'], equals: 'COM' });
    expect(m.commune).toStrictEqual({ name: ['Nom de la commune'] });
    expect(m.millesime).toEqual(['Année']);
    expect(m.typology).toEqual({ column: ['Taille'] });
    expect(m.fields.attributions).toEqual(['Attributions']);
    expect(m.fields.demandes).toEqual(['Demandes', 'Demandes en cours']);
    expect(m.fields.delai_median_mois).toEqual(["Délai médian d'attribution (en mois)"]);
    expect(m.headerRow).toBe(3);
    expect(m.hiddenBelow).toBe(10);
  });

  it('keeps the preset’s parts that are not given', () => {
    const m = resolveMapping('drihl-socle', { sheet: 'Ensemble 2025', commune: { code: 'INSEE' } }, undefined);
    expect(m.sheet).toEqual(['Ensemble 2025']);
    expect(m.hidden).toEqual(['-']);
    expect(m.keep).toEqual(PRESETS['drihl-socle'].keep);
    expect(m.commune).toStrictEqual({ code: ['INSEE'] });
    expect(m.millesime).toBeUndefined();
    expect(m.typology).toBeUndefined();
    expect(resolveMapping('drihl-socle', { hidden: ['x'] }, 'Autre').sheet).toEqual(['Autre']);
    expect(resolveMapping('drihl-socle', { hidden: ['x'] }, undefined).sheet).toEqual(['Ensemble']);
  });

  it('reads sizes given as columns', () => {
    const m = resolveMapping(
      undefined,
      { typology: { columns: { T1: '1 pièce', 'T5+': '5 pièces et plus' } } },
      undefined,
    );
    expect(m.typology).toEqual({ columns: { T1: '1 pièce', 'T5+': '5 pièces et plus' } });
  });
});

describe('commune names, more cases', () => {
  it.each([
    ['Saint-Denis (93)  ', 'saint denis'],
    ['Vic (12) Le Comte', 'vic (12) le comte'],
    ['Saint-Laurent-le-Minier', 'saint laurent le minier'],
    ['Belle-Île', 'belle ile'],
    ['Saint - Denis', 'saint denis'],
    ['Lætitia', 'laetitia'],
  ])('« %s » → « %s »', (raw, key) => {
    expect(nameKey(raw)).toBe(key);
  });

  it('keeps the one member of that name whatever the département written after it', () => {
    const names = new CommuneNames(['63430']);
    expect(names.match('Thiers (75)')).toEqual({ kind: 'member', code: '63430' });
  });

  it('suggests the members only', () => {
    expect(new CommuneNames(['63430']).match('Thier')).toEqual({ kind: 'unknown', closest: ['Thiers'] });
  });

  it('reads a starred text followed by spaces, and no size before a letter', () => {
    expect(matchColumn(['Commune', 'Demandes en cours au 31/12/2024'], ['Demandes en cours*  '])).toEqual({ index: 1 });
    expect(parseTypology('XT5')).toBeUndefined();
  });
});
