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

  it('ne donne rien sans chiffres des demandes', () => {
    expect(waitingData({ ...data, answers: undefined }, ['T1'])).toBeUndefined();
  });
});
