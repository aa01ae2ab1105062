/** `npm run check` as EPCI staff run it: one French line per problem, with file, line and column. */
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

const check = (slug: string) => runScript('check', [], { TERRITORY: slug, TERRITORIES_DIR: FIXTURE_TERRITORIES });

describe('npm run check', () => {
  test('un territoire correct passe, code de sortie 0', () => {
    const r = check('mini-chamonix');
    expect(r.stdout).toContain('tout est correct');
    expect(r.status).toBe(0);
  });

  test('SIREN inconnu et champ manquant : une ligne par problème, code 1', () => {
    const r = check('broken-settings');
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/territories\/broken-settings\/territory\.yaml:4:8 {2}erreur : SIREN 123456789 inconnu/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /territory\.yaml:\d+:\d+ {2}erreur : « contact » : champ obligatoire absent .*\(ajoutez ce champ\)$/,
      ),
    );
  });

  test('horaires illisibles, guichet hors territoire, téléphone étranger, niveau inexistant', () => {
    const r = check('broken-desks');
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/desks\.yaml:11:17 {2}erreur : horaires illisibles : « Lu-Ve 8h30-12h »/);
    expect(out).toMatch(
      /desks\.yaml:20:12 {2}erreur : le guichet « Mairie d'Annecy » est à Annecy \(74010\), hors du territoire/,
    );
    expect(out).toMatch(/desks\.yaml:22:10 {2}erreur : numéro de téléphone « \+41 22 123 45 67 » non français/);
    expect(out).toMatch(/desks\.yaml:27:12 {2}erreur : « n°3 › levels › n°1 » : niveau 1, 2 ou 3 attendu/);
    expect(out).toMatch(/4 erreurs/);
  });

  test('un territoire inexistant est signalé avec la liste des territoires', () => {
    const r = check('inexistant');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('territoire « inexistant » introuvable');
    expect(r.stdout).toContain('mini-chamonix');
  });
});

describe('npm run check : plafonds de ressources', () => {
  test('un jour d’une année sans plafonds : un avertissement placé dans le fichier commun, code 0', () => {
    const r = runScript('check', [], {
      TERRITORY: 'mini-chamonix',
      TERRITORIES_DIR: FIXTURE_TERRITORIES,
      ILS_TODAY: '2031-01-15',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // Line 21 column 3: the first block of « years », where the missing year goes.
    expect(r.stdout.split('\n')).toContainEqual(
      'data/common/plafonds-ressources.yaml:21:3  avertissement : aucun plafond de ressources pour 2031 : le site montre ceux de 2026, avec leur année  (ajoutez en haut de « years » le bloc de 2031 : l’arrêté qui modifie celui du 29 juillet 1987 paraît au Journal officiel fin décembre)',
    );
  });
});
