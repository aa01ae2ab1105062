/**
 * The answer block of one place × size (src/lib/wording/answer-lines.ts): headline, cell, short line, counts,
 * pressure, theoretical delay and the délai anormalement long. Every expected sentence is written by hand here,
 * on a small dataset written in the test.
 */
import { describe, expect, it } from 'vitest';
import { answerLines, answerLinesBySize, type AnswerLinesSource } from '../../src/lib/wording/index.ts';
import type { SizeKey, WaitAnswer, WaitAnswers } from '../../src/lib/answers/index.ts';
import type { DemandByTypology, DemandFigures } from '../../src/lib/figures/index.ts';
import { delay, fig, secondary, small } from '../helpers/demand-figures.ts';

const THIERS = { code: '63430', name: 'Thiers' };

/** A dataset of one commune (or the territory) and one size, threshold 5, délai anormalement long 36 months. */
function source(
  answer: WaitAnswer,
  figures: DemandFigures | undefined,
  options: { limit?: number; commune?: boolean; k?: SizeKey } = {},
): AnswerLinesSource {
  const k = options.k ?? 'T3';
  const byCommune = options.commune ?? true;
  const row = (figures ? { [k]: figures } : {}) as DemandByTypology;
  const answers = {
    millesime: 2023,
    threshold: 5,
    communes: byCommune ? { [THIERS.code]: { [k]: answer } } : {},
    territory: byCommune ? {} : { [k]: answer },
  } as unknown as WaitAnswers;
  return {
    answers,
    millesimes: { demand: [2022, 2023] },
    demand: {
      '2023': {
        communes: byCommune ? { [THIERS.code]: row } : {},
        territory: byCommune ? ({} as DemandByTypology) : row,
      },
    },
    secrecy: { threshold: 5 },
    settings: { abnormalDelay: { months: options.limit ?? 36 } },
  };
}
const five = { kind: 'figure', delay: delay({ months: 5.2 }) } as const;

describe('the counts of a place and a size', () => {
  it.each([
    [fig({ pending: 42, attributions: 12 }), 'À Thiers, 42 demandes attendent un T3. 12 T3 ont été donnés en 2023.'],
    [
      fig({ pending: 1615, attributions: 1 }),
      'À Thiers, 1\u202f615 demandes attendent un T3. 1 T3 a été donné en 2023.',
    ],
    [fig({ pending: 1, attributions: 0 }), 'À Thiers, 1 demande attend un T3. Aucun T3 n’a été donné en 2023.'],
    [
      fig({ pending: 0, attributions: small }),
      'À Thiers, aucune demande n’attend un T3. Moins de 5 T3 ont été donnés en 2023.',
    ],
    [
      fig({ pending: small, attributions: 6 }),
      'À Thiers, moins de 5 demandes attendent un T3. 6 T3 ont été donnés en 2023.',
    ],
    [fig({ pending: secondary, attributions: 6 }), '6 T3 ont été donnés en 2023.'],
    [fig({ pending: 8, attributions: secondary }), 'À Thiers, 8 demandes attendent un T3.'],
    [fig({ pending: secondary, attributions: secondary }), ''],
  ])('%o', (figures, counts) => {
    expect(answerLines(source(five, figures), THIERS, 'T3')?.counts).toBe(counts);
  });

  it('names all sizes and the biggest size', () => {
    expect(
      answerLines(source(five, fig({ pending: 3, attributions: 0 }), { k: 'total' }), THIERS, 'total')?.counts,
    ).toBe('À Thiers, 3 demandes attendent un logement social. Aucun logement social n’a été donné en 2023.');
    expect(
      answerLines(source(five, fig({ pending: 3, attributions: 1 }), { k: 'total' }), THIERS, 'total')?.counts,
    ).toBe('À Thiers, 3 demandes attendent un logement social. 1 logement social a été donné en 2023.');
    expect(
      answerLines(source(five, fig({ pending: 30, attributions: 12 }), { k: 'total' }), THIERS, 'total')?.counts,
    ).toBe('À Thiers, 30 demandes attendent un logement social. 12 logements sociaux ont été donnés en 2023.');
    expect(answerLines(source(five, fig({ pending: 2, attributions: 1 }), { k: 'T5+' }), THIERS, 'T5+')?.counts).toBe(
      'À Thiers, 2 demandes attendent un T5 ou plus. 1 T5 ou plus a été donné en 2023.',
    );
    expect(answerLines(source(five, fig({ pending: 2, attributions: 0 }), { k: 'T5+' }), THIERS, 'T5+')?.counts).toBe(
      'À Thiers, 2 demandes attendent un T5 ou plus. Aucun T5 ou plus n’a été donné en 2023.',
    );
  });

  it('speaks of the whole territory without a commune', () => {
    const lines = answerLines(source(five, fig({ pending: 42, attributions: 12 }), { commune: false }), null, 'T3');
    expect(lines?.counts).toBe('Dans tout le territoire, 42 demandes attendent un T3. 12 T3 ont été donnés en 2023.');
    expect(lines?.headline).toBe(
      'Dans tout le territoire, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 5 mois.',
    );
  });

  it('has no counts without a row of figures', () => {
    const lines = answerLines(source(five, undefined), THIERS, 'T3');
    expect(lines?.counts).toBe('');
    expect(lines?.pressure).toBe('');
    expect(lines?.theoretical).toBe('');
    expect(lines?.headline).toBe('À Thiers, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 5 mois.');
  });
});

