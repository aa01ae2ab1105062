/**
 * The answer block of one place × size, as every output prints it: the headline (what housed households
 * waited), the demands and homes given, the pressure, the theoretical delay named for what it is, and the
 * comparison with the délai anormalement long. The commune page, /delais/, the simulator, the leaflets and
 * the open data call this one function: the same question gets the same words everywhere.
 */
import type { SizeKey, WaitAnswer, WaitAnswers } from '../answers/index.ts';
import { TYPOLOGIES, type DemandByTypology, type DemandFigures } from '../figures/index.ts';
import { isMasked } from '../indicators/index.ts';
import { formatInteger } from '../format/index.ts';
import { REASON_CELL, aSize, answerCell, answerSentence, delayText, inPlace, sizePlural } from './answers.ts';
import { capitalize, type NamedCommune } from './communes.ts';
import { durationText, yearsAndMonths } from './durations.ts';
import { pressureWords, waitState } from './figures.ts';

/** Every line of one answer block; an empty string when the line has nothing to say. */
export interface AnswerLines {
  size: SizeKey;
  answer: WaitAnswer;
  /** "Les ménages qui ont eu un T3 à Thiers en 2023 avaient attendu environ 5 mois." */
  headline: string;
  /** The answer in a table cell: "environ 5 mois", "entre 6 mois et 1 an", "trop peu donnés". */
  cell: string;
  /** The answer in one or two short sentences for a printed sheet, with the wider figure of a fallback. */
  short: string;
  /** "À Thiers, 42 demandes attendent un T3. 12 T3 ont été donnés en 2023." */
  counts: string;
  /** "Cela fait environ 4 demandes pour 1 logement donné." */
  pressure: string;
  /** The theoretical delay, said as a calculation and never as a wait; empty when it cannot be computed. */
  theoretical: string;
  /** The comparison of the observed delay with the délai anormalement long; empty when below or unknown. */
  abnormal: string;
}

/** What the answer lines read from the dataset. */
export interface AnswerLinesSource {
  answers?: WaitAnswers | undefined;
  millesimes: { demand: number[] };
  demand: Record<string, { communes: Record<string, DemandByTypology>; territory: DemandByTypology }>;
  secrecy: { threshold: number };
  settings: { abnormalDelay: { months?: number | undefined } };
}

/** "42 demandes attendent", "1 demande attend", "moins de 5 demandes attendent", "aucune demande n'attend". */
function demandsWaiting(f: DemandFigures, threshold: number): string | null {
  const c = f.pending;
  if (isMasked(c)) return c.masked === 'small' ? `moins de ${threshold} demandes attendent` : null;
  if (c === 0) return 'aucune demande n’attend';
  return c === 1 ? '1 demande attend' : `${formatInteger(c)} demandes attendent`;
}

/** "12 T3 ont été donnés en 2023.", "Aucun T3 n'a été donné en 2023.", "Moins de 5 T3 ont été donnés en 2023." */
function given(f: DemandFigures, k: SizeKey, year: number, threshold: number): string {
  const what = sizePlural(k);
  const c = f.attributions;
  if (isMasked(c)) return c.masked === 'small' ? `Moins de ${threshold} ${what} ont été donnés en ${year}.` : '';
  if (c === 0)
    return k === 'total'
      ? `Aucun logement social n’a été donné en ${year}.`
      : `Aucun ${what} n’a été donné en ${year}.`;
  if (c === 1) return `1 ${k === 'total' ? 'logement social' : what} a été donné en ${year}.`;
  return `${formatInteger(c)} ${what} ont été donnés en ${year}.`;
}

/** The counts sentence of a place × size. */
function countsSentence(
  f: DemandFigures | undefined,
  commune: NamedCommune | null,
  k: SizeKey,
  year: number,
  threshold: number,
): string {
  if (!f) return '';
  const waiting = demandsWaiting(f, threshold);
  const first = waiting ? `${capitalize(inPlace({ commune }))}, ${waiting} ${aSize(k)}.` : '';
  return [first, given(f, k, year, threshold)].filter(Boolean).join(' ');
}

