/**
 * The common pieces of the table readers (src/lib/sources/table.ts): spreadsheet column letters, the header
 * among the first lines, titles given twice, the messages of a declared header row. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  duplicateHeader,
  headerRowBeyondEnd,
  headerRowBlank,
  headerScore,
  isHeaderLine,
  pickHeader,
} from '../../src/lib/sources/table.ts';

describe('lettres des colonnes d’un tableur', () => {
  it.each([
    [1, 'A'],
    [2, 'B'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [0, ''],
  ])('%i → %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
  });
});

describe('la ligne des titres', () => {
  const hints = ['Code commune', 'nom', 'n'];

  it('compte les titres connus différents, espaces et casse ignorés', () => {
    expect(headerScore([' CODE   commune ', 'nom', 'NOM', 'x'], hints)).toBe(2);
    expect(headerScore(['code\tcommune'], hints)).toBe(1);
    expect(headerScore(['codecommune'], hints)).toBe(0);
    expect(isHeaderLine(['x', 'N'], hints)).toBe(true);
    expect(isHeaderLine(['x', 'y'], hints)).toBe(false);
  });

  it('prend la ligne qui en nomme le plus, la première à égalité, la première quand aucune n’en nomme', () => {
    const lines = [['titre'], ['nom', 'x'], ['n', 'y'], ['code commune', 'nom'], ['nom', 'n']];
    expect(pickHeader(lines, (l) => l, hints)).toBe(lines[3]);
    expect(pickHeader(lines.slice(0, 3), (l) => l, hints)).toBe(lines[1]);
    expect(pickHeader([['a'], ['b']], (l) => l, hints)).toEqual(['a']);
  });

  it('nomme chaque colonne d’un titre connu donné plusieurs fois', () => {
    expect(duplicateHeader(['nom', 'x', 'Nom ', 'y', ' NOM'], hints)).toEqual({
      indices: [0, 2, 4],
      message:
        '3 colonnes portent le titre « nom » : colonnes 1 (A), 3 (C) et 5 (E) ; le site ne choisit pas entre elles',
      hint: 'gardez une seule colonne de ce titre : renommez ou supprimez les autres, puis enregistrez de nouveau le fichier',
    });
    expect(duplicateHeader(['x', 'x', 'nom', 'n'], hints)).toBeUndefined();
    expect(duplicateHeader([' Nom ', 'nom'], hints)?.message).toContain('le titre « Nom » :');
    expect(duplicateHeader(['n', 'nom', ' Nom'], hints)?.message).toBe(
      '2 colonnes portent le titre « nom » : colonnes 2 (B) et 3 (C) ; le site ne choisit pas entre elles',
    );
  });

  it('dit où une ligne des titres déclarée manque', () => {
    expect(headerRowBeyondEnd(7, 3)).toEqual({
      message:
        'la ligne des titres est déclarée à la ligne 7 (« headerRow » dans territory.yaml), mais le fichier s’arrête à la ligne 3',
      hint: 'corrigez « headerRow » de cette source dans territory.yaml, ou retirez-le : la ligne des titres est alors trouvée d’après les noms des colonnes',
    });
    expect(headerRowBlank(2)).toEqual({
      message: 'la ligne 2, déclarée comme ligne des titres (« headerRow » dans territory.yaml), est vide',
      hint: 'corrigez « headerRow » de cette source dans territory.yaml, ou retirez-le : la ligne des titres est alors trouvée d’après les noms des colonnes',
    });
  });
});
