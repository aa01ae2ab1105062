/**
 * Folded sections of a long FALC page: with `foldAfter`, the sections after the first ones are each a
 * <details> whose <summary> holds the section's own heading, their text kept once, in order.
 */
import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { foldSectionsPlugin, foldedSections, sectionsKeptOpen } from '../../src/lib/pages/index.ts';

const PAGE = [
  'Le début de la page.',
  '',
  '## La réponse',
  '',
  'Vous pouvez demander.',
  '',
  '## Les papiers',
  '',
  '- la carte d’identité,',
  '- le livret de famille.',
  '',
  '### Pour les enfants',
  '',
  'Le livret de famille.',
  '',
  '## Après',
  '',
  'Vous attendez.',
].join('\n');

function render(frontmatter: Record<string, unknown>): string {
  const result = markdownToHtml(PAGE, {
    hastPlugins: [foldSectionsPlugin] as never,
    data: { astro: { frontmatter } } as never,
  });
  return typeof result === 'string' ? result : ((result as { html?: string; value?: string }).html ?? String(result));
}

describe('les parties repliées d’une longue page', () => {
  test('foldAfter: 1 : le début et la première partie restent ouverts, les 2 autres sont repliées sous leur titre', () => {
    const html = render({ foldAfter: 1 });
    expect(html.indexOf('Le début de la page.')).toBeLessThan(html.indexOf('<details'));
    expect(html.indexOf('Vous pouvez demander.')).toBeLessThan(html.indexOf('<details'));
    expect(html.match(/<details class="more">/g)).toHaveLength(2);
    expect(html).toMatch(/<details class="more"><summary><h2[^>]*>Les papiers<\/h2><\/summary><div class="more-body">/);
    expect(html).toMatch(/<details class="more"><summary><h2[^>]*>Après<\/h2><\/summary><div class="more-body">/);
    // The text of each folded part is inside it, once: nothing lost, nothing doubled.
    const papers = html.slice(html.indexOf('Les papiers</h2>'), html.indexOf('Après</h2>'));
    expect(papers).toContain('<li>la carte d’identité,</li>');
    expect(papers).toContain('<h3>Pour les enfants</h3>');
    expect(papers.indexOf('</details>')).toBeGreaterThan(papers.indexOf('Le livret de famille.</p>'));
    expect(html.split('Vous attendez.')).toHaveLength(2);
    expect(html.split('la carte d’identité')).toHaveLength(2);
    expect(html.trimEnd().endsWith('</details>')).toBe(true);
  });
  test('sans foldAfter, ou avec une valeur qui n’est pas un nombre entier positif, rien n’est replié', () => {
    for (const frontmatter of [{}, { foldAfter: -1 }, { foldAfter: 1.5 }, { foldAfter: '1' }]) {
      expect(render(frontmatter)).not.toContain('<details');
    }
  });
  test('foldAfter: 0 replie toutes les parties ; un nombre plus grand que les parties ne replie rien', () => {
    expect(render({ foldAfter: 0 }).match(/<details/g)).toHaveLength(3);
    expect(render({ foldAfter: 3 })).not.toContain('<details');
    expect(sectionsKeptOpen({ foldAfter: 2 })).toBe(2);
    expect(sectionsKeptOpen(undefined)).toBeUndefined();
  });
  test('une partie va de son titre au titre suivant, ou à la fin', () => {
    const h2 = { type: 'element', tagName: 'h2' };
    const p = { type: 'element', tagName: 'p' };
    expect(foldedSections([p, h2, p, h2, p, p, h2], 1)).toEqual([
      [3, 6],
      [6, 7],
    ]);
  });
  test('la liste des mots de la page, ajoutée après le texte, reste hors de la dernière partie', () => {
    const h2 = { type: 'element', tagName: 'h2' };
    const p = { type: 'element', tagName: 'p' };
    const aside = { type: 'element', tagName: 'aside' };
    expect(foldedSections([h2, p, h2, p, aside], 1)).toEqual([[2, 4]]);
    const html = markdownToHtml('## Un\n\nA.\n\n## Deux\n\nB.', {
      hastPlugins: [
        {
          name: 'mots',
          after: (root: never, ctx: { appendChild: (n: never, c: unknown) => void }) =>
            ctx.appendChild(root, {
              type: 'element',
              tagName: 'aside',
              properties: {},
              children: [{ type: 'text', value: 'Les mots.' }],
            }),
        },
        foldSectionsPlugin,
      ] as never,
      data: { astro: { frontmatter: { foldAfter: 1 } } } as never,
    });
    const out = typeof html === 'string' ? html : (html as { html: string }).html;
    expect(out).toMatch(/<\/details>\s*<aside>Les mots\.<\/aside>/);
  });
});
