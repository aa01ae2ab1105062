/** How a criterion scores, in words, for the published grid (build time only). */
import { formatDecimal } from '../../lib/format/index.ts';
import type { Criterion, Grid } from '../../lib/cotation/index.ts';

/** « 30 points », « 0,4 point par mois », « 3 à 5 ans : 3 points… », « × 1,3 ». */
export function pointsText(c: Criterion, grid: Grid): string {
  const unit = (fact: string) => grid.questions.find((q) => q.id === fact)?.unit ?? (fact === 'seniority_years' ? 'ans' : '');
  const pts = (n: number) => `${formatDecimal(n)} ${Math.abs(n) >= 2 ? 'points' : 'point'}`;
  if (c.points !== undefined) return pts(c.points);
  if (c.perUnit) {
    const u = unit(c.perUnit.fact).replace(/s$/, '');
    return `${pts(c.perUnit.points)} par ${u || 'unité'}${c.perUnit.max ? `, ${formatDecimal(c.perUnit.max)} au maximum` : ''}`;
  }
  if (c.bands) {
    const u = unit(c.bands.fact);
    return c.bands.steps.map((b) => b.to === undefined
      ? `${formatDecimal(b.from)} ${u} et plus : ${pts(b.points)}${b.perUnitAbove ? `, puis ${pts(b.perUnitAbove)} par an en plus` : ''}`
      : `${formatDecimal(b.from)} à ${formatDecimal(b.to)} ${u} : ${pts(b.points)}`).join(' · ');
  }
  if (c.coefficient) return `Vos autres points positifs multipliés par ${formatDecimal(c.coefficient.factor)}`;
  // No points and something to check: the source is unreadable, which is not the same as « no points ».
  return c.a_verifier ? 'Illisible dans le document, à vérifier' : 'Pas de points dans la grille';
}
