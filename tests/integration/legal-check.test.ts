/** `npm run check` refuses to publish a real site whose legal notice is incomplete, with positioned French errors. */
import { expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

test('un territoire réel sans hébergeur, directeur de la publication ni contact est refusé, ligne et colonne à l’appui', () => {
  const r = runScript('check', [], { TERRITORY: 'legal-incomplete', TERRITORIES_DIR: FIXTURE_TERRITORIES });
  expect(r.status).toBe(1);
  const file = 'tests/fixtures/territories/legal-incomplete/territory.yaml';
  expect(r.stdout).toContain(
    `${file}:17:3  erreur : mentions légales incomplètes : il manque l’hébergeur du site : son nom, son adresse et son téléphone (« publisher.host »)`,
  );
  expect(r.stdout).toContain(
    `${file}:17:3  erreur : mentions légales incomplètes : il manque le directeur ou la directrice de la publication (« publisher.director »)`,
  );
  expect(r.stdout).toContain(
    `${file}:14:3  erreur : mentions légales incomplètes : il manque un téléphone ou une adresse e-mail pour joindre le service (« contact »)`,
  );
  // A state of conformity that no audit supports is refused too.
  expect(r.stdout).toMatch(
    new RegExp(
      `${file}:21:11  erreur : état de conformité « partiellement conforme » contraire à la règle du RGAA : sans audit, le site est « non conforme »`,
    ),
  );
});

test('un territoire de démonstration peut être incomplet : le site le dira', () => {
  const r = runScript('check', [], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: FIXTURE_TERRITORIES });
  expect(r.status).toBe(0);
});