describe('the pressure line', () => {
  it.each([
    [fig({ pending: 40, attributions: 5 }), 'Cela fait environ 8 demandes pour 1 logement donné.'],
    [fig({ pending: 12, attributions: small }), 'Cela fait au moins 3 demandes pour 1 logement donné.'],
    [fig({ pending: 13, attributions: small }), 'Cela fait plus de 3 demandes pour 1 logement donné.'],
    [fig({ pending: 4, attributions: small }), 'Cela fait au moins 1 demande pour 1 logement donné.'],
    [fig({ pending: 2, attributions: small }), ''],
    [fig({ pending: 12, attributions: 0 }), ''],
    [fig({ pending: 12, attributions: secondary }), ''],
  ])('%o', (figures, pressure) => {
    expect(answerLines(source(five, figures), THIERS, 'T3')?.pressure).toBe(pressure);
  });
});

describe('the theoretical delay, said as a calculation', () => {
  it('is said from the counts of the year', () => {
    expect(
      answerLines(source(five, fig({ pending: 40, attributions: 5, waitingMonths: 96 })), THIERS, 'T3')?.theoretical,
    ).toBe(
      'Un calcul, pas une attente. Au rythme de 2023, il faudrait environ 8 ans. C’est le temps pour loger toutes les demandes en attente.',
    );
  });

  it('is not said without published months', () => {
    expect(answerLines(source(five, fig({ pending: 40, attributions: 0 })), THIERS, 'T3')?.theoretical).toBe('');
    expect(
      answerLines(source(five, fig({ pending: 40, attributions: 5, waitingMonths: secondary })), THIERS, 'T3')
        ?.theoretical,
    ).toBe('');
  });
});

describe('the délai anormalement long', () => {
  const DALO =
    'C’est plus que le délai anormalement long (3 ans). Après ce délai, vous pouvez faire un recours. C’est le droit au logement opposable, appelé DALO.';
  const abnormal = (answer: WaitAnswer, limit?: number) => {
    const d = source(answer, fig({ pending: 1, attributions: 1 }), limit === undefined ? {} : { limit });
    return answerLines(d, THIERS, 'T3')?.abnormal;
  };

  it('is said when the rounded months are above it', () => {
    expect(abnormal({ kind: 'figure', delay: delay({ months: 40 }) })).toBe(DALO);
    expect(abnormal({ kind: 'figure', delay: delay({ months: 36.5 }) })).toBe(DALO);
    expect(abnormal({ kind: 'figure', delay: delay({ months: 36.4 }) })).toBe('');
    expect(abnormal({ kind: 'figure', delay: delay({ months: 20 }) })).toBe('');
    expect(abnormal({ kind: 'pooled', delay: delay({ months: 40 }) })).toBe(DALO);
  });

  it('is said when the whole band is at or above it', () => {
    expect(abnormal({ kind: 'figure', delay: delay({ band: { min: 36, max: 60 } }) })).toBe(DALO);
    expect(abnormal({ kind: 'pooled', delay: delay({ band: { min: 60, max: null } }) })).toBe(DALO);
    expect(abnormal({ kind: 'pooled', delay: delay({ band: { min: 24, max: 36 } }) })).toBe('');
    expect(abnormal({ kind: 'figure', delay: delay({ months: 40, band: { min: 24, max: 36 } }) })).toBe('');
  });

  it('writes the limit in years and months', () => {
    const d = source({ kind: 'figure', delay: delay({ months: 40 }) }, fig({}), { limit: 30 });
    expect(answerLines(d, THIERS, 'T3')?.abnormal).toBe(
      'C’est plus que le délai anormalement long (2 ans et 6 mois). Après ce délai, vous pouvez faire un recours. C’est le droit au logement opposable, appelé DALO.',
    );
  });

  it('is not said of another place’s figure, nor without a limit', () => {
    expect(
      abnormal({ kind: 'fallback', reason: 'too-few', scope: 'territory-size', delay: delay({ months: 50 }) }),
    ).toBe('');
    expect(abnormal({ kind: 'no-size-here', nearby: [], territory: delay({ months: 50 }) })).toBe('');
    const d = source({ kind: 'figure', delay: delay({ months: 50 }) }, fig({}));
    d.settings.abnormalDelay = {};
    expect(answerLines(d, THIERS, 'T3')?.abnormal).toBe('');
  });
});

