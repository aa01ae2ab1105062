/**
 * `npm run check` runs the FALC linter on the shared pages, on the territory's own pages and on the
 * FALC sentences of its YAML files, and prints each finding as `file:line:column  message`.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES, TERRITORIES } from '../helpers/paths.ts';

describe('vérification FALC dans npm run check', () => {
  test.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
    'les pages du site et les textes de %s passent sans erreur',
    (slug) => {
      const r = runScript('check', [], { TERRITORY: slug, TERRITORIES_DIR: TERRITORIES });
      expect(r.stdout).not.toMatch(/ {2}erreur : /);
      expect(r.stdout).toMatch(/content\/demander\.mdx:1:1 {2}information : score de lisibilité Kandel et Moles : \d+/);
      expect(r.status).toBe(0);
    },
  );

  test('une page propre au territoire et une phrase de guichet fautives sont signalées, code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-falc-'));
    cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), join(dir, 'mini-chamonix'), { recursive: true });
    mkdirSync(join(dir, 'mini-chamonix', 'content'));
    writeFileSync(
      join(dir, 'mini-chamonix', 'content', 'essai.mdx'),
      [
        '---',
        'title: Essai',
        'description: Une page pour essayer.',
        'order: 5',
        'lastReview: 2026-11-23',
        '---',
        'Le formulaire (papier) suffit.',
        '{/* falc-ignore ponctuation : nom officiel du formulaire */}',
        'Le formulaire (papier) suffit.',
        'Vous avez deux mois.',
      ].join('\n'),
    );
    const r = runScript('check', [], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/essai\.mdx:7:15 {2}erreur : signe interdit : parenthèse « \( » \[ponctuation\]/);
    expect(r.stdout).not.toMatch(/essai\.mdx:9:/);
    expect(r.stdout).toMatch(/essai\.mdx:10:11 {2}erreur : nombre écrit en lettres : « deux »/);
  });

  test('une phrase FALC d’un guichet est vérifiée dans desks.yaml, à sa ligne et sa colonne', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ils-falc-'));
    cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), join(dir, 'mini-chamonix'), { recursive: true });
    appendFileSync(
      join(dir, 'mini-chamonix', 'desks.yaml'),
      '  audienceNote: Pour les habitants (seulement) de la commune.\n',
    );
    const r = runScript('check', [], { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/desks\.yaml:13:36 {2}erreur : signe interdit : parenthèse « \( »/);
  });
});
