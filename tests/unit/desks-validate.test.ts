/**
 * The checks of desks.yaml that the schema cannot make (phone, duplicate id, opening hours, commune), each with
 * its exact French message and place, written by hand. Kills the mutants of src/lib/desks/validate.ts
 * (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/lib/diagnostics/index.ts';
import { isFrenchPhone, validateDesks, type DeskContext } from '../../src/lib/desks/index.ts';

const NAMES: Record<string, string> = { '63430': 'Thiers', '63125': 'Courpière', '63113': 'Clermont-Ferrand' };
const ctx: DeskContext = { memberCodes: new Set(['63430', '63125']), communeName: (code) => NAMES[code] };

// A phone service (siao) needs no address: each entry is 6 lines, then the extra fields.
const entry = (id: string, extra = '') =>
  `- id: ${id}\n  name: Guichet ${id}\n  kind: siao\n  levels: [1, 2]\n  source: test\n  phone: 04 73 80 90 07\n${extra}`;
const check = (text: string, context = ctx) => validateDesks(parseYamlFile('desks.yaml', text), context);

describe('vérification de desks.yaml', () => {
  it('deux guichets valides', () => {
    const r = check(entry('a', '  commune: "63430"\n') + entry('b', '  commune: "63125"\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.desks.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('un texte qui dit d’appeler un guichet sans numéro : un avertissement à sa ligne', () => {
    const noPhone = (id: string, extra: string) => entry(id, extra).replace('  phone: 04 73 80 90 07\n', '');
    const r = check(
      noPhone('a', '  hoursNote: Horaires de 2023. Appelez avant de venir.\n') +
        noPhone('b', '  services: Vous pouvez appeler le service.\n') +
        entry('c', '  hoursNote: Appelez avant de venir.\n') +
        noPhone('d', '  hoursNote: Ils ont pu changer. L’appel est gratuit.\n'),
    );
    const hint =
      'ajoutez son numéro dans « phone », ou dites où se renseigner, par exemple « Demandez à l’accueil de la mairie »';
    expect(r.diagnostics.map((d) => [d.line, d.severity, d.message, d.hint])).toEqual([
      [6, 'warning', 'le guichet « Guichet a » n’a pas de numéro de téléphone, mais ce texte dit d’appeler', hint],
      [12, 'warning', 'le guichet « Guichet b » n’a pas de numéro de téléphone, mais ce texte dit d’appeler', hint],
    ]);
  });

  it('un fichier qui n’est pas une liste', () => {
    expect(check('id: a\nname: Guichet\n')).toEqual({
      desks: [],
      diagnostics: [
        {
          file: 'desks.yaml',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'le fichier doit être une liste de guichets',
          hint: 'commencez chaque guichet par « - id: »',
        },
      ],
    });
  });

  it('téléphone non français, identifiant en double, horaires illisibles : chacun à sa ligne', () => {
    const text =
      entry('a').replace('04 73 80 90 07', '+44 20 7946 0958') +
      entry('a') +
      entry('c', '  openingHours: horaires à venir\n');
    const { desks, diagnostics } = check(text);
    expect(desks).toHaveLength(3);
    expect(diagnostics.slice(0, 2).map((d) => [d.line, d.severity, d.message, d.hint])).toEqual([
      [
        6,
        'error',
        'numéro de téléphone « +44 20 7946 0958 » non français',
        'écrivez 10 chiffres commençant par 0, par exemple « 04 73 80 90 07 »',
      ],
      [7, 'error', 'identifiant « a » déjà utilisé', 'donnez un identifiant unique à chaque guichet'],
    ]);
    // The library's own words are left out: only the value and the advice are ours.
    expect(diagnostics[2]).toMatchObject({
      line: 19,
      severity: 'error',
      hint: 'écrivez les horaires au format opening_hours d’OpenStreetMap, par exemple « Mo-Fr 08:30-12:00,13:30-17:00; PH off »',
    });
    expect(diagnostics[2]!.message).toMatch(/^horaires illisibles : « horaires à venir »/);
    expect(diagnostics).toHaveLength(3);
  });

  it('commune inconnue, commune hors du territoire, et hors du territoire déclaré', () => {
    const text =
      entry('a', '  commune: "63300"\n') +
      entry('b', '  commune: "63113"\n') +
      entry('c', '  commune: "63113"\n  outsideTerritory: true\n');
    expect(check(text).diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([
      [7, 'code commune « 63300 » inconnu', 'utilisez le code INSEE actuel de la commune, pas le code postal'],
      [
        14,
        'le guichet « Guichet b » est à Clermont-Ferrand (63113), hors du territoire',
        'vérifiez le code INSEE ; si ce guichet sert le territoire depuis l’extérieur, ajoutez « outsideTerritory: true »',
      ],
    ]);
  });

  it('territoire illisible : seul un code inconnu de toute la France est signalé', () => {
    const text = entry('a', '  commune: "63113"\n') + entry('b', '  commune: "63300"\n');
    const r = check(text, { memberCodes: undefined, communeName: ctx.communeName });
    expect(r.diagnostics.map((d) => d.message)).toEqual(['code commune « 63300 » inconnu']);
  });

  it('numéros de téléphone français', () => {
    for (const ok of [
      '04 73 80 90 07',
      '04.73.80.90.07',
      '04-73-80-90-07',
      '0473809007',
      '+33 4 73 80 90 07',
      '115',
      '3919',
    ])
      expect(isFrenchPhone(ok), ok).toBe(true);
    for (const no of [
      '00 73 80 90 07',
      '04 73 80 90',
      '04 73 80 90 071',
      '+33 0 73 80 90 07',
      '15',
      '39190',
      '2919',
      'abc',
    ])
      expect(isFrenchPhone(no), no).toBe(false);
  });
});
