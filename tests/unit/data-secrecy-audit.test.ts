/**
 * The integer audit on hand-made tables where solving the sums alone finds nothing: the bounds told by the
 * labels, and derived figures published with their rounding, give hidden counts back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SecrecyTable, loadSolver, type Highs } from '../../src/lib/indicators/index.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

describe('audit exact du secret statistique', () => {
  it('voit qu’un total et « au moins 1 » dans deux autres cases ne laissent qu’une valeur', () => {
    // Total 7 = a + b + 5 with a and b "moins de 5": the sums leave a + b = 2 open, the labels force a = b = 1.
    const t = new SecrecyTable(5);
    const a = t.cell(1),
      b = t.cell(1),
      c = t.cell(5),
      total = t.cell(7);
    t.group(total, [a, b, c]);
    // Two hidden cells in the group: the sums alone leave a + b = 2 open, the labels (≥ 1 each) close it.
    expect(t.narrowed(highs).map((n) => n.cell)).toContain(a);
    const report = t.protect(highs);
    expect(report.recomputable).toBe(0);
    expect(t.output(a)).toEqual({ masked: 'small' });
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('voit qu’une case « non publié » vaut 0 ou au moins 5', () => {
    // total 9 = a (small) + s (secondary, true 6) + 0 + … : s ∈ {0} ∪ [5, 9] gives a ∈ {1, 2, 3, 4} only
    // if s can be 5…8; with total 10 and a third published 4-free part the label pins a.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      s = t.cell(6),
      total = t.cell(8);
    t.group(total, [a, s]);
    t.mask(s, 'secondary');
    // s = 8 − a with a in 1…4 gives s in 4…7; "0 or at least 5" removes s = 4, so a = 4 is impossible.
    expect(t.narrowed(highs)).toContainEqual({ cell: a, value: 4 });
  });

  it('voit qu’un délai d’attente publié redonne un nombre d’attributions caché', () => {
    const t = new SecrecyTable(5);
    const pending = t.cell(40),
      attributions = t.cell(3);
    const waiting = t.ratio(pending, attributions, { factor: 12, publish: 'always' });
    // 12 × 40 ÷ 3 = 160 months, published: a reader gets attributions = 3 back. Since 160 needs
    // 12 × pending = 160 × attributions, hiding pending too would not help: the audit reports it.
    expect(
      t
        .narrowed(highs)
        .filter((n) => n.cell === attributions)
        .map((n) => n.value)
        .sort(),
    ).toEqual([1, 2, 4]);
    const report = t.protect(highs);
    expect(report.recomputable).toBe(1);
    expect(t.figure(waiting)).toBe(160);
  });

  it('masque par défaut un indicateur calculé sur un nombre caché', () => {
    const t = new SecrecyTable(5);
    const pending = t.cell(40),
      attributions = t.cell(3);
    const waiting = t.ratio(pending, attributions, { factor: 12 });
    t.protect(highs);
    expect(t.figure(waiting)).toEqual({ masked: 'small' });
  });

  it('tient compte d’une moyenne pondérée publiée avec les délais des typologies', () => {
    // Total delay = (10 a + 30 b) ÷ (a + b) with a + b = 6 published, a and b hidden, delays 10 and 30 published.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      b = t.cell(4),
      total = t.cell(6);
    t.group(total, [a, b]);
    const da = t.given(10, []),
      db = t.given(30, []);
    t.average(
      [
        { weight: a, value: da },
        { weight: b, value: db },
      ],
      [total],
    );
    // (20 + 120) ÷ 6 = 23.3: only a = 2 fits.
    expect(
      t
        .narrowed(highs)
        .filter((n) => n.cell === a)
        .map((n) => n.value)
        .sort(),
    ).toEqual([1, 3, 4]);
  });

  it('accepte une borne publiée comme « plus de 24 mois » et la vérifie', () => {
    const t = new SecrecyTable(5);
    const pending = t.cell(9),
      attributions = t.cell(2),
      other = t.cell(20),
      total = t.cell(31);
    t.group(total, [pending, attributions, other]);
    t.mask(pending, 'secondary');
    // "plus de 24 mois": 12 × pending > 24 × attributions.
    t.fact(
      [
        [pending, 12],
        [attributions, -24],
      ],
      1,
      Infinity,
    );
    const report = t.protect(highs);
    expect(report.recomputable).toBe(0);
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('écrit « non publié » un total plus petit que le seuil dont toutes les parties sont petites', () => {
    // 4 typologies at 1 and a total "moins de 5": every part would be exactly 1.
    const t = new SecrecyTable(5);
    const parts = [1, 1, 1, 1].map((v) => t.cell(v));
    const total = t.cell(4);
    t.group(total, parts);
    const report = t.protect(highs);
    expect(t.output(total)).toEqual({ masked: 'secondary' });
    expect(report.recomputable).toBe(0);
    expect(t.narrowed(highs)).toEqual([]);
  });
});
