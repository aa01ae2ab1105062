/**
 * FALC review records (issue 23, part 7): a page and the guide say « facile à lire » only while the text is the
 * one an organisation of readers reviewed. The fingerprint expected here is computed by the test from its own
 * definition (sha256 of title, description and body, spaces not counted, 12 hexadecimal digits).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

const fingerprint = (...parts: string[]) =>
  createHash('sha256')
    .update(parts.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n'))
    .digest('hex')
    .slice(0, 12);

const page = (title: string, description: string, body: string, review?: string) =>
  [
    '---',
    `title: ${title}`,
    `description: ${description}`,
    'order: 120',
    'lastReview: 2026-11-23',
    ...(review
      ? ['falcReview:', '  by: ESAT Les Ateliers du Mont-Blanc', '  date: 2026-11-30', `  fingerprint: "${review}"`]
      : []),
    '---',
    body,
  ].join('\n');

const AIDES = [
  'Les aides locales',
  'Les aides de la vallée.',
  'Vous pouvez demander une aide.\n\nDemandez au guichet.',
] as const;
const VISITE = [
  'La visite du logement',
  'Comment se passe la visite.',
  'Le bailleur vous montre le logement.',
] as const;

let dir: string;
let out: string;
const territory = () => join(dir, 'mini-chamonix');
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/\s+/g, ' ');
const build = () => {
  out = join(mkdtempSync(join(tmpdir(), 'ils-falc-review-out-')), 'dist');
  const r = runScript('build', ['--out', out], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir });
  if (r.status !== 0) throw new Error(r.stderr + r.stdout);
  return r;
};
const check = () => runScript('check', [], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ils-falc-review-'));
  cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), territory(), { recursive: true });
  mkdirSync(join(territory(), 'content'));
  // Reviewed as it is now.
  writeFileSync(join(territory(), 'content', 'aides-locales.mdx'), page(...AIDES, fingerprint(...AIDES)));
  // Reviewed, then one word changed: « montre » was « fait visiter ».
  const before = fingerprint(VISITE[0], VISITE[1], 'Le bailleur vous fait visiter le logement.');
  writeFileSync(join(territory(), 'content', 'visite.mdx'), page(...VISITE, before));
  build();
});

describe('relecture FALC enregistrée', () => {
  test('une page relue telle qu’elle est dit « facile à lire », qui l’a relue et quand', () => {
    const h = html('aides-locales');
    expect(h).toContain('Ce texte est facile à lire et à comprendre.');
    expect(h).toContain('Il a été relu par ESAT Les Ateliers du Mont-Blanc le 30 novembre 2026.');
    const [a, b, c] = [0, 4, 8].map((i) => fingerprint(...AIDES).slice(i, i + 4));
    expect(h).toMatch(new RegExp(`Version du texte : <span data-text-version[^>]*>${a} ${b} ${c}</span>`));
  });

  test('une page changée après sa relecture perd la mention, et check le dit avec la nouvelle version', () => {
    const h = html('visite');
    expect(h).not.toContain('Ce texte est facile à lire');
    expect(h).not.toContain('ESAT Les Ateliers');
    expect(h).toContain('Il a changé depuis sa relecture par un groupe de lecteurs : il doit être relu de nouveau.');
    const r = check();
    expect(r.status).toBe(0);
    const now = fingerprint(...VISITE);
    const text = r.stdout + r.stderr;
    expect(text).toMatch(
      /content\/visite\.mdx:9:\d+ +avertissement : La page a changé depuis sa relecture FALC par ESAT Les Ateliers du Mont-Blanc le 30 novembre 2026/,
    );
    expect(text).toContain(`${now.slice(0, 4)} ${now.slice(4, 8)} ${now.slice(8)}`);
    expect(text).not.toMatch(/aides-locales\.mdx.*relecture FALC/);
  });

  test('le guide : relu avec la version affichée, il dit « facile à lire » ; un mot changé, check avertit', () => {
    const plaquettes = html('plaquettes');
    const version = /Version du texte : <span data-text-version[^>]*>([0-9a-f ]{14})<\/span>/.exec(plaquettes)?.[1];
    expect(version).toBeDefined();
    expect(html(`plaquettes/guide-demandeur`)).toContain('écrit avec les règles du facile à lire');
    const file = join(territory(), 'territory.yaml');
    const settings = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      `${settings.trimEnd()}\nguideFalcReview:\n  by: Groupe d’autoreprésentants Nous Aussi\n  date: 2026-12-01\n  fingerprint: ${version}\n`,
    );
    const ok = check();
    expect(ok.stdout + ok.stderr).not.toContain('Le guide PDF a changé');
    build();
    expect(html('plaquettes/guide-demandeur')).toContain(
      'en facile à lire. Relu par Groupe d’autoreprésentants Nous Aussi le 1er décembre 2026.',
    );
    // A changed word of the guide: the name of a portal is printed in it.
    const before = readFileSync(file, 'utf8');
    const after = before.replace('name: Portail national de la demande', 'name: Le portail national de la demande');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const stale = check();
    expect(stale.stdout + stale.stderr).toMatch(/territory\.yaml:\d+:\d+ +avertissement : Le guide PDF a changé/);
  });

  test('une relecture au nom d’une personne ou sans version est refusée par check, en français', () => {
    const file = join(territory(), 'content', 'aides-locales.mdx');
    writeFileSync(file, page(...AIDES, 'pas une version').replace('ESAT Les Ateliers du Mont-Blanc', 'Mme Martin'));
    const r = check();
    const text = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(text).toMatch(/aides-locales\.mdx:7:\d+ +erreur : .*organisation de relecteurs/);
    expect(text).toMatch(/aides-locales\.mdx:9:\d+ +erreur : .*empreinte attendue/);
  });
});
