/**
 * The one rendering of a cotation result, as an HTML string: the worked example is written with it at
 * build time and the simulator island with it in the browser, so both show exactly the same thing.
 * Every text is escaped here, once.
 */
import type { CotationResult } from './explain.ts';
import { pointsWord } from './explain.ts';
import { CAVEATS } from './words.ts';
import { escapeHtml } from '../format/index.ts';

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** What the person may still add: one item per unanswered question. */
export function missingHtml(r: CotationResult): string {
  if (!r.missing.length) return '';
  const items = r.missing.map((m) => {
    const stake =
      m.atStake === undefined
        ? 'Cette réponse peut vous donner des points.'
        : m.atStake > 0
          ? `Cette réponse peut vous donner jusqu’à ${pointsWord(m.atStake)}.`
          : 'Cette réponse ne change pas vos points.';
    return `<strong>« ${escapeHtml(m.label)} »</strong> ${escapeHtml(stake)} Critère : ${escapeHtml(m.criteria.join(', '))}.`;
  });
  return `<div class="missing-answers"><h3>Les réponses qui manquent</h3><p>Votre total peut encore monter. Revenez aux questions pour répondre.</p>${list(items)}</div>`;
}

/** The total, the lines that count, the other lines and why, the documents, the desk-only criteria, the caveats. */
export function resultHtml(r: CotationResult): string {
  const counted = r.lines.filter((l) => l.points !== 0 || l.matched);
  const others = r.lines.filter((l) => !(l.points !== 0 || l.matched) && l.status === 'not_applicable');
  const row = (l: CotationResult['lines'][number]) =>
    `<tr data-line="${escapeHtml(l.id)}"><th scope="row">${escapeHtml(l.label)}</th><td class="num">${escapeHtml(pointsWord(l.points))}</td><td>${escapeHtml(l.because)}</td></tr>`;
  const total = escapeHtml(pointsWord(r.total));
  const docs = r.documents.map(
    (d) =>
      `<strong>${escapeHtml(d.label)} :</strong> ${escapeHtml(d.documents.length ? `${d.documents.join(' ou ')}.` : 'le guichet vous dira quelle pièce apporter.')}`,
  );
  return [
    `<p class="total" data-total="${r.total}">Total estimé : <strong>${total}</strong></p>`,
    missingHtml(r),
    '<div class="table-scroll" tabindex="0" role="region" aria-label="Détail des points"><table class="lines"><caption>Le détail, critère par critère</caption>',
    '<thead><tr><th scope="col">Critère</th><th scope="col" class="num">Points</th><th scope="col">Pourquoi</th></tr></thead>',
    `<tbody>${counted.map(row).join('')}</tbody>`,
    `<tfoot><tr><th scope="row">Total</th><td class="num"><strong>${total}</strong></td><td></td></tr></tfoot></table></div>`,
    others.length
      ? `<details class="other-lines"><summary>Les critères qui ne comptent pas pour vous, et pourquoi</summary>${list(others.map((l) => `<strong data-other="${escapeHtml(l.id)}">${escapeHtml(l.label)} :</strong> ${escapeHtml(l.because)}`))}</details>`
      : '',
    '<h3>Les pièces à apporter</h3>',
    docs.length ? list(docs) : '<p>Aucun critère ne vous donne de points pour le moment.</p>',
    '<h3>Les critères que seul un guichet peut valider</h3>',
    r.deskOnly.length
      ? list(r.deskOnly.map(escapeHtml))
      : '<p>Aucun de vos critères. Mais le guichet vérifie toujours vos pièces.</p>',
    '<h3>À savoir</h3>',
    list(CAVEATS.map(escapeHtml)),
  ].join('');
}
