/**
 * The small parts of statistical secrecy, each on a few numbers written by hand: how a cell is written, the
 * indicators and their rounding, what a label allows, the exact check of a reader's point, the bounds a
 * reader derives from sums, the fast reading of one additive group, and the statements a published figure
 * gives. Every expected value is worked out in the comments, never recomputed with src/lib.
 */
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  change,
  formatCell,
  isMasked,
  loadSolver,
  pressure,
  secrecyExplanation,
  waitingMonths,
} from '../../src/lib/indicators/index.ts';
import { Milp, inDomain, verifyPoint, type Known, type Linear } from '../../src/lib/indicators/secrecy-model.ts';
import { isGroup, possibleInGroup } from '../../src/lib/indicators/secrecy-groups.ts';
import {
  figureStatements,
  publishedFigure,
  rawFigure,
  roundRatio,
  type Figure,
  type FigureSource,
} from '../../src/lib/indicators/secrecy-figures.ts';
import type { Cell } from '../../src/lib/indicators/index.ts';
import { createModel, run } from '../../src/lib/indicators/solver.ts';

describe('cellules publiées', () => {
  it('reconnaît une cellule masquée, jamais 0, null ou undefined', () => {
    expect(isMasked({ masked: 'small' })).toBe(true);
    expect(isMasked({ masked: 'source' })).toBe(true);
    expect(isMasked(0)).toBe(false);
    expect(isMasked(12)).toBe(false);
    expect(isMasked(null)).toBe(false);
    expect(isMasked(undefined)).toBe(false);
  });

  it('donne le nombre publié, ou null pour une cellule masquée (jamais 0)', () => {
    expect(cellValue(0)).toBe(0);
    expect(cellValue(42)).toBe(42);
    expect(cellValue({ masked: 'small' })).toBeNull();
    expect(cellValue({ masked: 'secondary' })).toBeNull();
  });

  it('écrit le seuil du territoire dans « moins de N » et dans l’explication', () => {
    expect(formatCell({ masked: 'small' }, 11)).toBe('moins de 11');
    expect(formatCell(0, 11)).toBe('0');
    expect(formatCell(7, 11)).toBe('7');
    expect(secrecyExplanation(11)).toBe(
      'Quand un nombre est plus petit que 11, nous ne l’écrivons pas. Cela protège les personnes. Parfois, nous cachons aussi un autre nombre pour la même raison.',
    );
  });
});

describe('indicateurs : arrondi et cellules masquées', () => {
  it('arrondit au dixième, la moitié vers le haut', () => {
    // 12 × 5 ÷ 2 = 30; 12 × 7 ÷ 3 = 28; 12 × 1 ÷ 80 = 0.15 → 0.2 (half up, not 0.1).
    expect(waitingMonths(5, 2)).toBe(30);
    expect(waitingMonths(7, 3)).toBe(28);
    expect(waitingMonths(1, 80)).toBe(0.2);
    // 12 × 1 ÷ 7 = 1.714… → 1.7; 12 × 2 ÷ 7 = 3.428… → 3.4.
    expect(waitingMonths(1, 7)).toBe(1.7);
    expect(waitingMonths(2, 7)).toBe(3.4);
    // 1 ÷ 20 = 0.05 → 0.1 (half up); 1 ÷ 8 = 0.125 → 0.1; 7 ÷ 3 = 2.33… → 2.3; 5 ÷ 4 = 1.25 → 1.3.
    expect(pressure(1, 20)).toBe(0.1);
    expect(pressure(1, 8)).toBe(0.1);
    expect(pressure(7, 3)).toBe(2.3);
    expect(pressure(5, 4)).toBe(1.3);
    expect(pressure(0, 4)).toBe(0);
  });

  it('garde la raison du premier nombre masqué, avant même de regarder s’il y a des attributions', () => {
    expect(waitingMonths({ masked: 'small' }, { masked: 'source' })).toEqual({ masked: 'small' });
    expect(waitingMonths(40, { masked: 'secondary' })).toEqual({ masked: 'secondary' });
    expect(waitingMonths({ masked: 'source' }, 0)).toEqual({ masked: 'source' });
    expect(pressure({ masked: 'small' }, 0)).toEqual({ masked: 'small' });
    expect(pressure({ masked: 'secondary' }, { masked: 'small' })).toEqual({ masked: 'secondary' });
  });

  it('calcule une évolution négative, et masque comme le premier nombre masqué', () => {
    expect(change(3, 10)).toBe(-7);
    expect(change(0, 0)).toBe(0);
    expect(change({ masked: 'small' }, 10)).toEqual({ masked: 'small' });
    expect(change({ masked: 'small' }, { masked: 'source' })).toEqual({ masked: 'small' });
    expect(change(10, { masked: 'source' })).toEqual({ masked: 'source' });
    // No previous figure: nothing to compare, even when the current one is hidden.
    expect(change({ masked: 'small' }, undefined)).toBeNull();
  });

  it('arrondit une fraction d’entiers exactement, la moitié vers le haut', () => {
    // 5 ÷ 2 = 2.5 → 3; 7 ÷ 2 = 3.5 → 4; 4 ÷ 3 = 1.33 → 1; 5 ÷ 3 = 1.67 → 2; 0 ÷ 5 = 0; 9 ÷ 3 = 3.
    expect(roundRatio(5, 2)).toBe(3);
    expect(roundRatio(7, 2)).toBe(4);
    expect(roundRatio(4, 3)).toBe(1);
    expect(roundRatio(5, 3)).toBe(2);
    expect(roundRatio(0, 5)).toBe(0);
    expect(roundRatio(9, 3)).toBe(3);
  });
});

