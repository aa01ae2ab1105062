/**
 * Each FALC rule with French sentences that pass and sentences that fail, and the line and column of
 * every finding (1-based, as printed by `npm run check`).
 */
import { describe, expect, test } from 'vitest';
import { lintMdx, type Finding } from '../../src/lib/falc/index.ts';

const acronyms = new Set(['CALEOL', 'DALO', 'CERFA', 'CCAS']);
/** Findings of a page made of the given body lines (front matter excluded), minus the readability note. */
const lint = (...lines: string[]): Finding[] =>
  lintMdx(lines.join('\n'), { acronyms }).findings.filter((f) => f.rule !== 'lisibilite');
const at = (f: Finding[], rule: string) => f.filter((x) => x.rule === rule).map((x) => [x.line, x.column, x.severity]);

describe('longueur des phrases', () => {
  test('une phrase de 12 mots passe', () => {
    expect(at(lint('Vous faites une seule demande pour toutes les communes du département.'), 'phrase-longue')).toEqual(
      [],
    );
  });
  test('13 mots donnent un avertissement, 16 mots une erreur, au début de la phrase', () => {
    const f = lint(
      'Vous faites une seule demande pour toutes les communes et tous les bailleurs.',
      'Dans votre demande, vous pouvez choisir plusieurs communes où vous aimeriez bien habiter avec toute votre famille.',
    );
    expect(at(f, 'phrase-longue')).toEqual([
      [1, 1, 'warning'],
      [2, 1, 'error'],
    ]);
  });
  test('un code des données ouvertes écrit avec « _ » compte pour un seul mot', () => {
    // 12 mots : Valeurs, vide, ou, une, valeur, parmi, et les 6 codes.
    const line =
      'Valeurs : vide, ou une valeur parmi secret, secret_secondaire, non_publie_source, territoire_seulement, toutes_tailles_seulement, aucun_donne_derniere_annee.';
    expect(at(lint(line), 'phrase-longue')).toEqual([]);
    // 16 mots sans « _ » : l'erreur reste.
    expect(at(lint(line.replaceAll('_', ' ')), 'phrase-longue')).toEqual([[1, 1, 'error']]);
  });
  test('un nombre écrit « 1 615 » compte pour un seul mot', () => {
    expect(at(lint('Il y a environ 1 615 logements sociaux, c’est comme une petite ville.'), 'phrase-longue')).toEqual(
      [],
    );
  });
});

describe('une phrase par ligne', () => {
  test('2 phrases sur 2 lignes passent', () => {
    expect(at(lint('Vous recevez une lettre.', 'Gardez-la bien.'), 'une-phrase-par-ligne')).toEqual([]);
  });
  test('la 2e phrase de la ligne est signalée à sa colonne', () => {
    expect(at(lint('Vous recevez une lettre. Gardez-la bien.'), 'une-phrase-par-ligne')).toEqual([[1, 26, 'error']]);
  });
  test('une question suivie d’une phrase est aussi signalée', () => {
    expect(at(lint('Vous avez un doute ? Allez au guichet.'), 'une-phrase-par-ligne')).toEqual([[1, 22, 'error']]);
  });
});

describe('ponctuation interdite', () => {
  test('une phrase sans signe interdit passe', () => {
    expect(at(lint('Vous pouvez aussi aller dans un guichet.'), 'ponctuation')).toEqual([]);
  });
  test('point-virgule, parenthèses, crochets et points de suspension', () => {
    expect(
      at(
        lint(
          'Venez le matin ; ou le soir.',
          'Le formulaire (papier) suffit.',
          'Voir [plus loin] et ainsi de suite…',
          'Et puis...',
        ),
        'ponctuation',
      ),
    ).toEqual([
      [1, 16, 'error'],
      [2, 15, 'error'],
      [2, 22, 'error'],
      [3, 6, 'error'],
      [3, 16, 'error'],
      [3, 35, 'error'],
      [4, 8, 'error'],
    ]);
  });
  test('les crochets et parenthèses d’un lien Markdown ne comptent pas', () => {
    expect(at(lint('Lisez la page [Le DALO](/dalo/) pour en savoir plus.'), 'ponctuation')).toEqual([]);
  });
});

describe('nombres en chiffres', () => {
  test('les chiffres passent, « un » et « une » aussi', () => {
    expect(at(lint('Vous avez 2 mois pour répondre à une lettre.'), 'nombre-en-lettres')).toEqual([]);
  });
  test('un nombre en lettres est signalé', () => {
    expect(at(lint('Vous avez deux mois pour répondre.', 'C’est la troisième lettre.'), 'nombre-en-lettres')).toEqual([
      [1, 11, 'error'],
      [2, 10, 'error'],
    ]);
  });
});

