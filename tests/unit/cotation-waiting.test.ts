/** The simulator's wait: the same texts as the pages, for every place and size, the territory first. */
import { describe, expect, it } from 'vitest';
import { waitingData } from '../../src/lib/cotation/index.ts';
import type { WaitAnswer, WaitAnswers } from '../../src/lib/answers/index.ts';

const figure = (months: number): WaitAnswer => ({
  kind: 'figure',
  delay: { months, statistic: 'moyenne', millesimes: [2023], households: 30, band: null },
});
const bySize = (m: number) =>
  ({
    T1: figure(m),
    T2: figure(m + 1),
    T3: figure(m + 2),
    T4: figure(m + 3),
    'T5+': figure(m + 4),
    total: figure(m),
  }) as Record<string, WaitAnswer>;
const answers = {
  millesime: 2023,
  threshold: 5,
  communes: { '63430': bySize(5) },
  territory: bySize(7),
} as unknown as WaitAnswers;
const data = {
  answers,
  millesimes: { demand: [2023] },
  demand: {},
  secrecy: { threshold: 5 },
  settings: { abnormalDelay: {} },
  communes: [{ code: '63430', name: 'Thiers' }],
};

describe('le temps d’attente du simulateur', () => {
  it('donne les phrases du site pour le territoire d’abord, puis chaque commune', () => {
    const w = waitingData(data, ['T1', 'T3'])!;
    expect(w.millesime).toBe(2023);
    expect(w.places).toEqual([
      { code: '', name: 'Tout le territoire' },
      { code: '63430', name: 'Thiers' },
    ]);
    expect(w.texts['63430']!['T1']!.headline).toBe(
      'À Thiers, des ménages ont eu un T1 en 2023. Ils avaient attendu environ 5 mois.',
    );
    expect(w.texts['63430']!['T3']!.headline).toBe(
      'À Thiers, des ménages ont eu un T3 en 2023. Ils avaient attendu environ 7 mois.',
    );
    expect(w.texts['']!['T1']!.headline).toBe(
      'Dans tout le territoire, des ménages ont eu un T1 en 2023. Ils avaient attendu environ 7 mois.',
    );
    expect(Object.keys(w.texts['63430']!)).toEqual(['T1', 'T3']);
    expect(w.texts['63430']!['T1']!.pressure).toBe('');
  });

  it('après un repli sur le territoire, la pression dit son lieu : c’est celle de la commune', () => {
    const fallback: WaitAnswer = {
      kind: 'fallback',
      reason: 'hidden',
      scope: 'territory-size',
      delay: { months: 6, statistic: 'moyenne', millesimes: [2023], households: 52, band: null },
    };
    const cell = (pending: number, attributions: number) => ({ pending, attributions, waitingMonths: null });
    const w = waitingData(
      {
        ...data,
        answers: { ...answers, communes: { '63430': { ...bySize(5), T4: fallback } } } as unknown as WaitAnswers,
        // Thiers T4: 12 demands, 4 homes given: 12 ÷ 4 = 3 demands for 1 home. T1: 10 ÷ 5 = 2.
        demand: { '2023': { communes: { '63430': { T4: cell(12, 4), T1: cell(10, 5) } }, territory: {} } } as never,
      },
      ['T1', 'T4'],
    )!;
    expect(w.texts['63430']!['T4']!.headline).toBe(
      'À Thiers, l’attente pour un T4 est cachée pour protéger les personnes. Dans tout le territoire, des ménages ont eu un T4 en 2023. Ils avaient attendu environ 6 mois.',
    );
    expect(w.texts['63430']!['T4']!.pressure).toBe(
      'À Thiers, pour un T4, cela fait environ 3 demandes pour 1 logement donné.',
    );
    // The commune's own figure: the pressure follows its headline, no place to repeat.
    expect(w.texts['63430']!['T1']!.pressure).toBe('Cela fait environ 2 demandes pour 1 logement donné.');
  });

  it('ne donne rien sans chiffres des demandes', () => {
    expect(waitingData({ ...data, answers: undefined }, ['T1'])).toBeUndefined();
  });
});
