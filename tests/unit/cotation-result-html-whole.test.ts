/**
 * The whole HTML of a cotation result, for a result written by hand (not computed): which lines go in the
 * table (points or matched), which go under « ne comptent pas » (not applicable only; a line waiting for an
 * answer goes in neither), the points at stake of each missing answer (unknown, none, some), documents with
 * and without a known piece, desk-only criteria, caveats. The expected HTML is written by hand; it kills the
 * mutants of src/lib/cotation/result-html.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { missingHtml, resultHtml, type CotationResult } from '../../src/lib/cotation/index.ts';

const line = (id: string, points: number, matched: boolean, status: string, because: string) => ({
  id,
  label: `Ligne ${id}`,
  points,
  status,
  because,
  missing: [],
  matched,
});

const result = {
  total: 7.5,
  lines: [
    line('gagne', 10, true, 'applied', 'Vous avez coché « A ».'),
    line('refus', -2.5, false, 'applied', 'Vous avez refusé 1 logement.'),
    // Beaten in its group: no points, not applied, but the household matches it: in the table, not below.
    line('zero', 0, true, 'not_applicable', 'Votre situation correspond à ce critère.'),
    line('non', 0, false, 'not_applicable', 'Vous n’avez pas coché « B & C ».'),
    line('attend', 0, false, 'missing', 'Il manque votre réponse à « D ».'),
  ],
  missing: [
    { id: 'd', label: 'D ?', criteria: ['Ligne attend', 'Ligne autre'], atStake: undefined },
    { id: 'e', label: 'E', criteria: ['Ligne e'], atStake: 0 },
    { id: 'f', label: 'F <i>', criteria: ['Ligne f'], atStake: 1 },
  ],
  documents: [
    { label: 'Ligne gagne', documents: ['Attestation', 'Certificat'] },
    { label: 'Ligne sans pièce', documents: [] },
  ],
  deskOnly: ['Ligne gagne'],
} as unknown as CotationResult;

const MISSING =
  '<div class="missing-answers"><h3>Les réponses qui manquent</h3><p>Votre total peut encore monter. Revenez aux questions pour répondre.</p><ul>' +
  '<li><strong>« D ? »</strong> Cette réponse peut vous donner des points. Critère : Ligne attend, Ligne autre.</li>' +
  '<li><strong>« E »</strong> Cette réponse ne change pas vos points. Critère : Ligne e.</li>' +
  '<li><strong>« F &lt;i&gt; »</strong> Cette réponse peut vous donner jusqu’à 1 point. Critère : Ligne f.</li>' +
  '</ul></div>';
const CAVEATS_HTML =
  '<h3>À savoir</h3><ul>' +
  '<li>Ce résultat est une estimation. Il aide à comprendre. Il ne donne pas de droit.</li>' +
  '<li>Le nombre de points ne suffit pas pour avoir un logement.</li>' +
  '<li>Pour chaque logement, la commission du bailleur étudie 3 demandes. Elle choisit librement.</li>' +
  '<li>Vos points peuvent changer quand le guichet vérifie vos pièces.</li>' +
  '<li>Vos vrais points sont sur le site de votre demande en ligne ou au guichet.</li>' +
  '</ul>';

describe('le résultat de la cotation en HTML, en entier', () => {
  it('chaque partie, dans l’ordre, avec chaque texte échappé', () => {
    expect(resultHtml(result)).toBe(
      '<p class="total" data-total="7.5">Total estimé : <strong>7,5 points</strong></p>' +
        MISSING +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Détail des points"><table class="lines"><caption>Le détail, critère par critère</caption>' +
        '<thead><tr><th scope="col">Critère</th><th scope="col" class="num">Points</th><th scope="col">Pourquoi</th></tr></thead>' +
        '<tbody>' +
        '<tr data-line="gagne"><th scope="row">Ligne gagne</th><td class="num">10 points</td><td>Vous avez coché « A ».</td></tr>' +
        '<tr data-line="refus"><th scope="row">Ligne refus</th><td class="num">-2,5 points</td><td>Vous avez refusé 1 logement.</td></tr>' +
        '<tr data-line="zero"><th scope="row">Ligne zero</th><td class="num">0 point</td><td>Votre situation correspond à ce critère.</td></tr>' +
        '</tbody>' +
        '<tfoot><tr><th scope="row">Total</th><td class="num"><strong>7,5 points</strong></td><td></td></tr></tfoot></table></div>' +
        '<details class="other-lines"><summary>Les critères qui ne comptent pas pour vous, et pourquoi</summary><ul>' +
        '<li><strong data-other="non">Ligne non :</strong> Vous n’avez pas coché « B &amp; C ».</li>' +
        '</ul></details>' +
        '<h3>Les pièces à apporter</h3><ul>' +
        '<li><strong>Ligne gagne :</strong> Attestation ou Certificat.</li>' +
        '<li><strong>Ligne sans pièce :</strong> le guichet vous dira quelle pièce apporter.</li>' +
        '</ul>' +
        '<h3>Les critères que seul un guichet peut valider</h3><ul><li>Ligne gagne</li></ul>' +
        CAVEATS_HTML,
    );
  });

  it('sans réponse qui manque, sans ligne hors du tableau, sans pièce : les phrases de remplacement', () => {
    const empty = { total: 0, lines: [], missing: [], documents: [], deskOnly: [] } as unknown as CotationResult;
    expect(missingHtml(empty)).toBe('');
    expect(resultHtml(empty)).toBe(
      '<p class="total" data-total="0">Total estimé : <strong>0 point</strong></p>' +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Détail des points"><table class="lines"><caption>Le détail, critère par critère</caption>' +
        '<thead><tr><th scope="col">Critère</th><th scope="col" class="num">Points</th><th scope="col">Pourquoi</th></tr></thead>' +
        '<tbody></tbody>' +
        '<tfoot><tr><th scope="row">Total</th><td class="num"><strong>0 point</strong></td><td></td></tr></tfoot></table></div>' +
        '<h3>Les pièces à apporter</h3><p>Aucun critère ne vous donne de points pour le moment.</p>' +
        '<h3>Les critères que seul un guichet peut valider</h3><p>Aucun de vos critères. Mais le guichet vérifie toujours vos pièces.</p>' +
        CAVEATS_HTML,
    );
  });
});
