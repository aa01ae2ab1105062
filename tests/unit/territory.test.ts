import { describe, expect, test } from 'vitest';
import { loadTerritory, slugify, currentCommuneCode } from '../../src/lib/territory/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

describe('chargement des territoires réels', () => {
  test('Thiers Dore et Montagne : 30 communes tirées du SIREN', () => {
    const { territory, diagnostics } = loadTerritory('thiers-dore-montagne', { territoriesDir: TERRITORIES });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(territory?.communes).toHaveLength(30);
    expect(territory?.communes.map((c) => c.name)).toContain('Thiers');
    expect(territory?.departements).toEqual(['63']);
    expect(territory?.settings.abnormalDelay.months).toBe(15);
  });

  test('Grand Paris Grand Est : 14 communes, un EPT', () => {
    const { territory } = loadTerritory('grand-paris-grand-est', { territoriesDir: TERRITORIES });
    expect(territory?.communes).toHaveLength(14);
    expect(territory?.settings.kind).toBe('EPT');
    expect(territory?.communes.map((c) => c.code)).toContain('93014');
  });

  test('un territoire inconnu donne un message qui liste les territoires disponibles', () => {
    const { territory, diagnostics } = loadTerritory('nulle-part', { territoriesDir: TERRITORIES });
    expect(territory).toBeUndefined();
    expect(diagnostics[0]?.message).toContain('« nulle-part » introuvable');
    expect(diagnostics[0]?.hint).toContain('thiers-dore-montagne');
  });
});

describe('communes', () => {
  test('les noms deviennent des adresses ASCII', () => {
    expect(slugify('Saint-Rémy-sur-Durolle')).toBe('saint-remy-sur-durolle');
    expect(slugify('Les Pavillons-sous-Bois')).toBe('les-pavillons-sous-bois');
    expect(slugify("Saint-Flour-l'Étang")).toBe('saint-flour-l-etang');
  });

  test('une commune déléguée est rattachée à sa commune nouvelle', () => {
    expect(currentCommuneCode('93059')).toBe('93066');
    expect(currentCommuneCode('63430')).toBe('63430');
    expect(currentCommuneCode('99999')).toBeUndefined();
  });
});
