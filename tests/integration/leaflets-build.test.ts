/**
 * The leaflets in a real build: `npm run build` writes dist/plaquettes/*.pdf, the list page shows each
 * file's real size, every commune page links its sheet, each leaflet has a print version, and two
 * builds in two processes give byte-identical PDFs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');

function build(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'ils-leaflets-')), 'dist');
  const r = spawnSync(node, ['scripts/build.ts', '--out', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TERRITORY: 'thiers-dore-montagne', ILS_QUIET: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`construction échouée :\n${r.stderr}\n${r.stdout}`);
  return out;
}

let dist: string;
beforeAll(() => {
  dist = build();
});

describe('plaquettes dans le site construit', () => {
  it('writes the territory leaflet and one sheet per commune', () => {
    const pdfs = readdirSync(join(dist, 'plaquettes')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toContain('guide-demandeur.pdf');
    expect(pdfs).toContain('grille-cotation.pdf');
    expect(pdfs.filter((f) => f.startsWith('commune-')).length).toBe(30);
    for (const f of pdfs)
      expect(
        readFileSync(join(dist, 'plaquettes', f))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
  });

  it('lists every leaflet with its real size', () => {
    const html = readFileSync(join(dist, 'plaquettes/index.html'), 'utf8');
    const guideKo = Math.max(1, Math.round(statSync(join(dist, 'plaquettes/guide-demandeur.pdf')).size / 1024));
    expect(html).toMatch(new RegExp(`href="/plaquettes/guide-demandeur.pdf"[^]*?${guideKo}(\\s|&nbsp;|\\u202f)?Ko`));
    const thiersKo = Math.max(1, Math.round(statSync(join(dist, 'plaquettes/commune-thiers.pdf')).size / 1024));
    expect(html).toMatch(new RegExp(`href="/plaquettes/commune-thiers.pdf"[^<]*</a>,\\s${thiersKo}\\sKo`));
    expect(html).toContain('href="/plaquettes/commune-thiers/"');
  });

  it('links each commune page to its sheet, which exists', () => {
    for (const slug of ['thiers', 'arconsat', 'vollore-ville']) {
      const html = readFileSync(join(dist, `communes/${slug}/index.html`), 'utf8');
      expect(html).toContain(`href="/plaquettes/commune-${slug}.pdf"`);
      expect(existsSync(join(dist, `plaquettes/commune-${slug}.pdf`))).toBe(true);
    }
  });

  it('has an HTML print version with print CSS', () => {
    const html = readFileSync(join(dist, 'plaquettes/guide-demandeur/index.html'), 'utf8');
    expect(html).toContain('Où déposer votre demande ?');
    const css =
      readdirSync(join(dist, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
        .join('\n') + html;
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4[^}]*margin:\s*3cm/);
  });

  it('is in the main navigation', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain('href="/plaquettes/"');
  });

  it('two builds give identical PDFs', () => {
    const second = build();
    for (const f of readdirSync(join(dist, 'plaquettes')).filter((x) => x.endsWith('.pdf'))) {
      expect(readFileSync(join(second, 'plaquettes', f)).equals(readFileSync(join(dist, 'plaquettes', f))), f).toBe(
        true,
      );
    }
  });
});
