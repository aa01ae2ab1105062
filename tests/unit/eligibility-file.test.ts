/**
 * The shared ceilings file: the real file loads for 2026, and wrong or late files give French messages
 * placed on the right line and column.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics/index.ts';
import { loadCeilings } from '../../src/lib/eligibility/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'plafonds-'));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = `years:
  - year: 2026
    validFrom: 2026-01-01
    validTo: 2026-12-31
    source: Arrêté du 19 décembre 2025
    plus:
      paris: [26920, 40233, 52740, 62968, 74919, 84304, 9394]
      ile-de-france: [26920, 40233, 48362, 57930, 68577, 77171, 8598]
      autres-regions: [23403, 31254, 37584, 45374, 53376, 60156, 6710]
`;

describe('fichier des plafonds de ressources', () => {
  it('le vrai fichier donne les plafonds 2026 pour un jour de 2026, sans erreur', () => {
    const loaded = loadCeilings('data/common/plafonds-ressources.yaml', 'plafonds.yaml', '2026-06-15');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.current?.year).toBe(2026);
    expect(loaded.current?.plus['autres-regions'][0]).toBe(23403);
    expect(loaded.current?.published).toBe('2025-12-24');
  });

  it('une année absente : un avertissement placé sur « years », et les plafonds de l’année d’avant', () => {
    const path = write('late.yaml', good);
    const loaded = loadCeilings(path, 'plafonds.yaml', '2027-02-01');
    expect(loaded.current?.year).toBe(2026);
    const lines = loaded.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
    expect(lines).toContain(
      'plafonds.yaml:2:3  avertissement : aucun plafond de ressources pour 2027 : le site montre ceux de 2026, avec leur année  (ajoutez en haut de « years » le bloc de 2027 : l’arrêté qui modifie celui du 29 juillet 1987 paraît au Journal officiel fin décembre)',
    );
  });

  it('les plafonds PLAI absents : un avertissement qui le dit', () => {
    const loaded = loadCeilings(write('noplai.yaml', good), 'plafonds.yaml', '2026-03-01');
    expect(loaded.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [7, 'warning', 'les plafonds PLAI de 2026 manquent : le site dit qu’il ne les a pas'],
    ]);
  });

  it('un montant qui ne croît pas avec la catégorie : une erreur sur ce montant', () => {
    const wrong = good.replace('[23403, 31254, 37584', '[23403, 31254, 31254');
    const loaded = loadCeilings(write('flat.yaml', wrong), 'plafonds.yaml', '2026-03-01');
    expect(loaded.current).toBeUndefined();
    const d = loaded.diagnostics.find((x) => x.severity === 'error')!;
    expect([d.line, d.column]).toEqual([9, 38]); // 6 spaces, « autres-regions: [ » (17 characters), two amounts of 7 characters;
    expect(d.message).toBe(
      'PLUS 2026, zone autres-regions : la catégorie 3 (31254) n’est pas plus haute que la catégorie 2 (31254)',
    );
  });

  it('une zone sans montant « par personne supplémentaire » : une erreur en français sur la ligne', () => {
    const short = good.replace(', 60156, 6710]', ', 60156]');
    const loaded = loadCeilings(write('short.yaml', short), 'plafonds.yaml', '2026-03-01');
    const d = loaded.diagnostics.find((x) => x.severity === 'error')!;
    expect(d.line).toBe(9);
    expect(d.message).toContain('autres-regions');
  });

  it('une date hors de l’année : une erreur', () => {
    const loaded = loadCeilings(
      write('date.yaml', good.replace('validTo: 2026-12-31', 'validTo: 2027-12-31')),
      'p.yaml',
      '2026-03-01',
    );
    expect(loaded.diagnostics.map((d) => [d.line, d.message])).toContainEqual([
      4,
      'la date 2027-12-31 n’est pas dans l’année 2026',
    ]);
  });

  it('le fichier absent : une erreur à la ligne 1', () => {
    const loaded = loadCeilings(join(dir, 'absent.yaml'), 'plafonds.yaml', '2026-03-01');
    expect(loaded.diagnostics.map(formatDiagnostic)[0]).toMatch(
      /^plafonds\.yaml:1:1 {2}erreur : le fichier des plafonds de ressources est absent/,
    );
  });
});
