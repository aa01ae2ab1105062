/** Glossary: the real file is valid, and the first use of each term on a page becomes a described link. */
import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import {
  acronymsOf,
  glossaryTermsPlugin,
  linkTerms,
  loadGlossary,
  termFinder,
  type GlossaryEntry,
  type HNode,
} from '../../src/lib/glossary/index.ts';
import { frenchSpaces, splitLines } from '../../src/lib/falc/index.ts';
import { ROOT } from '../helpers/paths.ts';

const entries: GlossaryEntry[] = [
  { id: 'caleol', term: 'CALEOL', forms: ['CALEOL'], definition: 'La commission qui choisit.' },
  { id: 'bail', term: 'Bail', forms: ['bail'], definition: 'Le contrat de location.' },
  {
    id: 'bailleur-social',
    term: 'Bailleur social',
    forms: ['bailleur social', 'bailleurs sociaux', 'bailleur'],
    definition: 'Le propriétaire.',
  },
];

describe('le glossaire du site', () => {
  test('le fichier content/glossaire.yaml est valide et explique les sigles du site', () => {
    const { entries: real, diagnostics } = loadGlossary(resolve(ROOT, 'content/glossaire.yaml'));
    expect(diagnostics).toEqual([]);
    const acronyms = acronymsOf(real);
    for (const a of ['CALEOL', 'DALO', 'SIAO', 'CCAS', 'CERFA', 'SNE', 'RPLS', 'MDPH', 'QPV', 'EPCI'])
      expect(acronyms.has(a)).toBe(true);
  });
});

describe('premier usage d’un mot', () => {
  const find = termFinder(entries);
  test('un mot ne se trouve pas dans un mot plus long, et la forme la plus longue gagne', () => {
    const used = new Set<string>();
    expect(find('Les bailleurs sociaux signent le bail.', used)).toMatchObject({
      index: 4,
      length: 17,
      entry: { id: 'bailleur-social' },
    });
    used.add('bailleur-social');
    expect(find('Les bailleurs sociaux signent le bail.', used)).toMatchObject({ index: 33, entry: { id: 'bail' } });
  });
  test('un sigle garde sa casse, un mot peut commencer par une majuscule', () => {
    expect(find('La caleol choisit.', new Set())).toBeUndefined();
    expect(find('Bailleur social : qui est-ce ?', new Set())).toMatchObject({ index: 0 });
  });
  test('seul le premier usage de chaque mot devient un lien décrit par sa définition', () => {
    const used = new Set<string>();
    const order: GlossaryEntry[] = [];
    const nodes = linkTerms('La CALEOL choisit. La CALEOL écrit.', find, used, order, '/glossaire/')!;
    const links = nodes.filter((n) => n.tagName === 'a');
    expect(links).toHaveLength(1);
    expect(links[0]?.properties).toMatchObject({ href: '/glossaire/#caleol', ariaDescribedBy: 'mot-caleol' });
    expect(order.map((e) => e.id)).toEqual(['caleol']);
  });
  test('le greffon ajoute en fin de page la liste des mots, avec les identifiants des définitions', () => {
    const plugin = glossaryTermsPlugin({ entries });
    const root: HNode = { type: 'root', children: [] };
    const p: HNode = { type: 'element', tagName: 'p', children: [] };
    const t: HNode = { type: 'text', value: 'Le bailleur réunit la CALEOL.' };
    const h: HNode = { type: 'text', value: 'La CALEOL' };
    const heading: HNode = { type: 'element', tagName: 'h2', children: [h] };
    const parents = new Map<HNode, HNode>([
      [t, p],
      [p, root],
      [h, heading],
      [heading, root],
    ]);
    const appended: HNode[] = [];
    const replaced: HNode[][] = [];
    const ctx = {
      parent: (n: HNode) => parents.get(n),
      replaceNode: (_: HNode, ns: HNode[]) => {
        replaced.push(ns);
      },
      appendChild: (_: HNode, c: HNode | HNode[]) => {
        appended.push(...[c].flat());
      },
    };
    plugin.before();
    plugin.text(h, ctx);
    plugin.text(t, ctx);
    plugin.after(root, ctx);
    expect(replaced).toHaveLength(1);
    const box = appended[0]!;
    expect(box.tagName).toBe('aside');
    // The list is folded under its title, which says how many words it explains.
    const folded = box.children![0]!;
    expect(folded.tagName).toBe('details');
    expect(folded.children![0]!.tagName).toBe('summary');
    expect(folded.children![0]!.children![0]!.children![0]!.value).toBe('Les mots expliqués sur cette page : 2 mots');
    const dds = folded.children![1]!.children!.filter((n) => n.tagName === 'dd');
    expect(dds.map((d) => d.properties?.id)).toEqual(['mot-bailleur-social', 'mot-caleol']);
  });
});

describe('une phrase par ligne à l’écran', () => {
  test('chaque retour à la ligne du texte devient un saut de ligne, sans saut au début ni à la fin', () => {
    const nodes = splitLines('Phrase 1.\nPhrase 2.\n', true, true)!;
    expect(nodes.map((n) => n.tagName ?? n.value)).toEqual(['Phrase 1.', 'br', 'Phrase 2.']);
    expect(splitLines('Sans retour.', true, true)).toBeUndefined();
  });
  test('une espace insécable précède le point d’interrogation, pour qu’il ne commence jamais une ligne', () => {
    expect(frenchSpaces('Vous avez un doute ? « Oui » : allez-y !')).toBe(
      'Vous avez un doute\u00a0? «\u00a0Oui\u00a0»\u00a0: allez-y\u00a0!',
    );
  });
});
