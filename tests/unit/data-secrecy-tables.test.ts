/**
 * Small demand tables protected by SecrecyTable, every choice worked out by hand in the comments: which
 * count is hidden first (the cheapest: the smallest count, unless it matters more), what a previous
 * publication or a never-published difference changes, and the summary of what was done.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SecrecyTable, loadSolver, type Highs } from '../../src/lib/indicators/index.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

/** Total 31 = 3 (small) + 20 + 8: the table of most tests below. */
function commune(options: { importance?: number } = {}) {
  const t = new SecrecyTable(5);
  const small = t.cell(3),
    large = t.cell(20),
    medium = t.cell(8, options),
    total = t.cell(31);
  t.group(total, [small, large, medium]);
  return { t, small, large, medium, total };
}

describe('secret statistique : quelle cellule cacher en plus', () => {
  it('cache le plus petit nombre publié qui suffit', () => {
    // 31 − 20 − 8 gives the 3 back. Hiding 8 ("0 or at least 5"): 3 + x = 11, x = 10, 9, 8 or 7 for the
    // values 1 to 4, all allowed. Cost 2 + count: 8 (10) before 20 (22) and the total 31 (33).
    const { t, small, large, medium, total } = commune();
    const report = t.protect(highs);
    expect([small, large, medium, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      20,
      { masked: 'secondary' },
      31,
    ]);
    expect(report).toEqual({
      cells: 4,
      hidden: { small: 1, secondary: 1, source: 0 },
      audited: 1,
      limitedByLabels: 0,
      recomputable: 0,
      components: 1,
      // One component {3, 8}; each solve aims the 3 at a value not yet shown possible (1, then 3, 2, 4:
      // the round number modulo the values left) and finds it (x = 10, 8, 9, 7): 4 solves, then nothing left.
      solves: 4,
    });
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('évite un nombre plus important : il coûte plus cher à cacher', () => {
    // Importance 3 on the 8: 3 × (2 + 8) = 30 > 22 for the 20. Hiding 20: 3 + x = 23, x = 22…19, all ≥ 5.
    const { t, small, large, medium, total } = commune({ importance: 3 });
    t.protect(highs);
    expect([small, large, medium, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      8,
      31,
    ]);
  });

  it('à coût égal, cache la cellule créée la première', () => {
    // Total 23 = 3 + 10 + 10, the second 10 listed first in the group: both cost 12, the first created is hidden.
    const t = new SecrecyTable(5);
    const small = t.cell(3),
      first = t.cell(10),
      second = t.cell(10),
      total = t.cell(23);
    t.group(total, [small, second, first]);
    t.protect(highs);
    expect([first, second, total].map((c) => t.output(c))).toEqual([{ masked: 'secondary' }, 10, 23]);
  });

  it('cache deux parts quand aucune ne suffit seule', () => {
    // 13 = a (3) + x (5) + y (5), the 13 published last year (kept). Hiding x alone: x = 8 − a must be 0 or
    // ≥ 5, so a = 4 (x = 4) is ruled out; y alone likewise. Both hidden: x + y = 13 − a = 12, 11, 10 or 9,
    // e.g. 5 + 7, 5 + 6, 5 + 5, 0 + 9: all kept. The sums alone find it (x first: same cost, created first),
    // then the audit only shows the 4 values possible, one solve each.
    const t = new SecrecyTable(5);
    const a = t.cell(3),
      x = t.cell(5),
      y = t.cell(5),
      total = t.cell(13);
    t.group(total, [a, x, y]);
    t.keep(total, 13);
    const report = t.protect(highs);
    expect([a, x, y, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      { masked: 'secondary' },
      13,
    ]);
    expect(report).toMatchObject({ recomputable: 0, components: 1, solves: 4 });
  });

  it('choisit une cellule plus chère quand la moins chère ne suffit pas seule', () => {
    // 13 = a (3) + 5 + 5. Hiding a 5 (cost 7): x = 8 − a must be 0 or ≥ 5, a = 4 (x = 4) is lost. Hiding the
    // 13 (cost 15): 13' = a + 10 is 11 to 14, all allowed. One cell of 15 rather than two of 7.
    const t = new SecrecyTable(5);
    const a = t.cell(3),
      x = t.cell(5),
      y = t.cell(5),
      total = t.cell(13);
    t.group(total, [a, x, y]);
    t.protect(highs);
    expect([a, x, y, total].map((c) => t.output(c))).toEqual([{ masked: 'small' }, 5, 5, { masked: 'secondary' }]);
  });

  it('tient compte d’un nombre dit ailleurs (un fait) : le cacher ne sert à rien', () => {
    // 31 = 3 + 20 + 8, and the site says elsewhere that the third count is 8. Hiding the 8 (the cheapest,
    // enough for the sum alone) leaves 31 − 20 − 8 = 3: the 20 is hidden too (3 + x = 23 − 8 … x = 22…19).
    const { t, small, large, medium, total } = commune();
    t.fact([[medium, 1]], 8, 8);
    const report = t.protect(highs);
    expect([small, large, medium, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      { masked: 'secondary' },
      31,
    ]);
    expect(report.recomputable).toBe(0);
  });

  it('ne lit pas un encadrement comme une égalité', () => {
    // "1 to 4" said of a small count is what its label says: nothing to do. Read as "= 1", the count would
    // lose 2, 3 and 4, and be written "non publié".
    const t = new SecrecyTable(5);
    const a = t.cell(3),
      b = t.cell(20),
      total = t.cell(23);
    t.group(total, [a, b]);
    t.fact([[a, 1]], 1, 4);
    t.protect(highs);
    expect([a, b, total].map((c) => t.output(c))).toEqual([{ masked: 'small' }, { masked: 'secondary' }, 23]);
  });

  it('garde à une différence jamais publiée des valeurs au-dessus du seuil', () => {
    // 7 demands, 5 transfers, 2 others never published. Hiding the 5 (cost 7, before 9): 5' = 0 or 5 to 7,
    // so others = 7, 2, 1 or 0: four values among 0 to 8 (7 is one of the values from the threshold up to
    // 2 × 5 − 2 = 8), enough. The 7 stays published.
    const t = new SecrecyTable(5);
    const pending = t.cell(7),
      transfers = t.cell(5),
      others = t.cell(2, { internal: true });
    t.group(pending, [transfers, others]);
    const report = t.protect(highs);
    expect([t.output(pending), t.output(transfers)]).toEqual([7, { masked: 'secondary' }]);
    expect(report).toMatchObject({ audited: 1, recomputable: 0, limitedByLabels: 0 });
  });

  it('dit qu’un petit nombre reste calculable quand tout le reste a été publié l’an dernier', () => {
    // The 20, the 8 and the 31 were published last year, unchanged: nothing can be hidden again, and
    // 31 − 20 − 8 gives the 3. The summary says it (recomputable), nothing else is hidden.
    const { t, small, large, medium, total } = commune();
    for (const [c, v] of [
      [large, 20],
      [medium, 8],
      [total, 31],
    ] as const)
      t.keep(c, v);
    const report = t.protect(highs);
    expect([small, large, medium, total].map((c) => t.output(c))).toEqual([{ masked: 'small' }, 20, 8, 31]);
    expect(report).toMatchObject({ audited: 1, recomputable: 1, limitedByLabels: 1 });
  });

  it('ne cache pas un nombre déjà publié l’an dernier, s’il n’a pas changé', () => {
    // Last year's site gave 8: hiding it again protects nothing, the 20 is hidden instead.
    const { t, large, medium } = commune();
    t.keep(medium, 8);
    expect(t.before(medium)).toBe(8);
    expect(t.before(large)).toBeUndefined();
    t.protect(highs);
    expect(t.output(medium)).toBe(8);
    expect(t.output(large)).toEqual({ masked: 'secondary' });
  });

  it('peut cacher un nombre publié l’an dernier s’il a changé depuis', () => {
    // Last year 7, now 8: readers do not have 8, it is still the cheapest.
    const { t, large, medium } = commune();
    t.keep(medium, 7);
    t.protect(highs);
    expect(t.output(medium)).toEqual({ masked: 'secondary' });
    expect(t.output(large)).toBe(20);
  });

  it('cache toujours un petit nombre, même publié l’an dernier', () => {
    const { t, small } = commune();
    t.keep(small, 3);
    t.protect(highs);
    expect(t.output(small)).toEqual({ masked: 'small' });
  });

  it('protège une différence jamais publiée (demandes − mutations) sans la compter dans les cellules', () => {
    // 12 demands, 9 of them transfers: 12 − 9 = 3 is never published but must keep 4 possible values among
    // 0 to 8. Hiding the 9 (cost 11, before the 12's 14): 12 = x + d with x = 0 or ≥ 5 gives d = 12 or d ≤ 7:
    // 0, 1, 2, 3, 4, 5, 6, 7 stay possible.
    const t = new SecrecyTable(5);
    const pending = t.cell(12),
      transfers = t.cell(9),
      others = t.cell(3, { internal: true });
    t.group(pending, [transfers, others]);
    const report = t.protect(highs);
    expect(t.output(pending)).toBe(12);
    expect(t.output(transfers)).toEqual({ masked: 'secondary' });
    expect(report.cells).toBe(2);
    expect(report.hidden).toEqual({ small: 0, secondary: 1, source: 0 });
    expect(report.audited).toBe(1);
    expect(report.recomputable).toBe(0);
  });

  it('ne donne aucune étiquette à une différence jamais publiée', () => {
    // 7 demands, 4 transfers ("moins de 5"), 3 others never published: the reader knows nothing of the 3,
    // so transfers = 7 − others keeps 1 to 4 (others = 6 to 3), and others keeps 3, 4, 5, 6: nothing more to
    // hide. Were the 3 labelled "moins de 5", transfers would keep only 3 and 4, and the 7 would be hidden.
    const t = new SecrecyTable(5);
    const pending = t.cell(7),
      transfers = t.cell(4),
      others = t.cell(3, { internal: true });
    t.group(pending, [transfers, others]);
    const report = t.protect(highs);
    expect([t.output(pending), t.output(transfers)]).toEqual([7, { masked: 'small' }]);
    expect(report).toMatchObject({ cells: 2, audited: 2, hidden: { small: 1, secondary: 0, source: 0 } });
  });

  it('garde l’étiquette d’une cellule cachée à la main', () => {
    // 5 = a (2) + s (3) with s written "non publié" by hand: s is 0 or at least 5, so a is 5 or 0, never 1 to 4.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      s = t.cell(3),
      total = t.cell(5);
    t.group(total, [a, s]);
    t.mask(s, 'secondary');
    expect(t.narrowed(highs)).toEqual([1, 2, 3, 4].map((value) => ({ cell: a, value })));
  });

  it('ne dit rien d’une cellule cachée à la main comme à la source', () => {
    // 10 = a (3) + x (7), x written "non publié" as if the file had hidden it: x can be any count, so a can be
    // 1 to 4 (x = 9 to 6). Published, the 7 would give a = 3.
    const t = new SecrecyTable(5);
    const a = t.cell(3),
      x = t.cell(7),
      total = t.cell(10);
    t.group(total, [a, x]);
    t.mask(x, 'source');
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('ne protège pas une différence jamais publiée qui n’est pas petite', () => {
    // 20 − 9 = 11: nothing to protect, everything is published.
    const t = new SecrecyTable(5);
    const pending = t.cell(20),
      transfers = t.cell(9),
      others = t.cell(11, { internal: true });
    t.group(pending, [transfers, others]);
    const report = t.protect(highs);
    expect([t.output(pending), t.output(transfers)]).toEqual([20, 9]);
    expect(report).toMatchObject({ cells: 2, audited: 0, hidden: { small: 0, secondary: 0, source: 0 } });
  });

  it('ne cache jamais une cellule cachée à la source ou jamais publiée à la place d’une autre', () => {
    // Total 40 = 3 + s (hidden at source, true 17) + 20: s can be anything, the 3 is safe with nothing more.
    const t = new SecrecyTable(5);
    const small = t.cell(3),
      source = t.cell('source'),
      large = t.cell(20),
      total = t.cell(40);
    t.group(total, [small, source, large]);
    const report = t.protect(highs);
    expect([small, source, large, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'source' },
      20,
      40,
    ]);
    expect(report.hidden).toEqual({ small: 1, secondary: 0, source: 1 });
    expect(t.raw(source)).toBe('source');
    expect(t.raw(large)).toBe(20);
  });

  it('protège de même une table qui a aussi une cellule cachée à la source', () => {
    // The first table and, apart, a count the file did not publish: same choice (the 8), one more hidden cell.
    const { t, small, large, medium, total } = commune();
    const source = t.cell('source');
    const report = t.protect(highs);
    expect([small, large, medium, total, source].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      20,
      { masked: 'secondary' },
      31,
      { masked: 'source' },
    ]);
    expect(report).toMatchObject({ cells: 5, hidden: { small: 1, secondary: 1, source: 1 }, recomputable: 0 });
  });

  it('compte les groupes de cellules cachées audités à part', () => {
    // Two communes: 31 = 3 + 20 + 8 and 30 = 2 + 20 + 8 share nothing: two components of two hidden cells.
    const t = new SecrecyTable(5);
    for (const s of [3, 2]) {
      const parts = [s, 20, 8].map((v) => t.cell(v));
      t.group(t.cell(s + 28), parts);
    }
    expect(t.size).toEqual({ cells: 8, groups: 2 });
    const report = t.protect(highs);
    expect(report.components).toBe(2);
    expect(report.hidden).toEqual({ small: 2, secondary: 2, source: 0 });
  });

  it('cache un rectangle dans un tableau à deux entrées', () => {
    //            T1   T2 | total
    // commune 1:  3   20 |  23
    // commune 2: 20    8 |  28
    // total:     23   28 |  51
    // Row 1 alone: hide its 20 (cost 22, before 25 for the 23). Column T1 alone: hide the other 20. But then
    // row 2 gives 28 − 8 = 20 and column T1 gives 23 − 20 = 3: the 8 is hidden too (cost 10, the cheapest
    // published count of those sums). Then 3 = 23 − c21 with c21 = 28 − c22, c22 = 0 or ≥ 5: 1 to 4 need
    // c21 = 22 to 19, c22 = 6 to 9, c12 = 22 to 19 (column T2: 28 = c12 + c22): all allowed.
    const t = new SecrecyTable(5);
    type Four = [number, number, number, number];
    const [c11, c12, c21, c22] = [3, 20, 20, 8].map((v) => t.cell(v)) as Four;
    const [row1, row2, col1, col2] = [23, 28, 23, 28].map((v) => t.cell(v)) as Four;
    const all = t.cell(51);
    t.group(row1, [c11, c12]);
    t.group(row2, [c21, c22]);
    t.group(col1, [c11, c21]);
    t.group(col2, [c12, c22]);
    t.group(all, [row1, row2]);
    t.group(all, [col1, col2]);
    const report = t.protect(highs);
    expect([c11, c12, c21, c22].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      { masked: 'secondary' },
      { masked: 'secondary' },
    ]);
    expect([row1, row2, col1, col2, all].map((c) => t.output(c))).toEqual([23, 28, 23, 28, 51]);
    expect(report).toMatchObject({
      hidden: { small: 1, secondary: 3, source: 0 },
      components: 1,
      recomputable: 0,
    });
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('protège aussi le petit total écrit « non publié » au lieu de « moins de 5 »', () => {
    // 4 = 1 + 1 + 1 + 1: "moins de 5" on the total would pin every part to 1, so the total says "non publié".
    // It stays protected (audited) like a never-published small count: 4 parts from 1 to 4 make 4 to 16,
    // and 4, 5, 6, 7, 8 are enough. Each part: the total is 0 or ≥ 5, e.g. 1 + 1 + 1 + 2 = 5 for a part at 2.
    const t = new SecrecyTable(5);
    const parts = [1, 1, 1, 1].map((v) => t.cell(v));
    const total = t.cell(4);
    t.group(total, parts);
    const report = t.protect(highs);
    expect(t.output(total)).toEqual({ masked: 'secondary' });
    expect(report).toMatchObject({
      cells: 5,
      hidden: { small: 4, secondary: 1, source: 0 },
      audited: 5,
      limitedByLabels: 0,
      recomputable: 0,
      components: 1,
    });
  });

  it('ne refait rien la deuxième fois', () => {
    const { t } = commune();
    const report = t.protect(highs);
    expect(t.protect(highs)).toBe(report);
  });

  it('refuse de lire une cellule ou un indicateur avant la protection', () => {
    const { t, small } = commune();
    const waiting = t.ratio(small, small);
    expect(() => t.output(small)).toThrow('SecrecyTable.protect() doit être appelé avant de lire les cellules');
    expect(() => t.figure(waiting)).toThrow('SecrecyTable.protect() doit être appelé avant de lire les indicateurs');
  });

  it('avec un seuil de 3, publie 3 et cache 1 et 2', () => {
    // Total 25 = 2 + 3 + 20: the 2 is "moins de 3"; hiding the 3 (cost 5): 2 + x = 5, x = 4 or 3 for the
    // values 1 and 2, both ≥ 3.
    const t = new SecrecyTable(3);
    const two = t.cell(2),
      three = t.cell(3),
      twenty = t.cell(20),
      total = t.cell(25);
    t.group(total, [two, three, twenty]);
    const report = t.protect(highs);
    expect([two, three, twenty, total].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      20,
      25,
    ]);
    expect(report.recomputable).toBe(0);
  });
});

describe('secret statistique : chiffres dérivés', () => {
  it('arrondit un rapport à une décimale par défaut, ou comme demandé', () => {
    const t = new SecrecyTable(5);
    const a = t.cell(70),
      b = t.cell(30);
    const plain = t.ratio(a, b),
      twelve = t.ratio(a, b, { factor: 12 }),
      whole = t.ratio(a, b, { decimals: 0 });
    t.protect(highs);
    // 70 ÷ 30 = 2.333…; 12 × 70 ÷ 30 = 28; rounded to a unit: 2.
    expect([plain, twelve, whole].map((f) => t.figure(f))).toEqual([2.3, 28, 2]);
  });

  it('cache en plus le total qu’un délai d’attente publié à part permettrait de défaire', () => {
    // Attributions: 23 = 3 (small) + 20. The sums alone: hiding the 20 (cost 22, before 25 for the total).
    // But the waiting time of the 20, published whatever is hidden: 12 × 40 ÷ 20 = 24.0, and only 20 gives
    // 24.0 (480 ÷ 19 = 25.3, 480 ÷ 21 = 22.9). So 23 − 20 gives the 3 back: the total is hidden too.
    const t = new SecrecyTable(5);
    const small = t.cell(3),
      attributions = t.cell(20),
      total = t.cell(23),
      pending = t.cell(40);
    t.group(total, [small, attributions]);
    const waiting = t.ratio(pending, attributions, { factor: 12, publish: 'always' });
    const report = t.protect(highs);
    expect([small, attributions, total, pending].map((c) => t.output(c))).toEqual([
      { masked: 'small' },
      { masked: 'secondary' },
      { masked: 'secondary' },
      40,
    ]);
    expect(t.figure(waiting)).toBe(24);
    expect(report.recomputable).toBe(0);
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('dit quand un délai publié de toute façon laisse une seule valeur', () => {
    // 12 × 40 ÷ 3 = 160.0 published whatever is hidden: only 3 gives it (1 → 480, 2 → 240, 4 → 120).
    const t = new SecrecyTable(5);
    const pending = t.cell(40),
      attributions = t.cell(3);
    t.ratio(pending, attributions, { factor: 12, publish: 'always' });
    const report = t.protect(highs);
    expect(report).toMatchObject({ cells: 2, audited: 1, limitedByLabels: 1, recomputable: 1 });
  });

  it('cache le total avec lequel une moyenne est publiée quand elle redonne des petits nombres', () => {
    // 26 = a (2) + b (4) + c (20), delays 10, 30 and 20 published, their average published with the 26.
    // The sums alone: a = 26 − 20 − b loses a = 1, so the 20 is hidden (cost 22 before 28). Then the average:
    // 540 ÷ 26 = 20.77 → 20.8, so 20.75 × 26 ≤ 10 a + 30 b + 20 c ≤ 20.85 × 26, i.e. 539.5 ≤ … ≤ 542.1: the
    // sum is 540 (a multiple of 10), and with c = 26 − a − b, 520 − 10 a + 10 b = 540: b = a + 2, so a is 1
    // or 2 only. No published count but the 26 shares a sum with a, b, c: hidden, a + b + c is no longer
    // known (a = 3, b = 4, c = 5 fits an average of 20.8), and the average, published with the 26, is hidden.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      b = t.cell(4),
      c = t.cell(20),
      total = t.cell(26);
    t.group(total, [a, b, c]);
    const delays = [10, 30, 20].map((d) => t.given(d, []));
    const average = t.average(
      [a, b, c].map((weight, i) => ({ weight, value: delays[i]! })),
      [total],
    );
    const report = t.protect(highs);
    expect([a, b, c, total].map((cell) => t.output(cell))).toEqual([
      { masked: 'small' },
      { masked: 'small' },
      { masked: 'secondary' },
      { masked: 'secondary' },
    ]);
    expect(t.figure(average)).toEqual({ masked: 'secondary' });
    expect(report).toMatchObject({ audited: 2, recomputable: 0, limitedByLabels: 0 });
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('cache, loin des sommes, le nombre avec lequel une moyenne est publiée, quand rien d’autre ne suffit', () => {
    // As above, 26 = a (2) + b (4) + c (20), delays 10, 30, 20, average 20.8 giving b = a + 2, but the 26 was
    // published last year (it cannot be hidden again) and the average is published with another count, the
    // 100 demands, which shares no sum with a, b, c. The sums alone hide c (cost 22; the 26 is kept). Hiding
    // nothing else near a, b, c is possible, so every published count may be hidden: without the average,
    // a = 3 fits (b = 4, c = 19); the program leaves the average out and proposes to hide nothing; the point
    // breaks the average (530 ÷ 26 = 20.4), so the 100 is hidden after all, and the average with it.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      b = t.cell(4),
      c = t.cell(20),
      total = t.cell(26),
      demands = t.cell(100);
    t.group(total, [a, b, c]);
    t.keep(total, 26);
    const delays = [10, 30, 20].map((d) => t.given(d, []));
    const average = t.average(
      [a, b, c].map((weight, i) => ({ weight, value: delays[i]! })),
      [demands],
    );
    const report = t.protect(highs);
    expect([a, b, c, total, demands].map((cell) => t.output(cell))).toEqual([
      { masked: 'small' },
      { masked: 'small' },
      { masked: 'secondary' },
      26,
      { masked: 'secondary' },
    ]);
    expect(t.figure(average)).toEqual({ masked: 'secondary' });
    expect(report).toMatchObject({ recomputable: 0, limitedByLabels: 0 });
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('dit qu’une moyenne donnée aussi en tranche ne se cache pas avec son total', () => {
    // The table below, but the average is also said as a band: the reader has 23.3 even with the 6 hidden.
    // Then a + b is 0 or ≥ 5 and 10 + 20 b ÷ (a + b) is within [23.25, 23.35): b ÷ (a + b) in
    // [0.6625, 0.6675). With a and b from 1 to 4: only 4 ÷ 6 (a = 2, b = 4). Nothing else is published:
    // both stay recomputable, which the summary says.
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
      1,
      { seen: true },
    );
    const report = t.protect(highs);
    expect(t.output(total)).toEqual({ masked: 'secondary' });
    expect(report).toMatchObject({ audited: 2, limitedByLabels: 2, recomputable: 2 });
  });

  it('compte comme connus les délais par taille donnés en tranche, même quand leur nombre est caché', () => {
    // The same counts; the delays 10 and 30 are published with a and b (hidden) but also said as bands
    // (seen), and the average is always published: the reader has 10, 30 and 23.3, so as above a = 2 and
    // b = 4. Not seen, a hidden delay could be anything and the average would tell nothing.
    const protect = (seen: boolean) => {
      const t = new SecrecyTable(5);
      const a = t.cell(2),
        b = t.cell(4),
        total = t.cell(6);
      t.group(total, [a, b]);
      // Not seen: the default.
      const da = seen ? t.given(10, [a], 1, { seen }) : t.given(10, [a]),
        db = seen ? t.given(30, [b], 1, { seen }) : t.given(30, [b]);
      t.average(
        [
          { weight: a, value: da },
          { weight: b, value: db },
        ],
        [],
      );
      return t.protect(highs);
    };
    expect(protect(true)).toMatchObject({ audited: 2, recomputable: 2 });
    expect(protect(false)).toMatchObject({ audited: 2, recomputable: 0 });
  });

  it('cache le nombre de demandes d’une pression publiée de toute façon, et dit la valeur perdue', () => {
    // 10 demands for 3 attributions: pressure 10 ÷ 3 = 3.3, published to the unit whatever is hidden: 3.
    // 10 ÷ a rounds to 3 for a = 3 or 4 (2.5 → 3), not 1 (10) nor 2 (5). Hiding the 10: d ÷ a in
    // [2.5, 3.5) with d = 0 or ≥ 5 gives a = 2 (d = 5 or 6) back, never a = 1 (d = 3). So a keeps 2, 3, 4:
    // limited by the labels, not recomputable.
    const t = new SecrecyTable(5);
    const demands = t.cell(10),
      attributions = t.cell(3);
    const pressure = t.ratio(demands, attributions, { decimals: 0, publish: 'always' });
    const report = t.protect(highs);
    expect([t.output(demands), t.output(attributions)]).toEqual([{ masked: 'secondary' }, { masked: 'small' }]);
    expect(t.figure(pressure)).toBe(3);
    expect(report).toMatchObject({ audited: 1, limitedByLabels: 1, recomputable: 0 });
  });

  it('cache le total qui, avec les délais par taille, redonnerait les petits nombres', () => {
    // 6 = a (2) + b (4), delays 10 and 30 published, average 140 ÷ 6 = 23.3 published with the 6. With the
    // 6 published, a = 6 − b with b in 1…4 loses a = 1: the 6 is hidden (the only published count), and
    // the average with it.
    const t = new SecrecyTable(5);
    const a = t.cell(2),
      b = t.cell(4),
      total = t.cell(6);
    t.group(total, [a, b]);
    const da = t.given(10, []),
      db = t.given(30, []);
    const average = t.average(
      [
        { weight: a, value: da },
        { weight: b, value: db },
      ],
      [total],
    );
    const report = t.protect(highs);
    expect(t.output(total)).toEqual({ masked: 'secondary' });
    expect(t.figure(average)).toEqual({ masked: 'secondary' });
    expect([t.figure(da), t.figure(db)]).toEqual([10, 30]);
    expect(report.hidden).toEqual({ small: 2, secondary: 1, source: 0 });
    expect(report.recomputable).toBe(0);
  });
});
