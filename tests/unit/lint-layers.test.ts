/**
 * The layer rules of eslint.config.js hold: each kind of violation, written into a temporary file inside
 * the repository (where the configuration applies), makes ESLint fail; a file that follows the rules
 * passes. The temporary files are removed afterwards.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const id = `zz-lint-${process.pid}`;
/** Path relative to the repository → source text, and whether the layer rule must fail on it. */
const files: { path: string; text: string; fails: boolean; about: string }[] = [
  {
    about: 'fichier posé directement dans src/lib qui importe un composant',
    path: `src/lib/${id}-racine.ts`,
    text: "import '../components/Header.astro';\n",
    fails: true,
  },
  {
    about: 'fichier posé directement dans src/lib qui importe un fichier interne d’un module',
    path: `src/lib/${id}-interne.ts`,
    text: "export { buildDataset } from './dataset/build.ts';\n",
    fails: true,
  },
  {
    about: 'import() dynamique d’une page depuis un module de src/lib',
    path: `src/lib/${id}/page.ts`,
    text: "export const load = () => import('../../pages/index.astro');\n",
    fails: true,
  },
  {
    about: 'import() dynamique d’un fichier interne d’un autre module',
    path: `src/lib/${id}/interne.ts`,
    text: "export const load = () => import('../dataset/build.ts');\n",
    fails: true,
  },
  {
    about: 'import() dynamique écrit avec des accents graves, depuis src/lib vers un script',
    path: `src/lib/${id}/gabarit.ts`,
    text: 'export const load = () => import(`../../../scripts/prepare.ts`);\n',
    fails: true,
  },
  {
    about: 'type import() d’un composant depuis src/lib',
    path: `src/lib/${id}/type.ts`,
    text: "export type T = import('../../components/figures/x.ts').T;\n",
    fails: true,
  },
  {
    about: 'module de src/lib qui importe un script',
    path: `src/lib/${id}/script.ts`,
    text: "import '../../../scripts/progress.ts';\n",
    fails: true,
  },
  {
    about: 'src/lib qui importe Astro',
    path: `src/lib/${id}/astro.ts`,
    text: "import { getCollection } from 'astro:content';\nexport const c = getCollection;\n",
    fails: true,
  },
  {
    about: 'fichier de src qui importe un script',
    path: `src/${id}-script.ts`,
    text: "import { prepareDataset } from '../scripts/prepare.ts';\nexport const p = prepareDataset;\n",
    fails: true,
  },
  {
    about: 'import() dynamique d’un script depuis un composant de src',
    path: `src/components/${id}-script.ts`,
    text: "export const load = () => import('../../scripts/prepare.ts');\n",
    fails: true,
  },
  {
    about: 'script qui importe un fichier interne de src/lib (import() dynamique)',
    path: `scripts/${id}-interne.ts`,
    text: "export const load = () => import('../src/lib/dataset/build.ts');\n",
    fails: true,
  },
  {
    about: 'module de src/lib qui suit les règles (entrée d’un autre module, fichier voisin, paquet)',
    path: `src/lib/${id}/correct.ts`,
    text: "import { hasErrors } from '../diagnostics/index.ts';\nimport { z } from 'zod';\nexport { hasErrors, z };\nexport const load = () => import('./page.ts');\n",
    fails: false,
  },
];

let results: ESLint.LintResult[] = [];

beforeAll(async () => {
  for (const f of files) {
    mkdirSync(dirname(join(ROOT, f.path)), { recursive: true });
    writeFileSync(join(ROOT, f.path), f.text);
  }
  results = await new ESLint({ cwd: ROOT }).lintFiles(files.map((f) => f.path));
}, 120_000);

afterAll(() => {
  for (const f of files) rmSync(join(ROOT, f.path), { force: true });
  rmSync(join(ROOT, 'src/lib', id), { recursive: true, force: true });
});

describe('les règles de couches de npm run lint tiennent', () => {
  test.each(files.map((f) => [f.about, f] as const))('%s', (_about, f) => {
    const result = results.find((r) => r.filePath === join(ROOT, f.path))!;
    const layerErrors = result.messages.filter((m) => m.ruleId === 'ils/layers' && m.severity === 2);
    if (f.fails) expect(layerErrors.length, JSON.stringify(result.messages)).toBeGreaterThan(0);
    else expect(layerErrors, JSON.stringify(result.messages)).toEqual([]);
  });
});
