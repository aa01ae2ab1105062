/**
 * "Où en serait ma demande ?": the sentences of the simulator for hand-picked points, on the bands of the
 * demonstration files (data/territories/<territoire>/sources/positionnement-2023.csv, as published after
 * secrecy), copied here by hand. Expected counts are added up by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  demandsAhead,
  housedHalf,
  positioningView,
  positionLines,
  type PositioningView,
} from '../../src/lib/cotation/index.ts';

const band = (min: number, max: number | null, count: number | null) => ({ min, max, count });
/**
 * Thiers Dore et Montagne, 2023: bands of 40 points; T1 housed in one hidden band, T5+ partly hidden. The
 * demands waiting come from the published demand table (demandes.csv, territoire, 2023: T1 97, T3 200, T5+
 * 33); its attributions of T1 and T5+ are « non publié » (secret secondaire), not « moins de 5 ».
 */
const thiers: PositioningView = {
  millesime: 2023,
  refusal: true,
  sizes: {
    T1: {
      pending: [band(0, 39, 54), band(40, 79, 30), band(80, null, 13)],
      housed: [band(0, null, null)],
      waiting: 97,
      fewHoused: false,
    },
    T3: {
      pending: [band(0, 39, 112), band(40, 79, 62), band(80, null, 26)],
      housed: [band(0, 39, 15), band(40, 79, 33), band(80, null, 28)],
      waiting: 200,
      fewHoused: false,
    },
    'T5+': {
      pending: [band(0, 39, 19), band(40, 79, null), band(80, null, null)],
      housed: [band(0, null, null)],
      waiting: 33,
      fewHoused: false,
    },
  },
};
const CAVEATS = ['Ce sont des repères, pas une promesse\u00a0: les demandes changent chaque jour.'];

