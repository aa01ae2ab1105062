import { describe, expect, test } from 'vitest';
import { loadTerritory } from '../../src/lib/territory/index.ts';
import { parseYamlFile } from '../../src/lib/diagnostics/index.ts';
import { followAnswers, selectDesks, validateOrientation, type Orientation } from '../../src/lib/desks/index.ts';
import { TERRITORIES } from '../helpers/paths.ts';

/**
 * The situations of seed 000 §IV (schéma d'orientation), as answers to the questions of orientation.yaml,
 * and the kind of place each one must end on.
 */
const SITUATIONS: { situation: string; answers: Record<string, string>; orientation: string; deskKinds?: string[] }[] =
  [
    {
      situation: 'sans logement du tout → SIAO, 115',
      answers: { 'logement-ce-soir': 'non' },
      orientation: 'siao',
      deskKinds: ['siao'],
    },
    {
      situation: 'déjà locataire du parc social → un bailleur',
      answers: { 'logement-ce-soir': 'oui', locataire: 'oui' },
      orientation: 'bailleur',
      deskKinds: ['bailleur'],
    },
    {
      situation: 'salarié d’une entreprise privée de 10 salariés ou plus → Action Logement',
      answers: { 'logement-ce-soir': 'oui', locataire: 'non', salarie: 'oui' },
      orientation: 'action-logement',
    },
    {
      situation: 'capable de le faire seul → le portail en ligne',
      answers: { 'logement-ce-soir': 'oui', locataire: 'non', salarie: 'non', autonomie: 'oui' },
      orientation: 'portail',
    },
    {
      situation: 'famille avec enfants ayant besoin d’un accompagnement → travailleurs sociaux du département',
      answers: {
        'logement-ce-soir': 'oui',
        locataire: 'non',
        salarie: 'non',
        autonomie: 'non',
        'autre-aide': 'oui',
        foyer: 'enfants',
      },
      orientation: 'departement',
    },
    {
      situation: 'personne en situation de handicap → travailleurs sociaux du département',
      answers: {
        'logement-ce-soir': 'oui',
        locataire: 'non',
        salarie: 'non',
        autonomie: 'non',
        'autre-aide': 'oui',
        foyer: 'handicap',
      },
      orientation: 'departement',
    },
    {
      situation: 'personne seule ou couple sans enfant → CCAS',
      answers: {
        'logement-ce-soir': 'oui',
        locataire: 'non',
        salarie: 'non',
        autonomie: 'non',
        'autre-aide': 'oui',
        foyer: 'seul',
      },
      orientation: 'ccas',
    },
    {
      situation: 'personne âgée → CCAS',
      answers: {
        'logement-ce-soir': 'oui',
        locataire: 'non',
        salarie: 'non',
        autonomie: 'non',
        'autre-aide': 'oui',
        foyer: 'age',
      },
      orientation: 'ccas',
    },
    {
      situation: 'besoin d’aide pour la demande seulement → guichet d’enregistrement',
      answers: { 'logement-ce-soir': 'oui', locataire: 'non', salarie: 'non', autonomie: 'non', 'autre-aide': 'non' },
      orientation: 'guichet',
    },
  ];

for (const slug of ['thiers-dore-montagne', 'grand-paris-grand-est']) {
  describe(`schéma d’orientation de ${slug} (seed 000 §IV)`, () => {
    const { territory } = loadTerritory(slug, { territoriesDir: TERRITORIES });
    const orientation = territory?.deskExtras.orientation as Orientation;

    test('le fichier est valide', () => expect(orientation).toBeDefined());

    for (const s of SITUATIONS) {
      test(s.situation, () => {
        const outcome = followAnswers(orientation, s.answers);
        expect(outcome?.orientation).toBe(s.orientation);
        if (s.deskKinds) {
          const desks = selectDesks(territory!.desks, outcome!.desks!);
          expect(desks.length).toBeGreaterThan(0);
          for (const d of desks) expect(s.deskKinds).toContain(d.kind);
        }
        if (s.orientation === 'guichet') {
          const desks = selectDesks(territory!.desks, outcome!.desks!);
          expect(desks.length).toBeGreaterThan(0);
          for (const d of desks) expect(d.levels).toContain(2);
        }
        if (s.orientation === 'portail') expect(outcome?.portals).toBe(true);
      });
    }

    test('Action Logement : un guichet ou une consigne, jamais une page vide', () => {
      const outcome = followAnswers(orientation, SITUATIONS[2]!.answers)!;
      const desks = selectDesks(territory!.desks, outcome.desks!);
      expect(desks.every((d) => d.kind === 'action-logement')).toBe(true);
      expect(desks.length > 0 || Boolean(outcome.whenNoDesk)).toBe(true);
    });
  });
}

describe('validation de orientation.yaml', () => {
  const check = (text: string) => validateOrientation(parseYamlFile('orientation.yaml', text), []);

  test('une réponse qui mène nulle part : erreur à la bonne ligne', () => {
    const r = check(`source: test
start: q1
questions:
  - id: q1
    question: Une question ?
    answers:
      - { id: oui, label: Oui, next: fin }
      - { id: non, label: Non, next: inconnu }
outcomes:
  - { id: fin, orientation: guichet, title: Fin, text: [Allez au guichet.] }
`);
    expect(r.orientation).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 8, severity: 'error' });
    expect(r.diagnostics[0]!.message).toContain('« inconnu » n’est ni une question ni un résultat');
  });

  test('des questions qui tournent en rond : erreur', () => {
    const r = check(`source: test
start: q1
questions:
  - { id: q1, question: Un ?, answers: [{ id: a, label: A, next: q2 }, { id: b, label: B, next: fin }] }
  - { id: q2, question: Deux ?, answers: [{ id: a, label: A, next: q1 }, { id: b, label: B, next: fin }] }
outcomes:
  - { id: fin, orientation: guichet, title: Fin, text: [Allez au guichet.] }
`);
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.message.includes('tournent en rond'))).toBe(true);
  });

  test('une orientation inconnue et un résultat sans guichet ni consigne', () => {
    const r = check(`source: test
start: q1
questions:
  - { id: q1, question: Un ?, answers: [{ id: a, label: A, next: fin }, { id: b, label: B, next: autre }] }
outcomes:
  - { id: fin, orientation: mairie, title: Fin, text: [Allez à la mairie.] }
  - { id: autre, orientation: ccas, title: Autre, text: [Allez au CCAS.], desks: { kinds: [ccas] } }
`);
    expect(r.diagnostics[0]).toMatchObject({ line: 6, severity: 'error' });
    expect(r.diagnostics[0]!.message).toContain('orientation');
    const r2 = check(`source: test
start: q1
questions:
  - { id: q1, question: Un ?, answers: [{ id: a, label: A, next: fin }, { id: b, label: B, next: fin }] }
outcomes:
  - { id: fin, orientation: ccas, title: Fin, text: [Allez au CCAS.], desks: { kinds: [ccas] } }
`);
    expect(r2.diagnostics).toMatchObject([{ severity: 'warning', line: 6 }]);
  });
});