/** "Cela fait environ 4 demandes pour 1 logement donné." or an honest bound; empty when nothing can be said. */
function pressureSentence(f: DemandFigures | undefined, threshold: number): string {
  const state = waitState(f, threshold);
  if (state.kind === 'value') return `Cela fait environ ${pressureWords(state.pressure)}.`;
  if (state.kind === 'lowerBound') {
    const n = Math.floor(state.pressure);
    return n >= 1 ? `Cela fait ${state.pressure > n ? 'plus de' : 'au moins'} ${pressureWords(n)}.` : '';
  }
  return '';
}

/** The theoretical delay, with its own honest sentence. */
function theoreticalSentence(f: DemandFigures | undefined, year: number): string {
  const state = waitState(f, 0);
  if (!f || typeof f.waitingMonths !== 'number' || state.kind !== 'value') return '';
  return `Un calcul, pas une attente. Au rythme de ${year}, il faudrait ${durationText(state.months)}. C’est le temps pour loger toutes les demandes en attente.`;
}

/** The comparison with the délai anormalement long, on the figure the answer says for this place and size. */
function abnormalSentence(a: WaitAnswer, limit: number | undefined): string {
  if (limit === undefined || (a.kind !== 'figure' && a.kind !== 'pooled')) return '';
  const d = a.delay;
  const over = d.band ? d.band.min >= limit : d.months !== null && Math.round(d.months) > limit;
  if (!over) return '';
  return `C’est plus que le délai anormalement long (${yearsAndMonths(limit)}). Après ce délai, vous pouvez faire un recours. C’est le droit au logement opposable, appelé DALO.`;
}

/** "trop peu donnés ici ; tout le territoire : environ 7 mois". */
function shortLine(a: WaitAnswer): string {
  const wide = (scope: string, f: Parameters<typeof delayText>[0]) => `${scope} ${delayText(f)}`;
  switch (a.kind) {
    case 'figure':
    case 'pooled':
      return answerCell(a);
    case 'fallback': {
      // Short (FALC, 15 words at most with the size): "trop peu donnés ici, territoire environ 7 mois".
      const scope =
        a.scope === 'commune-all-sizes'
          ? 'toutes tailles'
          : a.scope === 'territory-size'
            ? 'territoire'
            : 'territoire toutes tailles';
      return `${REASON_CELL[a.reason]} ici, ${wide(scope, a.delay)}`;
    }
    case 'no-social-housing':
    case 'no-size-here':
      return a.territory ? `${answerCell(a)} ici, ${wide('territoire', a.territory)}` : `${answerCell(a)} ici`;
    case 'unknown':
      return REASON_CELL[a.reason];
  }
}

/** The answer block of a place (a commune, or the territory when null) and a size; undefined without answers. */
export function answerLines(
  d: AnswerLinesSource,
  commune: (NamedCommune & { code: string }) | null,
  k: SizeKey,
): AnswerLines | undefined {
  const answers = d.answers;
  if (!answers) return undefined;
  const a = commune ? answers.communes[commune.code]?.[k] : answers.territory[k];
  if (!a) return undefined;
  const table = d.demand[String(answers.millesime)];
  const f = commune ? table?.communes[commune.code]?.[k] : table?.territory[k];
  const threshold = d.secrecy.threshold;
  return {
    size: k,
    answer: a,
    headline: answerSentence(a, { commune }, k, d.millesimes.demand),
    cell: answerCell(a),
    short: shortLine(a),
    counts: countsSentence(f, commune, k, answers.millesime, threshold),
    pressure: pressureSentence(f, threshold),
    theoretical: theoreticalSentence(f, answers.millesime),
    abnormal: abnormalSentence(a, d.settings.abnormalDelay.months),
  };
}

/** The answer blocks of every size of a place (T1 to T5+), in display order. */
export function answerLinesBySize(
  d: AnswerLinesSource,
  commune: (NamedCommune & { code: string }) | null,
): AnswerLines[] {
  return TYPOLOGIES.flatMap((k) => answerLines(d, commune, k) ?? []);
}