describe('ce qu’une étiquette dit d’un nombre caché', () => {
  it('« moins de 5 » : de 1 à 4', () => {
    expect([0, 1, 4, 5].map((v) => inDomain('small', v, 5))).toEqual([false, true, true, false]);
  });
  it('« non publié » par le secret : 0 ou au moins 5', () => {
    expect([0, 1, 4, 5, 50].map((v) => inDomain('zeroOrLarge', v, 5))).toEqual([true, false, false, true, true]);
  });
  it('caché à la source : tout entier positif ou nul', () => {
    expect([0, 3, 1000].map((v) => inDomain('nonNegative', v, 5))).toEqual([true, true, true]);
    // Never a negative or a fractional count, whatever the label.
    for (const d of ['small', 'zeroOrLarge', 'nonNegative'] as const) {
      expect(inDomain(d, -1, 5)).toBe(false);
      expect(inDomain(d, 2.5, 5)).toBe(false);
    }
  });
});

describe('vérification exacte d’un point du lecteur', () => {
  // Cell 0 hidden "moins de 5", cell 1 published 3, cell 2 published 5, cell 3 hidden at source.
  const known = (c: number): Known =>
    c === 0 ? { hidden: 'small' } : c === 3 ? { hidden: 'nonNegative' } : { published: [0, 3, 5][c]! };
  // 5 = cell 0 + 3.
  const sum: Linear = {
    terms: [
      [2, 1],
      [0, -1],
      [1, -1],
    ],
    lower: 0,
    upper: 0,
  };

  it('accepte le point qui respecte l’étiquette et les sommes, refuse les autres', () => {
    expect(verifyPoint(new Map([[0, 2]]), known, [sum], 5)).toBe(true);
    expect(verifyPoint(new Map([[0, 3]]), known, [sum], 5)).toBe(false); // 5 ≠ 3 + 3
    expect(verifyPoint(new Map([[0, 1]]), known, [sum], 5)).toBe(false); // 5 ≠ 1 + 3
    // 0 is not "moins de 5", even though the sum would hold with a published 5 − 5.
    expect(verifyPoint(new Map([[0, 0]]), known, [{ ...sum, lower: -2, upper: 2 }], 5)).toBe(false);
    // A published cell is not a point's to choose.
    expect(verifyPoint(new Map([[1, 3]]), known, [], 5)).toBe(false);
  });

  it('ne lit que les énoncés qui touchent le point, et refuse un énoncé dont une cellule cachée manque', () => {
    const elsewhere: Linear = { terms: [[1, 1]], lower: 10, upper: 10 }; // false (3 ≠ 10), but not about cell 0
    expect(verifyPoint(new Map([[0, 2]]), known, [sum, elsewhere], 5)).toBe(true);
    const withSource: Linear = {
      terms: [
        [0, 1],
        [3, 1],
      ],
      lower: 0,
      upper: 100,
    };
    expect(verifyPoint(new Map([[0, 2]]), known, [withSource], 5)).toBe(false);
    expect(
      verifyPoint(
        new Map([
          [0, 2],
          [3, 7],
        ]),
        known,
        [withSource],
        5,
      ),
    ).toBe(true);
  });

  it('vérifie les deux bornes d’un encadrement', () => {
    // 2 ≤ 4 × cell 0 − 3 ≤ 9: cell 0 = 2 gives 5 (yes), 1 gives 1 (no), 3 gives 9 (yes), 4 gives 13 (no).
    const range: Linear = {
      terms: [
        [0, 4],
        [1, -1],
      ],
      lower: 2,
      upper: 9,
    };
    expect([1, 2, 3, 4].map((v) => verifyPoint(new Map([[0, v]]), known, [range], 5))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('tolère l’erreur d’arrondi des délais décimaux', () => {
    // 0.1 × 3 is 0.30000000000000004 and 0.7 × 3 is 2.0999999999999996 in floating point.
    expect(verifyPoint(new Map([[0, 3]]), known, [{ terms: [[0, 0.1]], lower: 0.3, upper: 0.3 }], 5)).toBe(true);
    expect(verifyPoint(new Map([[0, 3]]), known, [{ terms: [[0, 0.7]], lower: 2.1, upper: 2.1 }], 5)).toBe(true);
    // A real difference of 0.1 is no rounding error.
    expect(verifyPoint(new Map([[0, 3]]), known, [{ terms: [[0, 0.1]], lower: 0.4, upper: 0.4 }], 5)).toBe(false);
    // The margin grows with the terms: 0.7 × 3 000 000 000 is 2 099 999 999.9999998, 2.4e-7 off, more than
    // 1e-9 but far less than 1e-9 of the sum (2.1); 3 more is no rounding error.
    const big = new Map([[0, 3_000_000_000]]);
    const source = (): Known => ({ hidden: 'nonNegative' });
    expect(verifyPoint(big, source, [{ terms: [[0, 0.7]], lower: 2_100_000_000, upper: 2_100_000_000 }], 5)).toBe(true);
    expect(verifyPoint(big, source, [{ terms: [[0, 0.7]], lower: 2_100_000_003, upper: Infinity }], 5)).toBe(false);
  });
});

describe('programme linéaire du lecteur', () => {
  it('additionne les colonnes répétées, retire les coefficients nuls et range les colonnes', () => {
    const m = new Milp();
    expect(m.col(0, 10)).toBe(0);
    expect(m.col(1, 4, false)).toBe(1);
    expect(m.col(0, Infinity)).toBe(2);
    m.row(
      [
        [2, 1],
        [0, 2],
        [0, 1],
        [1, 3],
        [1, -3],
      ],
      0,
      7,
    );
    m.row([[1, -1]], -Infinity, 0);
    expect(m.rows[0]).toEqual({
      entries: [
        [0, 3],
        [2, 1],
      ],
      lower: 0,
      upper: 7,
    });
    expect(m.data()).toEqual({
      numCols: 3,
      numRows: 2,
      colCost: [0, 0, 0],
      colLower: [0, 1, 0],
      colUpper: [10, 4, Infinity],
      rowLower: [0, -Infinity],
      rowUpper: [7, 0],
      matrix: { format: 'csr', numRows: 2, numCols: 3, starts: [0, 2, 3], indices: [0, 2, 1], values: [3, 1, -1] },
      integrality: [1, 0, 1],
    });
  });

  it('déduit les bornes hautes des sommes, en plusieurs passes', () => {
    const m = new Milp();
    const x = m.col(0, Infinity),
      y = m.col(0, Infinity),
      z = m.col(3, Infinity);
    // x ≤ y, then y ≤ 5: x ≤ 5 needs a second pass.
    m.row(
      [
        [x, 1],
        [y, -1],
      ],
      -Infinity,
      0,
    );
    m.row([[y, 1]], -Infinity, 5);
    // y + z ≤ 10 with z ≥ 3: z ≤ 10 (y ≥ 0), and y ≤ 7 (already 5).
    m.row(
      [
        [y, 1],
        [z, 1],
      ],
      -Infinity,
      10,
    );
    expect(m.impliedUpper()).toEqual([5, 5, 10]);
  });

  it('lit une borne haute dans un coefficient négatif et arrondit à l’entier inférieur', () => {
    const m = new Milp();
    const x = m.col(0, Infinity),
      y = m.col(0, Infinity),
      z = m.col(0, Infinity);
    m.row([[x, -1]], -4, Infinity); // −x ≥ −4: x ≤ 4
    m.row([[y, 2]], -Infinity, 7); // 2y ≤ 7: y ≤ 3.5, so 3
    m.row([[z, 0.1]], -Infinity, 0.3); // 0.1 z ≤ 0.3: 0.3 ÷ 0.1 = 2.9999999999999996, still 3
    expect(m.impliedUpper()).toEqual([4, 3, 3]);
  });

  it('lit les coefficients et les bornes basses des autres colonnes, des deux côtés', () => {
    const m = new Milp();
    const x = m.col(1, Infinity),
      y = m.col(2, Infinity);
    // 2x + y ≤ 10 written −2x − y ≥ −10, with x ≥ 1 and y ≥ 2: x ≤ (10 − 2) ÷ 2 = 4, y ≤ 10 − 2 = 8.
    m.row(
      [
        [x, -2],
        [y, -1],
      ],
      -10,
      Infinity,
    );
    expect(m.impliedUpper()).toEqual([4, 8]);
  });

  it('borne une colonne sans borne basse par les autres, avec un coefficient autre que 1', () => {
    const m = new Milp();
    const x = m.col(3, Infinity),
      y = m.col(-Infinity, Infinity),
      z = m.col(-Infinity, Infinity),
      w = m.col(-Infinity, Infinity);
    // x + 2y ≤ 10 with x ≥ 3: y ≤ 3.5, so 3. y + z ≤ 4 with both free below: nothing for z.
    m.row(
      [
        [x, 1],
        [y, 2],
      ],
      -Infinity,
      10,
    );
    m.row(
      [
        [y, 1],
        [z, 1],
      ],
      -Infinity,
      4,
    );
    // −2w − x ≥ −10 (the same as 2w + x ≤ 10), w free below: w ≤ 3.5, so 3.
    m.row(
      [
        [w, -2],
        [x, -1],
      ],
      -10,
      Infinity,
    );
    expect(m.impliedUpper()).toEqual([Infinity, 3, Infinity, 3]);
  });

  it('borne une colonne sans borne basse par les autres, mais rien par une colonne illimitée', () => {
    const m = new Milp();
    const x = m.col(0, Infinity),
      y = m.col(-Infinity, Infinity);
    // x + y ≤ 10 with y free below: nothing bounds x, and x ≥ 0 gives y ≤ 10 (it gave −∞ before). x − y ≥ 2:
    // x and y both unbounded above on that side, nothing.
    m.row(
      [
        [x, 1],
        [y, 1],
      ],
      -Infinity,
      10,
    );
    m.row(
      [
        [x, 1],
        [y, -1],
      ],
      2,
      Infinity,
    );
    expect(m.impliedUpper()).toEqual([Infinity, 10]);
  });
});

describe('lecture rapide d’un groupe additif', () => {
  // Total (cell 0) = parts 1, 2, 3.
  const group: Linear = {
    terms: [
      [0, 1],
      [1, -1],
      [2, -1],
      [3, -1],
    ],
    lower: 0,
    upper: 0,
  };
  const labels =
    (map: Record<number, Known>) =>
    (c: number): Known =>
      map[c]!;
  const possible = (known: (c: number) => Known, cell = 1, values = [1, 2, 3, 4, 5, 6, 7]) =>
    values.filter((v) => possibleInGroup(group, cell, v, known, 5));

  it('une autre part « moins de 5 » : la part testée vaut 10 − 4 − (1 à 4)', () => {
    // 10 = v + 4 + c3 with c3 in 1…4: v in 2…5.
    const k = labels({ 0: { published: 10 }, 2: { published: 4 }, 3: { hidden: 'small' } });
    expect(possible(k)).toEqual([2, 3, 4, 5]);
  });

  it('deux autres parts « moins de 5 » : leur somme va de 2 à 8', () => {
    // 10 = v + c2 + c3, c2 + c3 in 2…8: v in 2…8 (never 1).
    const k = labels({ 0: { published: 10 }, 2: { hidden: 'small' }, 3: { hidden: 'small' } });
    expect(possible(k, 1, [1, 2, 8, 9])).toEqual([2, 8]);
  });

  it('une autre part « non publié » : 0 ou au moins 5', () => {
    // 9 = v + 3 + c3 with c3 = 0 or ≥ 5: v = 6 or v ≤ 1.
    const k = labels({ 0: { published: 9 }, 2: { published: 3 }, 3: { hidden: 'zeroOrLarge' } });
    expect(possible(k)).toEqual([1, 6]);
  });

  it('une part « moins de 5 » et une « non publié » : leur somme ne vaut jamais 5', () => {
    // 9 = v + c2 + c3, c2 in 1…4, c3 = 0 or ≥ 5: c2 + c3 in 1…4 or ≥ 6, so v in 5…8 or v ≤ 3.
    const k = labels({ 0: { published: 9 }, 2: { hidden: 'small' }, 3: { hidden: 'zeroOrLarge' } });
    expect(possible(k, 1, [1, 2, 3, 4, 5, 8, 9])).toEqual([1, 2, 3, 5, 8]);
  });

  it('une part cachée à la source : tout ce que le total laisse', () => {
    // 6 = v + 0 + c3 with c3 ≥ 0: v ≤ 6.
    const k = labels({ 0: { published: 6 }, 2: { published: 0 }, 3: { hidden: 'nonNegative' } });
    expect(possible(k)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('un total caché « moins de 5 » borne la part testée', () => {
    // c0 = v + 1 + 0 with c0 in 1…4: v in 0…3.
    const k = labels({
      0: { hidden: 'small' },
      2: { published: 1 },
      3: { published: 0 },
    });
    expect(possible(k, 1, [0, 1, 3, 4])).toEqual([0, 1, 3]);
    // The total itself: c0 = v with the parts published 2, 1, 0.
    const total = labels({ 1: { published: 2 }, 2: { published: 1 }, 3: { published: 0 } });
    expect(possible(total, 0, [2, 3, 4])).toEqual([3]);
  });

  it('un total « non publié » et une part « moins de 5 » de l’autre côté', () => {
    // c0 = v + c2 + 0, c0 = 0 or ≥ 5, c2 in 1…4: c0 − c2 in −4…−1 or ≥ 1, so v = c0 − c2 is never 0.
    const k = labels({ 0: { hidden: 'zeroOrLarge' }, 2: { hidden: 'small' }, 3: { published: 0 } });
    expect(possible(k, 1, [0, 1, 7])).toEqual([1, 7]);
  });

  it('ne lit que les égalités à coefficients 1 ou −1', () => {
    expect(isGroup(group)).toBe(true);
    expect(isGroup({ ...group, upper: 1 })).toBe(false);
    expect(
      isGroup({
        terms: [
          [0, 12],
          [1, -24],
        ],
        lower: 1,
        upper: 1,
      }),
    ).toBe(false);
    expect(
      isGroup({
        terms: [
          [0, 1],
          [1, 2],
        ],
        lower: 0,
        upper: 0,
      }),
    ).toBe(false);
  });
});

describe('chiffres dérivés et ce qu’ils apprennent au lecteur', () => {
  /** A table written by hand: raw counts, their published form, and the figures. */
  const source = (raw: (number | 'source')[], output: Cell[], figures: Figure[]): FigureSource => ({
    raw: (c) => raw[c]!,
    output: (c) => output[c]!,
    figures,
  });

  it('calcule un rapport, null sans dénominateur, « source » quand un nombre manque', () => {
    const ratio = (num: number, den: number): Figure => ({
      kind: 'ratio',
      num,
      den,
      factor: 12,
      decimals: 1,
      cells: [],
    });
    const t = source(
      [40, 3, 0, 'source'],
      [40, 3, 0, { masked: 'source' }],
      [ratio(0, 1), ratio(0, 2), ratio(3, 1), ratio(0, 3)],
    );
    expect(rawFigure(t, 0)).toBe(160); // 12 × 40 ÷ 3
    expect(rawFigure(t, 1)).toBeNull();
    expect(rawFigure(t, 2)).toBe('source');
    expect(rawFigure(t, 3)).toBe('source'); // the denominator unknown
    expect(publishedFigure(t, 0)).toBe(160);
    expect(publishedFigure(t, 1)).toBeNull();
    expect(publishedFigure(t, 2)).toEqual({ masked: 'source' });
  });

  it('arrondit un rapport au nombre de décimales demandé, la moitié vers le haut', () => {
    const ratio = (decimals: number): Figure => ({ kind: 'ratio', num: 0, den: 1, factor: 1, decimals, cells: [] });
    const t = source([7, 3, 1, 8], [7, 3, 1, 8], [ratio(0), ratio(1), ratio(2)]);
    // 7 ÷ 3 = 2.333…
    expect([0, 1, 2].map((i) => publishedFigure(t, i))).toEqual([2, 2.3, 2.33]);
    const eighth: Figure = { kind: 'ratio', num: 2, den: 3, factor: 1, decimals: 2, cells: [] };
    expect(publishedFigure(source([7, 3, 1, 8], [7, 3, 1, 8], [eighth]), 0)).toBe(0.13); // 0.125 → 0.13
    // 201 ÷ 200 = 1.005 exactly, → 1.01; in floating point 1.005 × 100 is 100.49999999999999.
    const tie: Figure = { kind: 'ratio', num: 0, den: 1, factor: 1, decimals: 2, cells: [] };
    expect(publishedFigure(source([201, 200], [201, 200], [tie]), 0)).toBe(1.01);
  });

  it('calcule une moyenne pondérée, sans les poids nuls', () => {
    // Delays 10 (weight 2), 30 (weight 4), unknown (weight 0): (20 + 120) ÷ 6 = 23.33…
    const figures: Figure[] = [
      { kind: 'given', value: 10, cells: [], decimals: 1 },
      { kind: 'given', value: 30, cells: [], decimals: 1 },
      { kind: 'given', value: undefined, cells: [], decimals: 1 },
      {
        kind: 'average',
        parts: [
          { weight: 0, value: 0 },
          { weight: 1, value: 1 },
          { weight: 2, value: 2 },
        ],
        decimals: 1,
        cells: [],
      },
    ];
    const t = source([2, 4, 0], [2, 4, 0], figures);
    expect(rawFigure(t, 3)).toBeCloseTo(140 / 6, 12);
    expect(publishedFigure(t, 3)).toBe(23.3);
    expect(publishedFigure(t, 2)).toBeNull(); // a given without value
  });

  it('ne donne pas de moyenne sans poids, ni avec une valeur manquante, « source » avec un poids inconnu', () => {
    const given = (value: number | undefined): Figure => ({ kind: 'given', value, cells: [], decimals: 1 });
    const average = (weights: number[]): Figure => ({
      kind: 'average',
      parts: weights.map((w, i) => ({ weight: w, value: i })),
      decimals: 1,
      cells: [],
    });
    // Cells: 0 → 0, 1 → 3, 2 → source. Figures 0 and 1: delays 10 and missing.
    const t = source([0, 3, 'source'], [0, 3, { masked: 'source' }], [given(10), given(undefined), average([0, 0])]);
    expect(rawFigure(t, 2)).toBeNull(); // weights 0 and 0
    const missing = source([0, 3, 'source'], [0, 3, 0], [given(10), given(undefined), average([0, 1])]);
    expect(rawFigure(missing, 2)).toBeNull(); // weight 3 on a missing delay
    const unknown = source([0, 3, 'source'], [0, 3, 0], [given(10), given(20), average([2, 1])]);
    expect(rawFigure(unknown, 2)).toBe('source');
    expect(publishedFigure(unknown, 2)).toEqual({ masked: 'source' });
    // A delay the file did not give ('source'), with a positive weight: the average is unknown too.
    const hidden = source(
      [0, 3, 'source'],
      [0, 3, 0],
      [given(10), { kind: 'given', value: 'source', cells: [], decimals: 1 }, average([0, 1])],
    );
    expect(rawFigure(hidden, 2)).toBe('source');
  });

  it('masque un chiffre comme sa première cellule cachée, mais dit null avant tout', () => {
    const figures: Figure[] = [
      { kind: 'ratio', num: 0, den: 1, factor: 1, decimals: 1, cells: [0, 1, 2] },
      { kind: 'ratio', num: 0, den: 3, factor: 1, decimals: 1, cells: [0, 3] },
      { kind: 'given', value: undefined, cells: [1], decimals: 1 },
      { kind: 'given', value: 4.25, cells: [0], decimals: 1 },
    ];
    const t = source([40, 3, 2, 0], [40, { masked: 'secondary' }, { masked: 'small' }, { masked: 'small' }], figures);
    expect(publishedFigure(t, 0)).toEqual({ masked: 'secondary' });
    // A ratio over a hidden 0 stays hidden: "null" would tell the 0.
    expect(publishedFigure(t, 1)).toEqual({ masked: 'small' });
    expect(publishedFigure(t, 2)).toBeNull();
    expect(publishedFigure(t, 3)).toBe(4.3); // 4.25 at one decimal
  });

  it('un rapport publié encadre num ÷ den ; null dit den = 0', () => {
    const figures: Figure[] = [
      { kind: 'ratio', num: 0, den: 1, factor: 12, decimals: 1, cells: [0, 1] },
      { kind: 'ratio', num: 0, den: 2, factor: 1, decimals: 0, cells: [] },
      { kind: 'given', value: 3, cells: [], decimals: 1 },
      { kind: 'ratio', num: 0, den: 3, factor: 1, decimals: 1, cells: [3] },
    ];
    const t = source([40, 3, 0, 2], [40, 3, 0, { masked: 'small' }], figures);
    // 12 × 40 ÷ 3 = 160.0: k = 1600, m = 2 × 10 × 12 = 240; (2k − 1) den ≤ 240 num < (2k + 1) den.
    expect(figureStatements(t, 0, 100)).toEqual([
      { terms: [[1, 1]], lower: 1, upper: Infinity, when: [0, 1] },
      {
        terms: [
          [0, 240],
          [1, -3201],
        ],
        lower: -Infinity,
        upper: -1,
        when: [0, 1],
      },
      {
        terms: [
          [0, 240],
          [1, -3199],
        ],
        lower: 0,
        upper: Infinity,
        when: [0, 1],
      },
    ]);
    expect(figureStatements(t, 1, 100)).toEqual([{ terms: [[2, 1]], lower: 0, upper: 0, when: [] }]);
    expect(figureStatements(t, 2, 100)).toEqual([]); // a given number tells nothing on the counts
    expect(figureStatements(t, 3, 100)).toEqual([]); // hidden with its cell
  });

  it('une moyenne publiée encadre la somme pondérée, avec un grand M pour un délai non vu', () => {
    // Weights: cells 0 (2) and 1 (4), cell 2 (6) their total. Delays 10 and 30: average 140 ÷ 6 = 23.3 → 23.
    const figures = (delayCells: number[], seen = false): Figure[] => [
      { kind: 'given', value: 10, cells: delayCells, decimals: 0, seen },
      { kind: 'given', value: 30, cells: [], decimals: 0 },
      {
        kind: 'average',
        parts: [
          { weight: 0, value: 0 },
          { weight: 1, value: 1 },
        ],
        decimals: 0,
        cells: [2],
      },
    ];
    const t = source([2, 4, 6], [{ masked: 'small' }, { masked: 'small' }, 6], figures([]));
    // 22.5 ≤ (10 a + 30 b) ÷ (a + b) ≤ 23.5: (10 − 23.5) a + (30 − 23.5) b ≤ 0 and (10 − 22.5) a + (30 − 22.5) b ≥ 0.
    expect(figureStatements(t, 2, 100)).toEqual([
      {
        terms: [
          [0, -13.5],
          [1, 6.5],
        ],
        lower: -Infinity,
        upper: 0,
        when: [2],
      },
      {
        terms: [
          [0, -12.5],
          [1, 7.5],
        ],
        lower: 0,
        upper: Infinity,
        when: [2],
      },
    ]);
    // Delay 10 published only with cell 0, which is hidden: any delay for a, so −23.5 a on the upper side and
    // 22.5 × bound a on the lower side (true whenever a > 0 and bound is large).
    const unseen = source([2, 4, 6], [{ masked: 'small' }, { masked: 'small' }, 6], figures([0]));
    expect(figureStatements(unseen, 2, 100)).toEqual([
      {
        terms: [
          [0, -23.5],
          [1, 6.5],
        ],
        lower: -Infinity,
        upper: 0,
        when: [2],
      },
      {
        terms: [
          [0, 2250],
          [1, 7.5],
        ],
        lower: 0,
        upper: Infinity,
        when: [2],
      },
    ]);
    // The same delay said as a band (seen): counted as known exactly.
    const seen = source([2, 4, 6], [{ masked: 'small' }, { masked: 'small' }, 6], figures([0], true));
    expect(figureStatements(seen, 2, 100)).toEqual(figureStatements(t, 2, 100));
  });

  it('une moyenne dite en tranche reste un énoncé même quand ses cellules sont cachées', () => {
    // Average 140 ÷ 6 = 23.3 → 23, published with cell 2 now hidden; said as a band (seen): the reader gets 23.
    const figures = (seen: boolean): Figure[] => [
      { kind: 'given', value: 10, cells: [], decimals: 0 },
      { kind: 'given', value: 30, cells: [], decimals: 0 },
      {
        kind: 'average',
        parts: [
          { weight: 0, value: 0 },
          { weight: 1, value: 1 },
        ],
        decimals: 0,
        cells: [2],
        seen,
      },
    ];
    const output: Cell[] = [{ masked: 'small' }, { masked: 'small' }, { masked: 'secondary' }];
    expect(figureStatements(source([2, 4, 6], output, figures(false)), 2, 100)).toEqual([]);
    const said = figureStatements(source([2, 4, 6], output, figures(true)), 2, 100);
    expect(said.map((l) => l.when)).toEqual([[], []]);
    expect(said.map((l) => l.terms)).toEqual([
      [
        [0, -13.5],
        [1, 6.5],
      ],
      [
        [0, -12.5],
        [1, 7.5],
      ],
    ]);
  });

  it('une moyenne dite en tranche garde ses décimales, et rien quand elle est inconnue', () => {
    // Delays 10 and 30, weights 2 and 4: 23.33… → 23.3 at one decimal, said as a band, cell 2 hidden.
    // Upper side: (10 − 23.35) a + (30 − 23.35) b ≤ 0.
    const figures = (weight: number): Figure[] => [
      { kind: 'given', value: 10, cells: [], decimals: 1 },
      { kind: 'given', value: 30, cells: [], decimals: 1 },
      {
        kind: 'average',
        parts: [
          { weight, value: 0 },
          { weight: 1, value: 1 },
        ],
        decimals: 1,
        cells: [2],
        seen: true,
      },
    ];
    const output: Cell[] = [{ masked: 'small' }, { masked: 'small' }, { masked: 'secondary' }, { masked: 'source' }];
    const [upper] = figureStatements(source([2, 4, 6, 'source'], output, figures(0)), 2, 100);
    expect(upper!.terms.map(([c, v]) => [c, Math.round(v * 100) / 100])).toEqual([
      [0, -13.35],
      [1, 6.65],
    ]);
    // With a weight the file did not give (cell 3), the average is unknown: nothing to say.
    expect(figureStatements(source([2, 4, 6, 'source'], output, figures(3)), 2, 100)).toEqual([]);
  });

  it('un délai dit en tranche sans valeur ne compte pas comme connu', () => {
    // Parts: delay 10 (weight 2, published) and a band without value (weight 0): 10 → 10, lo 9.5, hi 10.5.
    // The band has no number: its weight gets −hi above and max(lo, 0) × bound below, like an unseen delay.
    const figures: Figure[] = [
      { kind: 'given', value: 10, cells: [], decimals: 0 },
      { kind: 'given', value: undefined, cells: [1], decimals: 0, seen: true },
      {
        kind: 'average',
        parts: [
          { weight: 0, value: 0 },
          { weight: 1, value: 1 },
        ],
        decimals: 0,
        cells: [],
      },
    ];
    const t = source([2, 0], [2, { masked: 'secondary' }], figures);
    expect(figureStatements(t, 2, 100)).toEqual([
      {
        terms: [
          [0, -0.5],
          [1, -10.5],
        ],
        lower: -Infinity,
        upper: 0,
        when: [],
      },
      {
        terms: [
          [0, 0.5],
          [1, 950],
        ],
        lower: 0,
        upper: Infinity,
        when: [],
      },
    ]);
  });

  it('une moyenne de 0 ne donne pas de borne basse négative au grand M', () => {
    // Delays 0 and 0 → average 0; lo = −0.5 is floored at 0 for an unseen delay.
    const figures: Figure[] = [
      { kind: 'given', value: 0, cells: [0], decimals: 0 },
      {
        kind: 'average',
        parts: [{ weight: 0, value: 0 }],
        decimals: 0,
        cells: [],
      },
    ];
    const t = source([2], [{ masked: 'small' }], figures);
    expect(figureStatements(t, 1, 100)).toEqual([
      { terms: [[0, -0.5]], lower: -Infinity, upper: 0, when: [] },
      { terms: [[0, 0]], lower: 0, upper: Infinity, when: [] },
    ]);
  });

  it('une moyenne sans valeur ne dit rien', () => {
    const figures: Figure[] = [
      { kind: 'given', value: 10, cells: [], decimals: 0 },
      { kind: 'average', parts: [{ weight: 0, value: 0 }], decimals: 0, cells: [] },
    ];
    expect(figureStatements(source([0], [0], figures), 1, 100)).toEqual([]);
  });
});

describe('solveur', () => {
  it('est chargé une fois et partagé', () => {
    expect(loadSolver()).toBe(loadSolver());
  });

  it('rend un point entier, ou la preuve qu’il n’y en a pas', async () => {
    const highs = await loadSolver();
    // x + y = 5 with x in 2…2: y = 3.
    const feasible = new Milp();
    const x = feasible.col(2, 2),
      y = feasible.col(0, 10);
    feasible.row(
      [
        [x, 1],
        [y, 1],
      ],
      5,
      5,
    );
    const model = createModel(highs, feasible.data());
    expect(run(highs, model)).toEqual({ status: 'feasible', values: Float64Array.from([2, 3]) });
    model.dispose();
    // 2 z = 3 has no integer solution.
    const odd = new Milp();
    odd.row([[odd.col(0, 10), 2]], 3, 3);
    const none = createModel(highs, odd.data());
    expect(run(highs, none)).toEqual({ status: 'infeasible' });
    none.dispose();
  });

  it('s’arrête au bout de 20 nœuds quand il optimise : sans point, la réponse est « inconnu »', async () => {
    const highs = await loadSolver();
    // A market split problem (Cornuéjols and Dawande): two sums of 12 cells at 0 or 1 must each be half the
    // sum of their coefficients. It has no solution, but branch and bound needs more than 20 nodes to prove
    // it: within the node limit of the audit (20 000), "no point"; within the limit of the choice of
    // secondary cells (20), "unknown", which the audit treats as the safe side.
    const coefficients = [
      [12, 5, 21, 31, 9, 17, 26, 3, 14, 29, 8, 23],
      [7, 30, 11, 4, 25, 19, 2, 28, 16, 10, 22, 13],
    ];
    const split = (goal?: 'first' | 'best') => {
      const m = new Milp();
      const cells = coefficients[0]!.map(() => m.col(0, 1));
      // Halves: 198 ÷ 2 = 99 and 187 ÷ 2 = 93.5, rounded down to 93.
      for (const [row, half] of [
        [coefficients[0]!, 99],
        [coefficients[1]!, 93],
      ] as const)
        m.row(
          cells.map((c, i) => [c, row[i]!] as const),
          half,
          half,
        );
      const model = createModel(highs, m.data(), goal);
      try {
        return run(highs, model);
      } finally {
        model.dispose();
      }
    };
    expect(split('first')).toEqual({ status: 'infeasible' });
    expect(split()).toEqual({ status: 'infeasible' }); // the audit's goal by default
    expect(split('best')).toEqual({ status: 'unknown' });
  });

  it('cherche le meilleur point quand on le lui demande', async () => {
    const highs = await loadSolver();
    // Minimise x + 2 y with x + y ≥ 3 and x ≤ 2: x = 2, y = 1.
    const m = new Milp();
    const x = m.col(0, 2),
      y = m.col(0, 10);
    m.cost[x] = 1;
    m.cost[y] = 2;
    m.row(
      [
        [x, 1],
        [y, 1],
      ],
      3,
      Infinity,
    );
    const model = createModel(highs, m.data(), 'best');
    expect(run(highs, model)).toEqual({ status: 'feasible', values: Float64Array.from([2, 1]) });
    model.dispose();
  });
});