describe('où en serait ma demande', () => {
  it('87,4 points pour un T3 à Thiers : au plus 26 demandes devant, la moitié des logés avaient au moins 40 points', () => {
    expect(positionLines(thiers, 'T3', 87.4)).toEqual([
      'Fin 2023, pour un T3 dans tout le territoire, au plus 26 demandes ont plus de points que vous.',
      // 112 + 62 + 26
      'Il y avait 200 demandes de T3 en attente.',
      // 15 + 33 = 48 households: half of 76 is reached in the band 40–79.
      'En 2023, la moitié des ménages qui ont eu un T3 avaient au moins 40 points.',
      ...CAVEATS,
      'Si vous refusez un logement, vous pouvez perdre des points.',
    ]);
  });

  it('12 points : les 88 demandes des tranches au-dessus, et peut-être les 112 de la sienne', () => {
    expect(demandsAhead(thiers.sizes.T3!.pending, 12)).toEqual({ min: 88, max: 200 });
    expect(positionLines(thiers, 'T3', 12)[0]).toBe(
      'Fin 2023, pour un T3 dans tout le territoire, entre 88 et 200 demandes ont plus de points que vous.',
    );
  });

  it('le dernier point d’une tranche ne laisse personne de sa tranche devant ; le premier, peut-être toute la tranche', () => {
    expect(demandsAhead(thiers.sizes.T3!.pending, 39)).toEqual({ min: 88, max: 88 });
    expect(demandsAhead(thiers.sizes.T3!.pending, 40)).toEqual({ min: 26, max: 88 });
    expect(demandsAhead(thiers.sizes.T3!.pending, 39.5)).toEqual({ min: 88, max: 88 });
    expect(positionLines(thiers, 'T3', 39)[0]).toBe(
      'Fin 2023, pour un T3 dans tout le territoire, 88 demandes ont plus de points que vous.',
    );
  });

  it('une tranche cachée qui compte : pas de chiffre inventé, et « caché » quand le tableau publie au moins 5 logés', () => {
    expect(demandsAhead(thiers.sizes['T5+']!.pending, 10)).toBeUndefined();
    expect(positionLines(thiers, 'T5+', 10).slice(0, 2)).toEqual([
      'Pour un T5+, un chiffre est caché. Nous ne pouvons pas dire combien de demandes ont plus de points que vous.',
      'Les points des ménages qui ont eu un T5+ en 2023 sont cachés. Cela protège les personnes.',
    ]);
    // T1: 1 merged band, its count hidden by the secondary rule: hidden, not « trop peu ».
    expect(positionLines(thiers, 'T1', 100)[2]).toBe(
      'Les points des ménages qui ont eu un T1 en 2023 sont cachés. Cela protège les personnes.',
    );
    // A hidden band below the points does not count: 100 points, the last band of T1 is published (13).
    expect(positionLines(thiers, 'T1', 100)[0]).toBe(
      'Fin 2023, pour un T1 dans tout le territoire, au plus 13 demandes ont plus de points que vous.',
    );
  });

  it('Grand Paris Grand Est, T3 : la moitié des 952 ménages logés avaient au moins 60 points', () => {
    const housed = [
      band(0, 19, 57),
      band(20, 39, 124),
      band(40, 59, 190),
      band(60, 79, 229),
      band(80, 99, 190),
      band(100, null, 162),
    ];
    // 57 + 124 + 190 = 371 < 476, + 229 = 600 ≥ 476.
    expect(housedHalf(housed)).toEqual(band(60, 79, 229));
    // The first band already holds half: « moins de ».
    expect(housedHalf([band(0, 19, 10), band(20, null, 9)])).toEqual(band(0, 19, 10));
    const view: PositioningView = {
      millesime: 2023,
      refusal: false,
      sizes: {
        T2: { pending: [band(0, null, 3)], housed: [band(0, 19, 10), band(20, null, 9)], waiting: 3, fewHoused: false },
      },
    };
    expect(positionLines(view, 'T2', 5)).toEqual([
      'Fin 2023, pour un T2 dans tout le territoire, au plus 3 demandes ont plus de points que vous.',
      'Il y avait 3 demandes de T2 en attente.',
      'En 2023, la moitié des ménages qui ont eu un T2 avaient moins de 20 points.',
      ...CAVEATS,
    ]);
  });

  it('un territoire sans tableau des points le dit, et dit où demander', () => {
    expect(positionLines(undefined, 'T3', 50)).toEqual([
      'Ce territoire ne publie pas les points des autres demandes.',
      'Pour savoir où en est votre demande, demandez au guichet où vous l’avez déposée.',
    ]);
  });

  it('une seule demande devant : au singulier', () => {
    const view: PositioningView = {
      millesime: 2023,
      refusal: false,
      sizes: { T4: { pending: [band(0, 9, 5), band(10, null, 1)], housed: [], waiting: 6, fewHoused: true } },
    };
    expect(positionLines(view, 'T4', 12)[0]).toBe(
      'Fin 2023, pour un T4 dans tout le territoire, au plus 1 demande a plus de points que vous.',
    );
  });

  it('une tranche cachée sous les points, ou qui finit aux points, ne compte pas', () => {
    expect(demandsAhead([band(0, 39, null), band(40, null, 7)], 39)).toEqual({ min: 7, max: 7 });
    expect(demandsAhead([band(0, 39, null), band(40, null, 7)], 50)).toEqual({ min: 0, max: 7 });
    // Points below every band: all the demands are ahead.
    expect(demandsAhead([band(10, 19, 5), band(20, null, 2)], 3)).toEqual({ min: 7, max: 7 });
    // The demands in waiting are those of the demand table, even when a band is hidden; « trop peu » of
    // households housed only when the demand table says fewer than 5 (0 or « moins de 5 »).
    expect(
      positionLines(
        {
          millesime: 2023,
          refusal: false,
          sizes: { T2: { pending: [band(0, 39, null), band(40, null, 7)], housed: [], waiting: 12, fewHoused: true } },
        },
        'T2',
        50,
      ).slice(0, 3),
    ).toEqual([
      'Fin 2023, pour un T2 dans tout le territoire, au plus 7 demandes ont plus de points que vous.',
      'Il y avait 12 demandes de T2 en attente.',
      'Trop peu de ménages ont eu un T2 en 2023 pour dire leurs points.',
    ]);
    // The demand table hides the total: no number said.
    expect(
      positionLines(
        {
          millesime: 2023,
          refusal: false,
          sizes: { T2: { pending: [band(0, 39, 5), band(40, null, 7)], housed: [], waiting: null, fewHoused: true } },
        },
        'T2',
        50,
      )[1],
    ).toBe('Trop peu de ménages ont eu un T2 en 2023 pour dire leurs points.');
  });

  it('au-dessus de toutes les tranches fermées : aucune demande devant ; de 1 à 5 : « entre 1 et »', () => {
    const view: PositioningView = {
      millesime: 2023,
      refusal: false,
      sizes: { T3: { pending: [band(0, 39, 5), band(40, 79, 3)], housed: [], waiting: 8, fewHoused: true } },
    };
    expect(positionLines(view, 'T3', 90)[0]).toBe(
      'Fin 2023, pour un T3 dans tout le territoire, aucune demande n’a plus de points que vous.',
    );
    const one: PositioningView = {
      millesime: 2023,
      refusal: false,
      sizes: { T3: { pending: [band(0, 39, 5), band(40, 79, 1)], housed: [], waiting: 6, fewHoused: true } },
    };
    expect(positionLines(one, 'T3', 20)[0]).toBe(
      'Fin 2023, pour un T3 dans tout le territoire, entre 1 et 6 demandes ont plus de points que vous.',
    );
  });

  it('la moitié des ménages logés : une seule tranche, une tranche cachée ou personne, on ne dit rien ; la moitié juste', () => {
    expect(housedHalf([band(0, null, 30)])).toBeUndefined();
    expect(housedHalf([band(0, 19, 30), band(20, null, null)])).toBeUndefined();
    expect(housedHalf([band(0, 19, 0), band(20, null, 0)])).toBeUndefined();
    // 5 of 10 households in the first band: exactly half, said from that band.
    expect(housedHalf([band(0, 19, 5), band(20, null, 5)])).toEqual(band(0, 19, 5));
    expect(housedHalf([band(0, 19, 4), band(20, 39, 1), band(40, null, 5)])).toEqual(band(20, 39, 1));
  });

  it('la vue du simulateur : les nombres cachés deviennent null, le refus vient de la grille', () => {
    const table = {
      millesime: 2023,
      sizes: {
        T3: {
          pending: [
            { min: 0, max: 39, count: 112 },
            { min: 40, max: null, count: { masked: 'small' as const } },
          ],
          attributions: [{ min: 0, max: null, count: { masked: 'secondary' as const } }],
        },
      },
    };
    // The demand table of the same year (territory row): the one source of the demands waiting and of
    // « trop peu de ménages ». T3: 115 waiting though a band is hidden; its attributions hidden by the
    // secondary rule (not few). Other sizes: « moins de 5 », 3 and 12 housed.
    const size = (pending: unknown, attributions: unknown) => ({ pending, attributions });
    const demand = {
      '2023': {
        communes: {},
        territory: {
          T1: size(40, 12),
          T2: size(20, { masked: 'small' }),
          T3: size(115, { masked: 'secondary' }),
          T4: size({ masked: 'secondary' }, 3),
          'T5+': size(9, 0),
        },
      },
    } as never;
    const both = { ...table, sizes: { ...table.sizes, T2: table.sizes.T3, T4: table.sizes.T3, 'T5+': table.sizes.T3 } };
    const view = positioningView({ positioning: both, demand, secrecy: { threshold: 5 } }, undefined)!;
    expect(view.sizes.T3).toEqual({
      pending: [band(0, 39, 112), band(40, null, null)],
      housed: [band(0, null, null)],
      waiting: 115,
      fewHoused: false,
    });
    expect([view.sizes.T2!.fewHoused, view.sizes.T4!.fewHoused, view.sizes['T5+']!.fewHoused]).toEqual([
      true,
      true,
      true,
    ]);
    expect(view.sizes.T4!.waiting).toBeNull();
    // Without the demand table, nothing is said of the totals.
    expect(positioningView({ positioning: table }, { questions: [{ step: 'foyer' }, { step: 'refus' }] })).toEqual({
      millesime: 2023,
      refusal: true,
      sizes: {
        T3: {
          pending: [band(0, 39, 112), band(40, null, null)],
          housed: [band(0, null, null)],
          waiting: null,
          fewHoused: false,
        },
      },
    });
    expect(positioningView({ positioning: table }, { questions: [{ step: 'foyer' }] })?.refusal).toBe(false);
    expect(positioningView({ positioning: table }, undefined)?.refusal).toBe(false);
    expect(positioningView({}, { questions: [] })).toBeUndefined();
  });
});
