/**
 * Each error of the grid check (src/lib/cotation/check.ts) with its exact French message and advice, written
 * by hand: a grid author reads them, and they kill the mutants of that file (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { parseGrid } from '../../src/lib/cotation/index.ts';

/** A small valid grid file (the one of cotation-grid-check.test.ts, with a yes/no, a number and a multi question). */
const valid = `title: Grille de test
reference: Délibération de test
questions:
  - id: housing
    step: logement
    kind: choice
    label: Où habitez-vous ?
    options:
      - { value: hotel, label: À l’hôtel }
      - { value: hlm, label: Logement social }
  - id: demand_month
    step: anciennete
    kind: month
    label: Quand avez-vous fait votre demande ?
  - id: dalo
    step: situation
    kind: yesno
    label: Avez-vous une décision DALO ?
  - id: refusals
    step: refus
    kind: number
    label: Combien de refus ?
  - id: needs
    step: situation
    kind: multi
    label: Vos besoins
    options:
      - { value: fauteuil, label: Fauteuil }
      - { value: rez, label: Rez-de-chaussée }
criteria:
  - id: hotel
    label: Vous vivez à l’hôtel
    official: A l'hôtel
    category: Logement actuel
    nature: cch
    when: { fact: housing, is: hotel }
    points: 30
    reference: test
  - id: anciennete
    label: Ancienneté
    official: Ancienneté
    category: Situation
    nature: facultatif
    bands:
      fact: seniority_years
      steps:
        - { from: 3, to: 5, points: 3 }
        - { from: 5, points: 5 }
    reference: test
examplesMonth: 2024-12
examples:
  - name: Hôtel depuis 4 ans
    answers: { housing: hotel, demand_month: 2020-12 }
    total: 33
    points: { hotel: 30, anciennete: 3 }
`;
const errors = (text: string) => {
  const r = parseGrid('cotation.yaml', text);
  expect(r.grid).toBeUndefined();
  return r.diagnostics.map((d) => ({ line: d.line, message: d.message, hint: d.hint }));
};
const when = (condition: string) => valid.replace('when: { fact: housing, is: hotel }', `when: ${condition}`);

describe('erreurs de la grille de cotation, message et conseil', () => {
  it('la grille de départ est valide', () => {
    expect(parseGrid('cotation.yaml', valid).diagnostics).toEqual([]);
  });

  it('question écrite deux fois', () => {
    expect(errors(valid.replace('  - id: dalo\n', '  - id: housing\n'))).toContainEqual({
      line: 15,
      message: 'la question « housing » est écrite deux fois',
      hint: 'donnez un identifiant différent à chaque question',
    });
  });

  it('critère écrit deux fois', () => {
    expect(errors(valid.replace('  - id: anciennete\n', '  - id: hotel\n'))).toContainEqual({
      line: 39,
      message: 'le critère « hotel » est écrit deux fois',
      hint: 'donnez un identifiant différent à chaque critère',
    });
  });

  it('question à choix sans réponses possibles', () => {
    const text = valid.replace(
      '    options:\n      - { value: fauteuil, label: Fauteuil }\n      - { value: rez, label: Rez-de-chaussée }\n',
      '',
    );
    expect(errors(text)).toContainEqual({
      line: 23,
      message: 'la question « needs » n’a pas de réponses possibles',
      hint: 'ajoutez « options » avec au moins 2 réponses',
    });
  });

  it('« has » sur une question à une réponse', () => {
    expect(errors(when('{ fact: housing, has: hotel }'))).toEqual([
      {
        line: 36,
        message: '« has » sert aux questions à plusieurs réponses, pas à « housing »',
        hint: 'utilisez « is » pour une question à une réponse',
      },
    ]);
  });

  it('« has » sur une question à plusieurs réponses, avec une réponse qu’elle n’offre pas', () => {
    expect(errors(when('{ fact: needs, has: ascenseur }'))).toEqual([
      {
        line: 36,
        message: 'condition sur une réponse absente : « ascenseur » n’est pas une réponse possible de « needs »',
        hint: 'réponses possibles : fauteuil, rez',
      },
    ]);
  });

  it('oui / non comparé à un mot', () => {
    expect(errors(when('{ fact: dalo, is: oui }'))).toEqual([
      {
        line: 36,
        message: 'condition sur une réponse absente : « oui » n’est pas une réponse possible de « dalo »',
        hint: 'écrivez true ou false',
      },
    ]);
  });

  it('nombre comparé à un mot', () => {
    expect(errors(when('{ fact: refusals, in: [deux, 3] }'))).toEqual([
      {
        line: 36,
        message: 'condition sur une réponse absente : « deux » n’est pas une réponse possible de « refusals »',
        hint: 'écrivez un nombre',
      },
    ]);
  });

  it('une date comparée directement', () => {
    expect(errors(when('{ fact: demand_month, is: 2020-12 }'))).toEqual([
      {
        line: 36,
        message: 'condition sur une réponse absente : « 2020-12 » n’est pas une réponse possible de « demand_month »',
        hint: 'une date se lit par un fait calculé, par exemple seniority_months',
      },
    ]);
  });

  it('comparaison de nombre sur une question qui n’est pas un nombre', () => {
    expect(errors(when('{ fact: housing, gte: 2 }'))).toEqual([
      {
        line: 36,
        message: 'la question « housing » n’est pas un nombre',
        hint: 'utilisez une question de type « number »',
      },
    ]);
  });

  it('points par unité sur une question oui / non', () => {
    const text = valid.replace('    points: 30\n', '    perUnit: { fact: dalo, points: 2 }\n');
    expect(errors(text)).toContainEqual({
      line: 37,
      message: 'la question « dalo » n’est pas un nombre',
      hint: 'utilisez une question de type « number »',
    });
  });

  it('palier vide, et palier après un palier sans fin', () => {
    expect(errors(valid.replace('- { from: 3, to: 5, points: 3 }', '- { from: 3, to: 3, points: 3 }'))).toContainEqual({
      line: 47,
      message: 'palier vide : « to » (3) doit être plus grand que « from » (3)',
      hint: 'corrigez les bornes du palier',
    });
    expect(errors(valid.replace('- { from: 3, to: 5, points: 3 }', '- { from: 3, points: 3 }'))).toContainEqual({
      line: 48,
      message: 'palier qui chevauche le précédent : il commence à 5, le précédent va jusqu’à l’infini',
      hint: 'rangez les paliers dans l’ordre, chaque « from » au moins égal au « to » du palier d’avant',
    });
  });

  it('exemples : mois de calcul absent, question et critère inconnus', () => {
    expect(errors(valid.replace('examplesMonth: 2024-12\n', ''))).toContainEqual({
      line: 51,
      message: 'les exemples ont une date de demande mais la grille n’a pas « examplesMonth »',
      hint: 'ajoutez par exemple « examplesMonth: 2024-12 » : le mois où les exemples comptent l’attente',
    });
    const unknownAnswer = errors(
      valid.replace('answers: { housing: hotel,', 'answers: { logement: hotel, housing: hotel,'),
    );
    expect(unknownAnswer).toContainEqual({
      line: 53,
      message: 'exemple « Hôtel depuis 4 ans » : question inconnue « logement »',
      hint: 'questions de la grille : housing, demand_month, dalo, refusals, needs',
    });
    expect(errors(valid.replace('points: { hotel: 30,', 'points: { hotell: 0, hotel: 30,'))).toContainEqual({
      line: 55,
      message: 'exemple « Hôtel depuis 4 ans » : critère inconnu « hotell »',
      hint: 'écrivez l’identifiant d’un critère de la grille',
    });
  });
});
