/**
 * The integer audit and the choice of secondary cells, called directly on a reader's knowledge written by hand
 * (labels, published sums, costs): which hidden cells are audited together, which value a reader rules out,
 * which published cells are the cheapest to hide. Every expected value is worked out in the comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSolver, type Highs } from '../../src/lib/indicators/index.ts';
import {
  auditComponent,
  chooseSecondary,
  hiddenComponents,
  type AuditContext,
} from '../../src/lib/indicators/secrecy-audit.ts';
import type { Known, Linear } from '../../src/lib/indicators/secrecy-model.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

const T = 5;

/** total = parts, as the table writes a group. */
const sum = (total: number, parts: number[]): Linear => ({
  terms: [[total, 1], ...parts.map((p) => [p, -1] as const)],
  lower: 0,
  upper: 0,
});

/** A reader's knowledge: each cell's label or published count; "moins de 5" cells must keep 1 to 4. */
function context(known: Known[], constraints: Linear[], bound = 100): AuditContext {
  const byCell = new Map<number, number[]>();
  constraints.forEach((l, i) => {
    for (const [c] of l.terms) (byCell.get(c) ?? byCell.set(c, []).get(c)!).push(i);
  });
  return {
    highs,
    threshold: T,
    bound,
    known: (c) => known[c]!,
    constraints,
    byCell,
    requirement: (c) => {
      const k = known[c]!;
      return 'hidden' in k && k.hidden === 'small' ? { values: [1, 2, 3, 4], need: 4 } : undefined;
    },
    witnessed: new Map(),
    stats: { solves: 0 },
  };
}

const small: Known = { hidden: 'small' };
const secondary: Known = { hidden: 'zeroOrLarge' };
const source: Known = { hidden: 'nonNegative' };
const shown = (n: number): Known => ({ published: n });

describe('cellules cachées auditées ensemble', () => {
  it('relie les cellules cachées d’un même énoncé, jamais par une cellule publiée', () => {
    // Cells 0 (small), 2 (secondary) and 5 (source) are linked by the sums 0 + 1 + 2 and 5 + 2; cell 3 (small)
    // is alone with the published 4. The sum 1 + 4 links two published cells: 3 stays apart from 0.
    const known = [small, shown(20), secondary, small, shown(7), source];
    const ctx = context(known, [sum(1, [0, 2]), sum(4, [3]), sum(1, [4]), sum(5, [2])]);
    expect(hiddenComponents(ctx, 6)).toEqual([[0, 2, 5], [3]]);
  });

  it('range les groupes par leur première cellule', () => {
    // Cell 4 is linked to cell 1 (first statement), cells 2 and 0 to each other (second): groups [0, 2], [1, 4], [3].
    const known = [small, small, secondary, source, secondary];
    const ctx = context(known, [sum(4, [1]), sum(2, [0])]);
    expect(hiddenComponents(ctx, 5)).toEqual([[0, 2], [1, 4], [3]]);
  });
});

