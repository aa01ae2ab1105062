/**
 * Why a commune × size has no figure of its own, for every combination of the published attributions of
 * the two years (2022, 2023), written by hand: the reason is read from the published labels only, and a
 * year with 0 attributions says that none were given (review of 2026-12-07, finding 5f: Paslières T2, a
 * hidden count in 2022 and 0 in 2023, said « le fichier ne donne pas l’attente »). The same cells in
 * demandes.csv: the observed delay of a year with 0 attributions is `non_calculable` (finding 5g).
 */
import { describe, expect, it } from 'vitest';
import { computeAnswers, type AnswerSource } from '../../src/lib/answers/index.ts';
import { answerLines } from '../../src/lib/wording/index.ts';
import { DEMAND_CSV, tableObjects, type OpenDataSource } from '../../src/lib/opendata/index.ts';

type Published = number | { masked: 'small' | 'secondary' | 'source' };
const small = { masked: 'small' } as const;
const secondary = { masked: 'secondary' } as const;
const source = { masked: 'source' } as const;

/** A published cell of the demand table: its attributions and its observed delay (null: none in the file). */
function cell(attributions: Published, delay: number | null | Published = null) {
  return {
    pending: 20,
    attributions,
    averageDelayMonths: typeof attributions === 'number' || delay !== null ? delay : attributions,
    waitingMonths: null,
    pressure: null,
  };
}
/** A territory all of whose sizes have a published delay of 7 months on 30 households. */
const territoryRow = () => Object.fromEntries(['T1', 'T2', 'T3', 'T4', 'T5+', 'total'].map((k) => [k, cell(30, 7)]));

/** One commune whose T2 has the given cells in 2022 and 2023; every other size as the territory. */
function source2(y2022: ReturnType<typeof cell>, y2023: ReturnType<typeof cell>) {
  const commune = (c: ReturnType<typeof cell>) => ({ ...territoryRow(), T2: c, total: cell(secondary) });
  return {
    secrecy: { threshold: 5 },
    communes: [{ code: '63270', name: 'Paslières' }],
    millesimes: { demand: [2022, 2023], stock: [] },
    demand: {
      '2022': { communes: { '63270': commune(y2022) }, territory: territoryRow() },
      '2023': { communes: { '63270': commune(y2023) }, territory: territoryRow() },
    },
    stock: {},
    centres: {},
  } as unknown as AnswerSource;
}

describe('la raison d’une réponse sans chiffre, selon les nombres publiés des deux années', () => {
  // [2022, 2023, raison, début de la phrase]
  const cases: [string, ReturnType<typeof cell>, ReturnType<typeof cell>, string, string][] = [
    ['0 puis 0', cell(0), cell(0), 'none-given', 'À Paslières, aucun T2 n’a été donné en 2022 et 2023.'],
    [
      'moins de 5 puis 0 (Paslières T2)',
      cell(small),
      cell(0),
      'none-given-latest',
      'À Paslières, aucun T2 n’a été donné en 2023.',
    ],
    ['12 puis 0', cell(12, 4), cell(0), 'none-given-latest', 'À Paslières, aucun T2 n’a été donné en 2023.'],
    [
      'non publié puis 0',
      cell(secondary),
      cell(0),
      'none-given-latest',
      'À Paslières, aucun T2 n’a été donné en 2023.',
    ],
    ['0 puis moins de 5', cell(0), cell(small), 'too-few', 'À Paslières, trop peu de T2 ont été donnés en 2023.'],
    ['12 puis moins de 5', cell(12, 4), cell(small), 'too-few', 'À Paslières, trop peu de T2 ont été donnés en 2023.'],
    [
      '0 puis non publié',
      cell(0),
      cell(secondary),
      'hidden',
      'À Paslières, l’attente pour un T2 est cachée pour protéger les personnes.',
    ],
    [
      'moins de 5 puis caché par la source',
      cell(small),
      cell(source),
      'hidden',
      'À Paslières, l’attente pour un T2 est cachée pour protéger les personnes.',
    ],
    [
      '0 puis 12 sans délai dans le fichier',
      cell(0),
      cell(12),
      'not-in-source',
      'À Paslières, le fichier des demandes ne donne pas l’attente pour un T2.',
    ],
  ];
  it.each(cases)('%s', (_, y2022, y2023, reason, sentence) => {
    const d = source2(y2022, y2023);
    const answers = computeAnswers(d)!;
    const a = answers.communes['63270']!.T2;
    // The commune's all-sizes total is hidden: the territory's T2 (7 months, 30 households) is the fallback.
    expect(a).toMatchObject({ kind: 'fallback', reason, scope: 'territory-size' });
    const lines = answerLines(
      { ...d, answers, settings: { abnormalDelay: { months: 24 } } } as never,
      { code: '63270', name: 'Paslières' } as never,
      'T2',
    )!;
    expect(lines.headline.startsWith(sentence), lines.headline).toBe(true);
  });
});

describe('demandes.csv : le statut dit ce que la case est', () => {
  const d = source2(cell(small), cell(0));
  const rows = tableObjects(DEMAND_CSV, {
    ...(d as unknown as OpenDataSource),
    settings: { name: 'Thiers Dore et Montagne' },
  } as OpenDataSource);
  const row = (year: number, code: string, size: string) =>
    rows.find((r) => r.millesime === year && r.code_commune === code && r.typologie === size)!;

  it('0 attribution : le délai observé ne peut pas être calculé (non_calculable), pas « absent »', () => {
    expect(row(2023, '63270', 'T2')).toMatchObject({
      attributions: 0,
      delai_moyen_observe_mois: null,
      delai_moyen_observe_mois_statut: 'non_calculable',
    });
    // 12 households in the file but no delay: the source does not give it.
    const without = tableObjects(DEMAND_CSV, {
      ...(source2(cell(0), cell(12)) as unknown as OpenDataSource),
      settings: { name: 'Thiers Dore et Montagne' },
    } as OpenDataSource);
    expect(
      without.find((r) => r.millesime === 2023 && r.code_commune === '63270' && r.typologie === 'T2'),
    ).toMatchObject({ attributions: 12, delai_moyen_observe_mois_statut: 'absent' });
  });

  it('les mutations : territoire_seulement pour une commune, toutes_tailles_seulement pour le territoire par taille', () => {
    expect(row(2023, '63270', 'T2')).toMatchObject({
      demandes_mutations_statut: 'territoire_seulement',
      attributions_mutations_statut: 'territoire_seulement',
    });
    expect(row(2023, 'territoire', 'T2')).toMatchObject({
      demandes_mutations_statut: 'toutes_tailles_seulement',
      attributions_mutations_statut: 'toutes_tailles_seulement',
    });
  });
});
