/**
 * The HTML of a cotation result (worked example and simulator), piece by piece, on a small grid whose total
 * is worked out by hand. Kills the mutants of src/lib/cotation/result-html.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, missingHtml, resultHtml } from '../../src/lib/cotation/index.ts';
import { makeGrid } from './cotation-helpers.ts';

const grid = makeGrid({
  questions: [
    { id: 'ok', step: 'situation', kind: 'yesno', label: 'Oui ?' },
    { id: 'n', step: 'situation', kind: 'number', label: 'Combien ?' },
    { id: 'z', step: 'situation', kind: 'yesno', label: 'Zut <b> ?' },
  ],
  criteria: [
    { id: 'a', label: 'Critère A', when: { fact: 'ok' }, points: 20, justificatifs: ['Attestation'] },
    { id: 'b', label: 'Critère B', when: { fact: 'n', gte: 2 }, points: 5 },
    { id: 'c', label: 'Critère C', when: { fact: 'z' }, points: 3 },
  ],
});

describe('résultat de la cotation en HTML', () => {
  it('total, réponse manquante avec ses points en jeu, lignes comptées et non comptées, pièces', () => {
    const html = resultHtml(evaluate(grid, { ok: true, z: false }));
    expect(html).toContain('<p class="total" data-total="20">Total estimé : <strong>20 points</strong></p>');
    expect(html).toContain(
      '<li><strong>« Combien ? »</strong> Cette réponse peut vous donner jusqu’à 5 points. Critère : Critère B.</li>',
    );
    expect(html).toContain(
      '<tbody><tr data-line="a"><th scope="row">Critère A</th><td class="num">20 points</td><td>Vous avez coché « Oui ? ».</td></tr></tbody>',
    );
    expect(html).toContain('<tfoot><tr><th scope="row">Total</th><td class="num"><strong>20 points</strong></td>');
    expect(html).toContain(
      '<li><strong data-other="c">Critère C :</strong> Vous n’avez pas coché « Zut &lt;b&gt; ? ».</li>',
    );
    expect(html).toContain('<h3>Les pièces à apporter</h3><ul><li><strong>Critère A :</strong> Attestation.</li></ul>');
    expect(html).toContain('<p>Aucun de vos critères. Mais le guichet vérifie toujours vos pièces.</p>');
    expect(html).toContain('<li>Ce résultat est une estimation. Il aide à comprendre. Il ne donne pas de droit.</li>');
  });

  it('rien ne compte : 0 point, aucune pièce, pas de bloc des réponses manquantes', () => {
    const r = evaluate(grid, { ok: false, n: 1, z: false });
    expect(missingHtml(r)).toBe('');
    const html = resultHtml(r);
    expect(html).toContain('Total estimé : <strong>0 point</strong>');
    expect(html).toContain('<tbody></tbody>');
    expect(html).toContain('<p>Aucun critère ne vous donne de points pour le moment.</p>');
    expect(html).not.toContain('missing-answers');
    expect(html.match(/data-other=/g)).toHaveLength(3);
  });

  it('toutes les réponses manquent : chaque question une fois, avec ses points en jeu', () => {
    const html = missingHtml(evaluate(grid, {}));
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<strong>« Oui ? »</strong> Cette réponse peut vous donner jusqu’à 20 points.');
    expect(html).toContain('<strong>« Zut &lt;b&gt; ? »</strong> Cette réponse peut vous donner jusqu’à 3 points.');
    expect(html.startsWith('<div class="missing-answers"><h3>Les réponses qui manquent</h3>')).toBe(true);
  });
});
