/**
 * `starter: true` (a site written from national data): addresses may be missing and the gaps of the
 * mentions légales are warnings; on any other territory, the addresses stay required.
 */
import { describe, expect, test } from 'vitest';
import { legalDiagnostics, territorySchema } from '../../src/lib/territory/index.ts';
import type { YamlFile } from '../../src/lib/diagnostics/index.ts';

const base = {
  name: 'Thiers Dore et Montagne',
  kind: 'EPCI',
  siren: '200070712',
  siteUrl: 'https://200070712.exemple.fr/',
  abnormalDelay: { reference: 'arrêté du préfet (Puy-de-Dôme), pas encore indiqué ici' },
  portals: [{ name: 'Portail national', url: 'https://www.demande-logement-social.gouv.fr/', description: 'd' }],
  contact: { name: 'Communauté de communes Thiers Dore et Montagne' },
  publisher: { name: 'Communauté de communes Thiers Dore et Montagne' },
};
const yaml = { file: 'territory.yaml', locate: () => ({ line: 1, column: 1 }) } as unknown as YamlFile;

describe('site de départ', () => {
  test('sans adresse : accepté quand starter vaut true, et starter vaut false par défaut', () => {
    expect(territorySchema.safeParse({ ...base, starter: true }).success).toBe(true);
    const other = territorySchema.safeParse(base);
    expect(other.success).toBe(false);
    expect(other.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contact.address', 'adresse attendue, sur une ligne (numéro, rue, code postal, commune)'],
      ['publisher.address', 'adresse attendue, sur une ligne (numéro, rue, code postal, commune)'],
    ]);
    expect(
      territorySchema.parse({ ...base, contact: { name: 'S', address: 'A' }, publisher: { name: 'N', address: 'A' } })
        .starter,
    ).toBe(false);
  });

  test('les manques des mentions légales sont des avertissements qui disent qui les complète', () => {
    const settings = territorySchema.parse({ ...base, starter: true });
    const found = legalDiagnostics(settings, yaml);
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(found.map((d) => d.message)).toEqual([
      'mentions légales incomplètes : il manque l’adresse du siège de l’éditeur (« publisher.address »)',
      'mentions légales incomplètes : il manque l’hébergeur du site : son nom, son adresse et son téléphone (« publisher.host »)',
      'mentions légales incomplètes : il manque le directeur ou la directrice de la publication (« publisher.director »)',
      'mentions légales incomplètes : il manque un téléphone ou une adresse e-mail pour joindre le service (« contact »)',
    ]);
    expect(found[0]?.hint).toBe('site de départ : l’intercommunalité ajoute cette information avant la mise en ligne');
  });

  test('le même manque sur un vrai site est une erreur', () => {
    const settings = territorySchema.parse({
      ...base,
      contact: { name: 'S', address: 'A' },
      publisher: { name: 'N', address: 'A' },
    });
    expect(legalDiagnostics(settings, yaml).every((d) => d.severity === 'error')).toBe(true);
  });
});