describe('audit d’un groupe de cellules cachées', () => {
  it('trouve la valeur qu’un total publié retire, puis la suivante une fois la première acceptée', () => {
    // 23 = a + 20 with a "moins de 5": a = 3, so 1, 2 and 4 are ruled out, 1 found first.
    const ctx = context([small, shown(20), shown(23)], [sum(2, [0, 1])]);
    expect(auditComponent(ctx, [0])).toEqual({ cell: 0, value: 1 });
    // Aimed at 1, the solve finds 3 (new); aimed at 2, 3 again: nothing new, the guided rounds stop. Then 1
    // alone: no point. Three solves.
    expect(ctx.stats.solves).toBe(3);
    expect(ctx.witnessed.get(0)).toEqual(new Set([3]));
    expect(auditComponent(ctx, [0], new Set(['0:1']))).toEqual({ cell: 0, value: 2 });
    expect(auditComponent(ctx, [0], new Set(['0:1', '0:2']))).toEqual({ cell: 0, value: 4 });
    expect(auditComponent(ctx, [0], new Set(['0:1', '0:2', '0:4']))).toBeUndefined();
  });

  it('vise tour à tour des valeurs différentes, puis essaie chaque valeur restante seule', () => {
    // 6 = a + s with s hidden at source, said elsewhere to be 2 to 4: a is 2, 3 or 4. Aimed at 1, the nearest
    // point gives 2; then aimed at 3 (round 1, the second value left of 1, 3, 4): 3; then at 1 again (round
    // 2 of 1, 4): 2, nothing new, the aimed rounds stop. Then 1 alone: no point, the narrowing. Four solves.
    const ctx = context([small, source, shown(6)], [sum(2, [0, 1]), { terms: [[1, 1]], lower: 2, upper: 4 }]);
    expect(auditComponent(ctx, [0, 1])).toEqual({ cell: 0, value: 1 });
    expect(ctx.witnessed.get(0)).toEqual(new Set([2, 3]));
    expect(ctx.stats.solves).toBe(4);
    // 1 accepted as lost: one aimed round (at 1, giving 2 again), then 1 skipped and 4 alone: shown possible.
    expect(auditComponent(ctx, [0, 1], new Set(['0:1']))).toBeUndefined();
    expect(ctx.witnessed.get(0)).toEqual(new Set([2, 3, 4]));
    expect(ctx.stats.solves).toBe(7);
  });

  it('ne trouve rien quand la cellule voisine est « non publié », et garde les valeurs vues', () => {
    // 23 = a + b with b = 0 or ≥ 5: a = 1…4 with b = 22…19. One solve per value, each aimed at it.
    const ctx = context([small, secondary, shown(23)], [sum(2, [0, 1])]);
    expect(auditComponent(ctx, [0, 1])).toBeUndefined();
    expect(ctx.witnessed.get(0)).toEqual(new Set([1, 2, 3, 4]));
    expect(ctx.stats.solves).toBe(4);
    // Everything is already shown possible: no solve at all the second time.
    expect(auditComponent(ctx, [0, 1])).toBeUndefined();
    expect(ctx.stats.solves).toBe(4);
  });

  it('borne une cellule « non publié » que rien de publié ne borne par la somme de la table', () => {
    // s = a + src, s "non publié", src hidden at source: nothing published bounds s, the table's sum (100)
    // does. a = 1…4 with s = 5, src = 4…1 for instance.
    const ctx = context([small, secondary, source], [sum(1, [0, 2])]);
    expect(auditComponent(ctx, [0, 1, 2])).toBeUndefined();
    expect(ctx.witnessed.get(0)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('lit qu’une cellule « non publié » ne vaut jamais 1 à 4, même quand elle ne peut pas dépasser 5', () => {
    // 6 = a + s, s "non publié": s ≤ 5, so s = 0 or 5, and a = 6 (impossible) or 1. a loses 2, 3 and 4.
    const ctx = context([small, secondary, shown(6)], [sum(2, [0, 1])]);
    expect(auditComponent(ctx, [0, 1])).toEqual({ cell: 0, value: 2 });
    expect(ctx.witnessed.get(0)).toEqual(new Set([1]));
  });
});

describe('choix des cellules à cacher en plus', () => {
  // a = 3 ("moins de 5") in two sums: 23 = a + 20 (row) and 13 = a + 10 (column). Costs 2 + count.
  const known = [small, shown(20), shown(23), shown(10), shown(13)];
  const cost = (c: number) => 2 + [3, 20, 23, 10, 13][c]!;

  it('cache la cellule la moins chère qui suffit seule', () => {
    // Row only: hiding the 20 (cost 22, before 25 for the 23) lets a = 1 with 22 in its place.
    const ctx = context(known, [sum(2, [0, 1])]);
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], cost, 5, false)).toEqual({
      chosen: [1],
      point: new Map([
        [0, 1],
        [1, 22],
      ]),
    });
    expect(ctx.stats.solves).toBe(1); // the first single cell tried works
  });

  it('essaie les cellules seules par coût, pas par rang', () => {
    // The same row written with the total first: 23 (cell 1, cost 25) = a + 20 (cell 2, cost 22). Both work
    // alone; the 20 is cheaper although created after.
    const ctx = context([small, shown(23), shown(20)], [sum(1, [0, 2])]);
    const costs = (c: number) => 2 + [3, 23, 20][c]!;
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], costs, 3, false)).toEqual({
      chosen: [2],
      point: new Map([
        [0, 1],
        [2, 22],
      ]),
    });
    expect(ctx.stats.solves).toBe(1);
  });

  it('prend d’abord une cellule seule qui suffit ; la recherche élargie optimise le coût total', () => {
    // 13 = a + 5 + 5, a to be shown possible at 4. Hiding one 5: 13 − 4 − 5 = 4 is not allowed (0 or ≥ 5).
    // Hiding the 13 (cost 100 here) alone works: 13' = 14. The single cells are tried first, so it is the
    // choice. The wide search runs the optimising program: both 5s (cost 7 + 7) with 9 between them, e.g.
    // 9 and 0, cheaper than 100.
    const ctx = context([small, shown(5), shown(5), shown(13)], [sum(3, [0, 1, 2])]);
    const costs = (c: number) => [5, 7, 7, 100][c]!;
    expect(chooseSecondary(ctx, { cell: 0, value: 4 }, [[0]], costs, 4, false)).toEqual({
      chosen: [3],
      point: new Map([
        [0, 4],
        [3, 14],
      ]),
    });
    expect(ctx.stats.solves).toBe(3); // a 5, the other 5, then the 13
    const wide = chooseSecondary(ctx, { cell: 0, value: 4 }, [[0]], costs, 4, true)!;
    expect(wide.chosen).toEqual([1, 2]);
    expect(wide.point.get(0)).toBe(4);
    expect(wide.point.get(1)! + wide.point.get(2)!).toBe(9);
    expect(ctx.stats.solves).toBe(4); // one run of the program
  });

  it('sait qu’une cellule cachée en plus vaudra 0 ou au moins 5', () => {
    // 6 = a + 5, a to be shown possible at 2. Hiding the 5 (cost 7): it would have to be 4, which "non
    // publié" rules out. Hiding the 6 (cost 8): 7 = 2 + 5.
    const ctx = context([small, shown(5), shown(6)], [sum(2, [0, 1])]);
    const costs = (c: number) => 2 + [1, 5, 6][c]!;
    expect(chooseSecondary(ctx, { cell: 0, value: 2 }, [[0]], costs, 3, false)).toEqual({
      chosen: [2],
      point: new Map([
        [0, 2],
        [2, 7],
      ]),
    });
    expect(ctx.stats.solves).toBe(2);
  });

  it('cache la paire la moins chère quand aucune cellule ne suffit seule', () => {
    // Row and column: hiding one count leaves the other sum giving a = 3. The cheapest pair is the 20 and
    // the 10 (22 + 12): a = 1 with 22 and 12 in their place.
    const ctx = context(known, [sum(2, [0, 1]), sum(4, [0, 3])]);
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], cost, 5, false)).toEqual({
      chosen: [1, 3],
      point: new Map([
        [0, 1],
        [1, 22],
        [3, 12],
      ]),
    });
    // 10, 13, 20 and 23 alone (4 solves, none works), then the program once.
    expect(ctx.stats.solves).toBe(5);
  });

  it('prend avec une cellule à cacher les cellules cachées de ses autres sommes', () => {
    // 23 = a + 20, and 20 = q + 5 with q (15) "non publié", audited apart. Hiding the 20 (cost 22, before 25)
    // brings q in: a = 1 needs 22 in place of the 20, then q = 17 (allowed, ≥ 5).
    const k = [small, shown(20), secondary, shown(23), shown(5)];
    const ctx = context(k, [sum(3, [0, 1]), sum(1, [2, 4])]);
    const costs = (c: number) => 2 + [3, 20, 15, 23, 5][c]!;
    expect(hiddenComponents(ctx, 5)).toEqual([[0], [2]]);
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0], [2]], costs, 5, false)).toEqual({
      chosen: [1],
      point: new Map([
        [0, 1],
        [2, 17],
        [1, 22],
      ]),
    });
    expect(ctx.stats.solves).toBe(1);
  });

  it('ne cache pas en plus le nombre avec lequel un chiffre est publié quand le point respecte ce chiffre', () => {
    // 23 = a + 20, and a figure published with the 100 (cell 3) tells 1 ≤ a ≤ 4. The wide search may hide
    // any published count: the figure is left out of its program (the 100 may be hidden). It hides the 20
    // (cost 22): a = 1 with 22. The figure still holds for a = 1, but the check of the point reads the 20 as
    // published (withDropped): the 100 is added, then the program runs again with the 100 kept published
    // (the figure back in it) and hides the 20 alone. Two solves; the 100 stays published.
    const k = [small, shown(20), shown(23), shown(100)];
    const figure: Linear = { terms: [[0, 1]], lower: 1, upper: 4, when: [3] };
    const ctx = context(k, [sum(2, [0, 1]), figure]);
    const costs = (c: number) => 2 + [3, 20, 23, 100][c]!;
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], costs, 4, true)).toEqual({
      chosen: [1],
      point: new Map([
        [0, 1],
        [1, 22],
      ]),
    });
    expect(ctx.stats.solves).toBe(2);
  });

  it('cache aussi le nombre d’un chiffre que le point ne respecte pas, après un second essai', () => {
    // As above, but the figure tells 3 ≤ a ≤ 4. The program leaves it out and hides the 20 (a = 1 with 22):
    // the point breaks the figure, so the 100 must be hidden too. Run again with the 100 kept published
    // (the figure back in the program), a = 1 is impossible: the first answer, completed with the 100.
    const k = [small, shown(20), shown(23), shown(100)];
    const figure: Linear = { terms: [[0, 1]], lower: 3, upper: 4, when: [3] };
    const ctx = context(k, [sum(2, [0, 1]), figure]);
    const costs = (c: number) => 2 + [3, 20, 23, 100][c]!;
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], costs, 4, true)).toEqual({
      chosen: [1, 3],
      point: new Map([
        [0, 1],
        [1, 22],
      ]),
    });
    expect(ctx.stats.solves).toBe(2);
  });

  it('ne propose rien quand les cellules voisines ne peuvent pas être cachées', () => {
    // The 20 and the 23 were published last year (infinite cost): nothing near a can be hidden, nor elsewhere.
    const ctx = context(known, [sum(2, [0, 1])]);
    const kept = (c: number) => (c === 1 || c === 2 ? Infinity : cost(c));
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], kept, 3, false)).toBeUndefined();
    expect(chooseSecondary(ctx, { cell: 0, value: 1 }, [[0]], kept, 3, true)).toBeUndefined();
    expect(ctx.stats.solves).toBe(2); // the program once each time, with nothing it may hide
  });
});