describe('the short line of a printed sheet', () => {
  const seven = delay({ months: 7 });
  it.each([
    ['figure', five, 'environ 5 mois'],
    [
      'pooled',
      { kind: 'pooled', delay: delay({ millesimes: [2022, 2023], band: { min: 3, max: 6 } }) },
      'entre 3 et 6 mois, en 2022 et 2023',
    ],
    [
      'territory',
      { kind: 'fallback', reason: 'too-few', scope: 'territory-size', delay: seven },
      'trop peu donnés ici, territoire environ 7 mois',
    ],
    [
      'all sizes',
      { kind: 'fallback', reason: 'hidden', scope: 'commune-all-sizes', delay: seven },
      'caché ici, toutes tailles environ 7 mois',
    ],
    [
      'territory, all sizes',
      { kind: 'fallback', reason: 'none-given', scope: 'territory-all-sizes', delay: seven },
      'aucun donné ici, territoire toutes tailles environ 7 mois',
    ],
    [
      'no social home',
      { kind: 'no-social-housing', nearby: [], territory: seven },
      'pas de logement social ici, territoire environ 7 mois',
    ],
    [
      'no social home, no territory figure',
      { kind: 'no-social-housing', nearby: [], territory: null },
      'pas de logement social ici',
    ],
    [
      'no home of this size',
      { kind: 'no-size-here', nearby: [], territory: delay({ band: { min: 12, max: 24 } }) },
      'aucun de cette taille ici, territoire entre 1 et 2 ans',
    ],
    ['unknown', { kind: 'unknown', reason: 'not-in-source' }, 'pas de chiffre'],
  ] as [string, WaitAnswer, string][])('%s', (_, answer, short) => {
    const lines = answerLines(source(answer, fig({})), THIERS, 'T3');
    expect(lines?.short).toBe(short);
  });

  it('keeps the answer, its size and its cell', () => {
    const pooled: WaitAnswer = { kind: 'pooled', delay: delay({ millesimes: [2022, 2023], band: { min: 3, max: 6 } }) };
    const lines = answerLines(source(pooled, fig({})), THIERS, 'T3');
    expect(lines?.size).toBe('T3');
    expect(lines?.answer).toBe(pooled);
    expect(lines?.cell).toBe('entre 3 et 6 mois, en 2022 et 2023');
    expect(lines?.headline).toBe(
      'À Thiers, des ménages ont eu un T3 en 2022 et 2023. Ils avaient attendu entre 3 et 6 mois.',
    );
  });

  it('reads the demand years of the dataset for a reason', () => {
    const lines = answerLines(
      source({ kind: 'unknown', reason: 'none-given' }, fig({ pending: 3, attributions: 0 })),
      THIERS,
      'T3',
    );
    expect(lines?.headline).toBe('À Thiers, aucun T3 n’a été donné en 2022 et 2023. Demandez à un guichet.');
  });
});

describe('which answer is read', () => {
  it('reads the commune’s answer, not the territory’s', () => {
    const d = source(five, fig({ pending: 42, attributions: 12 }));
    d.answers!.territory.T3 = { kind: 'figure', delay: delay({ months: 30 }) };
    d.demand['2023']!.territory.T3 = fig({ pending: 900, attributions: 100 });
    const lines = answerLines(d, THIERS, 'T3');
    expect(lines?.cell).toBe('environ 5 mois');
    expect(lines?.counts).toBe('À Thiers, 42 demandes attendent un T3. 12 T3 ont été donnés en 2023.');
    expect(answerLines(d, null, 'T3')?.cell).toBe('environ 2 ans et 6 mois');
    expect(answerLines(d, null, 'T3')?.counts).toBe(
      'Dans tout le territoire, 900 demandes attendent un T3. 100 T3 ont été donnés en 2023.',
    );
  });

  it('has no block without answers, for an unknown commune or an unknown size', () => {
    const d = source(five, fig({}));
    expect(answerLines({ ...d, answers: undefined }, THIERS, 'T3')).toBeUndefined();
    expect(answerLines(d, { code: '99999', name: 'Ailleurs' }, 'T3')).toBeUndefined();
    expect(answerLines(d, THIERS, 'T2')).toBeUndefined();
  });

  it('has no counts when the demand table lacks the commune or the year', () => {
    const d = source(five, fig({ pending: 42, attributions: 12 }));
    d.demand['2023']!.communes = {};
    expect(answerLines(d, THIERS, 'T3')?.counts).toBe('');
    const e = source(five, fig({ pending: 42, attributions: 12 }));
    e.demand = {};
    expect(answerLines(e, THIERS, 'T3')?.counts).toBe('');
    expect(answerLines({ ...e, answers: { ...e.answers!, communes: {} } }, null, 'T3')).toBeUndefined();
  });

  it('gives the blocks of every size of a place in display order, skipping sizes without an answer', () => {
    const d = source(five, fig({}));
    d.answers!.communes[THIERS.code]!.T1 = { kind: 'unknown', reason: 'hidden' };
    d.answers!.communes[THIERS.code]!.total = five;
    expect(answerLinesBySize(d, THIERS).map((l) => [l.size, l.cell])).toEqual([
      ['T1', 'caché'],
      ['T3', 'environ 5 mois'],
    ]);
    expect(answerLinesBySize(d, null)).toEqual([]);
  });
});