describe('pourcentages', () => {
  test('une fraction en mots passe', () => {
    expect(at(lint('1 demande sur 4 reçoit un logement.'), 'pourcentage')).toEqual([]);
  });
  test('le signe % et « pour cent » sont signalés', () => {
    const f = lint('25 % des demandes.', 'La moitié, soit 50 pour cent.');
    expect(at(f, 'pourcentage')).toEqual([
      [1, 4, 'error'],
      [2, 20, 'error'],
    ]);
    expect(at(f, 'nombre-en-lettres')).toEqual([]);
  });
});

describe('grands nombres', () => {
  test('un grand nombre avec une comparaison passe, une année aussi', () => {
    expect(
      at(lint('Il y a 1 615 logements, c’est comme une petite ville.', 'En 2024, vous attendez.'), 'grand-nombre'),
    ).toEqual([]);
  });
  test('le numéro d’un formulaire n’est pas un grand nombre', () => {
    expect(at(lint('Remplissez le CERFA 14069.'), 'grand-nombre')).toEqual([]);
  });
  test('un grand nombre seul donne un avertissement', () => {
    expect(at(lint('Il y a 1 615 logements sociaux.'), 'grand-nombre')).toEqual([[1, 8, 'warning']]);
  });
});

describe('dates', () => {
  test('une date avec le mois en lettres passe', () => {
    expect(at(lint('L’arrêté date du 1er avril 2008.'), 'date')).toEqual([]);
  });
  test('une date en chiffres est signalée', () => {
    expect(at(lint('L’arrêté date du 01/04/2008.', 'Mis à jour le 2024-03-01.'), 'date')).toEqual([
      [1, 18, 'error'],
      [2, 15, 'error'],
    ]);
  });
});

describe('italique', () => {
  test('le gras passe', () => {
    expect(at(lint('C’est **important**.'), 'italique')).toEqual([]);
  });
  test('l’italique avec * ou _ est signalé', () => {
    expect(at(lint('C’est *important*.', 'C’est _urgent_.'), 'italique')).toEqual([
      [1, 7, 'error'],
      [2, 7, 'error'],
    ]);
  });
});

describe('majuscules et sigles', () => {
  test('un sigle du glossaire passe, même après « l’ »', () => {
    expect(
      lint('La CALEOL choisit.', 'Allez voir l’CCAS de votre commune.').filter(
        (f) => f.rule === 'sigle' || f.rule === 'majuscules',
      ),
    ).toEqual([]);
  });
  test('un sigle absent du glossaire est signalé', () => {
    expect(at(lint('Le SNE enregistre votre demande.'), 'sigle')).toEqual([[1, 4, 'error']]);
  });
  test('un mot en majuscules est signalé comme un cri', () => {
    expect(at(lint('ATTENTION, renouvelez votre demande.'), 'majuscules')).toEqual([[1, 1, 'error']]);
  });
});

describe('titres', () => {
  test('## puis ### passent', () => {
    expect(at(lint('## Votre demande', '### En ligne'), 'titres')).toEqual([]);
  });
  test('un titre #, un titre trop profond et un titre numéroté sont signalés', () => {
    expect(at(lint('# Titre', '## 1. Votre demande', '#### En ligne'), 'titres')).toEqual([
      [1, 1, 'error'],
      [2, 4, 'error'],
      [3, 1, 'error'],
    ]);
  });
  test('### sans ## avant est signalé', () => {
    expect(at(lint('### En ligne'), 'titres')).toEqual([[1, 1, 'error']]);
  });
});

describe('voix passive', () => {
  test('la voix active passe, « vous êtes salarié » aussi', () => {
    expect(
      at(lint('Le guichet enregistre votre demande.', 'Vous êtes salarié.', 'Il est allé au guichet.'), 'voix-passive'),
    ).toEqual([]);
  });
  test('« être » suivi d’un participe donne un avertissement', () => {
    expect(
      at(lint('Votre demande est enregistrée par le guichet.', 'Elle sera bien étudiée.'), 'voix-passive'),
    ).toEqual([
      [1, 15, 'warning'],
      [2, 6, 'warning'],
    ]);
  });
});

describe('texte lu par le lecteur seulement', () => {
  test('le front matter public est vérifié à sa ligne, les imports et le code ne le sont pas', () => {
    const src = [
      '---',
      'title: Le formulaire (papier)',
      'order: 3',
      '---',
      "import X from './x.astro';",
      '```',
      'a ; b',
      '```',
      'Bonjour.',
    ].join('\n');
    const f = lintMdx(src, { acronyms }).findings.filter((x) => x.rule === 'ponctuation');
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 22],
      [2, 29],
    ]);
  });
  test('un composant comme <Territoire /> compte pour un mot, sans faux signe', () => {
    expect(lint('Il y a <NombreGuichets niveau={2} /> guichets à <Territoire />.')).toEqual([]);
  });
});
