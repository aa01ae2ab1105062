/** The desk checks of `npm run check`: French lines with file, line and column. */
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

describe('npm run check : guichets et orientation', () => {
  const r = runScript('check', [], { TERRITORY: 'desks-broken-orientation', TERRITORIES_DIR: FIXTURE_TERRITORIES });
  const file = 'tests/fixtures/territories/desks-broken-orientation';

  test('code de sortie 1', () => expect(r.status).toBe(1));

  test('une mairie sans adresse est une erreur ; le 115 sans adresse est accepté', () => {
    expect(r.stdout).toMatch(
      new RegExp(
        `${file}/desks\\.yaml:3:3 {2}erreur : « n°1 › street » : champ obligatoire absent pour un guichet qui reçoit du public`,
      ),
    );
    expect(r.stdout).not.toMatch(/n°3/);
  });

  test('pas de guichet d’enregistrement : avertissement', () => {
    expect(r.stdout).toMatch(
      new RegExp(`${file}/desks\\.yaml:1:1 {2}avertissement : aucun guichet d’enregistrement \\(niveau 2\\)`),
    );
  });

  test('orientation.yaml : une réponse qui mène nulle part, à sa ligne et sa colonne', () => {
    expect(r.stdout).toMatch(
      new RegExp(`${file}/orientation\\.yaml:9:38 {2}erreur : « sans-abri » n’est ni une question ni un résultat`),
    );
  });
});
