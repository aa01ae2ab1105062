/**
 * The text of the figures pages follows the checkable FALC rules (DESIGN.md §10) with the project's own
 * linter (src/lib/falc) and glossary: no error on the figures parts of a commune page, /logements/,
 * /delais/ and /donnees/, for both territories. Warnings (12 words advised, passive voice of the
 * DESIGN §7 model sentence « 12 T3 ont été donnés ») are not failures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/lib/falc/index.ts';
import { acronymsOf, loadGlossary } from '../../src/lib/glossary/index.ts';
import { text } from './stock-html.ts';

const root = resolve(import.meta.dirname, '../..');
const acronyms = acronymsOf(loadGlossary(join(root, 'content/glossaire.yaml')).entries);
const BLOCK =
  /<\/?(?:p|li|h[1-6]|caption|th|td|tr|div|ul|ol|figure|section|nav|table|thead|tbody|tfoot|dl|dt|dd|br)\b[^>]*>|<span class="(?:wait|pressure|short-tag)[^"]*"[^>]*>/g;

/** One line of text per block element, as a reader sees the blocks. */
function lines(html: string): string[] {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(BLOCK, '\n')
    .split('\n')
    .map(text)
    .filter((l) => l !== '');
}

/** The parts of a page this feature writes: a commune page without its desks part, the whole main elsewhere. */
function ownParts(html: string, commune: boolean): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  if (!commune) return main;
  const desks = main.indexOf('data-details="tous-les-guichets"');
  const after = main.indexOf('data-details="comparer"');
  expect(desks).toBeGreaterThan(0);
  return main.slice(0, desks) + (after > desks ? main.slice(after) : '');
}

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
  'textes FALC des pages de chiffres, %s',
  (territory) => {
    it('ne contient aucune erreur du vérificateur FALC', () => {
      const base = mkdtempSync(join(tmpdir(), 'stock-falc-'));
      const dir = join(base, 'site');
      execFileSync(
        join(root, 'node_modules/.bin/node'),
        ['tests/fixtures/stock/build-site.ts', territory, dir, '--fake'],
        { cwd: root, stdio: 'pipe' },
      );
      const communes = JSON.parse(readFileSync(join(base, `${territory}-dataset.json`), 'utf8')).communes as {
        slug: string;
      }[];
      const pages = [...communes.slice(0, 3).map((c) => `communes/${c.slug}`), 'logements', 'delais', 'donnees'];
      let checked = 0;
      const errors = pages.flatMap((p) => {
        const html = readFileSync(join(dir, p, 'index.html'), 'utf8');
        const own = lines(ownParts(html, p.startsWith('communes/')));
        checked += own.length;
        return own.flatMap((line) =>
          checkText(line, { acronyms, oneSentencePerLine: false })
            .filter((f) => f.severity === 'error')
            .map((f) => `${p} : ${f.message} [${f.rule}] dans « ${line} »`),
        );
      });
      expect(checked).toBeGreaterThan(200);
      expect([...new Set(errors)]).toEqual([]);
    });
  },
);
