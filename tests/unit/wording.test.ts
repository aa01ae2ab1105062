import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  countText,
  durationText,
  figureStatus,
  inCommune,
  lowerBoundText,
  ofCommune,
  pressureText,
  pressureWords,
  sizesGiven,
  waitSentence,
  waitState,
  waitText,
  waitingLowerBound,
  type NamedCommune,
} from '../../src/lib/wording/index.ts';
import type { DemandFigures } from '../../src/lib/dataset/index.ts';

const require = createRequire(import.meta.url);
const all = require('@etalab/decoupage-administratif/data/communes.json') as {
  code: string;
  nom: string;
  typeLiaison?: number;
  type: string;
}[];
/** A real commune, with the type de liaison of the official data. */
function real(code: string): NamedCommune {
  const c = all.find((x) => x.code === code && x.type === 'commune-actuelle');
  if (!c) throw new Error(`commune ${code} absente des données officielles`);
  return { name: c.nom, typeLiaison: c.typeLiaison };
}

describe('commune names with their article', () => {
  it.each([
    ['63430', 'de Thiers', 'à Thiers'],
    ['63008', 'd’Arconsat', 'à Arconsat'],
    ['63057', 'du Brugeron', 'au Brugeron'],
    ['63086', 'de La Chapelle-Agnon', 'à La Chapelle-Agnon'],
    ['42295', 'des Salles', 'aux Salles'],
    ['95313', 'de l’Isle-Adam', 'à l’Isle-Adam'],
    ['76351', 'du Havre', 'au Havre'],
    ['63175', 'd’Herment', 'à Herment'],
    ['60703', 'des Marais', 'aux Marais'],
    ['88160', 'd’Épinal', 'à Épinal'],
    ['93062', 'du Raincy', 'au Raincy'],
    ['93057', 'des Pavillons-sous-Bois', 'aux Pavillons-sous-Bois'],
  ])('%s: %s, %s', (code, of, at) => {
    expect(ofCommune(real(code))).toBe(of);
    expect(inCommune(real(code))).toBe(at);
  });

  it('reads the name when the type de liaison is unknown', () => {
    expect(ofCommune({ name: 'Olmet' })).toBe('d’Olmet');
    expect(ofCommune({ name: 'Le Brugeron' })).toBe('du Brugeron');
    expect(inCommune({ name: 'Les Salles' })).toBe('aux Salles');
    expect(inCommune({ name: 'Le Mont-Dore' })).toBe('au Mont-Dore');
    expect(ofCommune({ name: 'L’Isle-Adam' })).toBe('de l’Isle-Adam');
    expect(ofCommune({ name: 'Hannapes' })).toBe('de Hannapes');
  });

  it('never writes "du Thiers" from a wrong type de liaison', () => {
    expect(ofCommune({ name: 'Thiers', typeLiaison: 2 })).toBe('de Thiers');
  });
});

describe('durations from one rounding rule', () => {
  it.each([
    [0.3, 'moins de 1 mois'],
    [7.6, 'environ 8 mois'],
    [11.6, 'environ 1 an'],
    [12, 'environ 1 an'],
    [13.2, 'environ 1 an et 1 mois'],
    [46, 'environ 3 ans et 10 mois'],
    [95.4, 'environ 7 ans et 11 mois'],
    [120, 'environ 10 ans'],
  ])('%s months: %s', (months, text) => {
    expect(durationText(months)).toBe(text);
  });

  it('says "au moins" when the bound is exact and "plus de" when it is above the words', () => {
    expect(lowerBoundText(120)).toBe('au moins 10 ans');
    expect(lowerBoundText(50)).toBe('plus de 4 ans');
    expect(lowerBoundText(9.5)).toBe('plus de 9 mois');
    expect(lowerBoundText(1)).toBe('au moins 1 mois');
    // 1 demand, at most 19 homes given (threshold 20): never « plus de 0 mois ».
    expect(lowerBoundText(12 / 19)).toBe('au moins quelques jours');
    expect(lowerBoundText(0.999)).toBe('au moins quelques jours');
  });
});

const figures = (
  pending: DemandFigures['pending'],
  attributions: DemandFigures['attributions'],
  waitingMonths: DemandFigures['waitingMonths'],
  pressure: DemandFigures['pressure'],
): DemandFigures => ({
  pending,
  attributions,
  waitingMonths,
  pressure,
  pendingTransfers: 0,
  attributionTransfers: 0,
  averageDelayMonths: null,
  pendingChange: null,
  attributionsChange: null,
});

describe('what can honestly be said of a wait', () => {
  it('writes a computed wait and its pressure', () => {
    const s = waitState(figures(95, 12, 95, 7.9), 5);
    expect(waitText(s)).toBe('environ 7 ans et 11 mois');
    expect(pressureText(s)).toBe('8 demandes pour 1 logement donné');
    expect(figureStatus(s)).toBe('');
  });

  it('derives the lower bound that the label "moins de 5" already implies', () => {
    // 40 demands, at most 4 dwellings given: at least 40 ÷ 4 × 12 = 120 months.
    expect(waitingLowerBound(40, 5)).toBe(120);
    const s = waitState(figures(40, { masked: 'small' }, { masked: 'small' }, { masked: 'small' }), 5);
    expect(waitText(s)).toBe('au moins 10 ans');
    expect(pressureText(s)).toBe('au moins 10 demandes pour 1 logement donné');
    expect(waitSentence(s, 2023)).toBe('L’attente est d’au moins 10 ans.');
    expect(figureStatus(s)).toBe('borne_inferieure');
  });

  it('gives no bound for a count hidden for another reason', () => {
    const s = waitState(figures(40, { masked: 'secondary' }, { masked: 'secondary' }, { masked: 'secondary' }), 5);
    expect(waitText(s)).toBe('caché');
    // The status says why, like its count: hidden by the secondary rule, not « plus petit que le seuil ».
    expect(figureStatus(s)).toBe('secret_secondaire');
  });

  it('says that no dwelling was given, never an infinite wait', () => {
    const s = waitState(figures(12, 0, null, null), 5);
    expect(waitText(s)).toBe('aucun logement donné');
    expect(waitSentence(s, 2023)).toBe('Aucun logement n’a été donné en 2023. L’attente est longue.');
    expect(figureStatus(s)).toBe('non_calculable');
  });

  it('writes hidden counts with one wording', () => {
    expect(countText({ masked: 'small' }, 5)).toBe('moins de 5');
    expect(countText({ masked: 'secondary' }, 5)).toBe('caché');
    expect(countText({ masked: 'source' }, 5)).toBe('caché');
    expect(countText(1615, 5)).toBe('1\u202f615');
    expect(pressureWords(0.4)).toBe('1 demande pour 1 logement donné');
  });
});

describe('a demand file without sizes', () => {
  const source = { masked: 'source' } as const;
  const figures = (pending: DemandFigures['pending']) =>
    ({ pending, attributions: pending, pendingTransfers: source, attributionTransfers: source }) as DemandFigures;
  it('is recognised only when every size is « not published by the source »', () => {
    const none = Object.fromEntries(['T1', 'T2', 'T3', 'T4', 'T5+'].map((t) => [t, figures(source)]));
    expect(sizesGiven({ ...none, total: figures(120) })).toBe(false);
    expect(sizesGiven({ ...none, T3: figures(12), total: figures(120) })).toBe(true);
    expect(sizesGiven({ ...none, T3: figures({ masked: 'small' }), total: figures(120) })).toBe(true);
  });
});
