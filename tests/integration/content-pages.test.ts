/**
 * Building a territory with its own content/ folder: a page with the same name replaces the shared one,
 * a new name adds a page; territory values, glossary links and the words box are in the HTML.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

let out: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ils-pages-'));
  cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), join(dir, 'mini-chamonix'), { recursive: true });
  mkdirSync(join(dir, 'mini-chamonix', 'content'));
  const page = (title: string, order: number, body: string) =>
    [
      '---',
      `title: ${title}`,
      'description: Une page du territoire.',
      `order: ${order}`,
      'lastReview: 2026-11-23',
      '---',
      body,
    ].join('\n');
  writeFileSync(
    join(dir, 'mini-chamonix', 'content', 'renouveler.mdx'),
    page('Renouveler à Chamonix', 60, 'La CALEOL de <Territoire /> se réunit.\nVous gardez votre numéro unique.'),
  );
  writeFileSync(
    join(dir, 'mini-chamonix', 'content', 'aides-locales.mdx'),
    page('Les aides locales', 120, 'Il y a <NombreGuichets niveau={2} /> pour vous.'),
  );
  out = join(mkdtempSync(join(tmpdir(), 'ils-pages-out-')), 'dist');
  const r = runScript('build', ['--out', out], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir });
  if (r.status !== 0) throw new Error(r.stderr + r.stdout);
});

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('pages propres au territoire', () => {
  test('une page du même nom remplace la page commune', () => {
    const h = html('renouveler');
    expect(h).toContain('<h1>Renouveler à Chamonix</h1>');
    expect(h).not.toContain('Pourquoi renouveler');
  });
  test('une nouvelle page s’ajoute, avec les valeurs du territoire', () => {
    expect(html('aides-locales')).toMatch(/Il y a 1 guichet pour vous\./);
    expect(html('comprendre')).toContain('href="/aides-locales/"');
  });
  test('les pages communes restent publiées', () => {
    expect(existsSync(join(out, 'demander', 'index.html'))).toBe(true);
  });
  test('le premier usage d’un mot du glossaire est un lien décrit, et la page liste ses mots', () => {
    const h = html('renouveler');
    expect(h).toMatch(/<a href="\/glossaire\/#caleol" class="terme" aria-describedby="mot-caleol">CALEOL<\/a>/);
    expect(h).toMatch(/<dd id="mot-caleol">/);
    expect(h).toContain('Les mots expliqués sur cette page');
    expect(h.match(/class="terme"[^>]*>CALEOL/g)).toHaveLength(1);
    expect(h).toMatch(/se réunit\.<br\/?>Vous gardez/);
  });
  test('l’index de recherche est écrit avec le site', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
