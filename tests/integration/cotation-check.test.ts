/** A wrong cotation grid: `npm run check` lists every error with its position, and the build stops. */
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

const env = { TERRITORY: 'broken-cotation', TERRITORIES_DIR: FIXTURE_TERRITORIES };
const file = 'tests/fixtures/territories/broken-cotation/cotation.yaml';

describe('grille de cotation fausse', () => {
  test('npm run check : une ligne par erreur, avec fichier, ligne et colonne, code 1', () => {
    const r = runScript('check', [], env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:23:19  erreur : question inconnue : « dalo »`);
    expect(r.stdout).toContain(
      `${file}:31:32  erreur : condition sur une réponse absente : « camping » n’est pas une réponse possible de « housing »`,
    );
    expect(r.stdout).toMatch(new RegExp(`${file}:43:\\d+  erreur : palier qui chevauche le précédent`));
    expect(r.stdout).toContain(`${file}:45:5  erreur : le critère « retraite » n’a ni points ni note`);
  });

  test('npm run build : la construction s’arrête et n’écrit rien', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ils-broken-cotation-')), 'dist');
    const r = runScript('build', ['--out', out], env);
    expect(r.status).toBe(1);
    expect(r.stderr + r.stdout).toContain(`${file}:23:19`);
    expect(existsSync(out)).toBe(false);
  });
});
