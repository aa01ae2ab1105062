/**
 * The wait shown by the simulator: for each place and size, the same answer as the commune page, in the
 * same words (src/lib/wording answerLines), written at build time. The browser only picks a text: it
 * never computes or words a figure of its own.
 */
import { aSize, answerLines, capitalize, inPlace, type AnswerLines, type AnswerLinesSource } from '../wording/index.ts';

/** The words of one place × size: the answer, then the pressure when it says something. */
export interface WaitingText {
  headline: string;
  pressure: string;
}

/** What the island needs to print a wait: no more than the public commune pages show. */
export interface WaitingData {
  /** Demand millésime used. */
  millesime: number;
  /** Communes in display order, the whole territory first (code ""). */
  places: { code: string; name: string }[];
  /** The answer texts by place code, then by typology. */
  texts: Record<string, Record<string, WaitingText>>;
}

/** The part of the dataset the answers are read from. */
export interface WaitingSource extends AnswerLinesSource {
  communes: { code: string; name: string; typeLiaison?: number }[];
}

/**
 * The pressure is always that of the chosen place and size. When the headline speaks of another place
 * (a fallback: « Dans tout le territoire, pour un T4… »), the pressure says its place, so that it is not
 * read as the territory's: « À Puy-Guillaume, pour un T4, cela fait plus de 1 demande pour 1 logement donné. »
 */
function placedPressure(l: AnswerLines, commune: { code: string; name: string } | null): string {
  const own = l.answer.kind === 'figure' || l.answer.kind === 'pooled';
  if (own || !l.pressure.startsWith('Cela fait ')) return l.pressure;
  return `${capitalize(inPlace({ commune }))}, pour ${aSize(l.size)}, cela fait ${l.pressure.slice('Cela fait '.length)}`;
}

/** The answers of the latest demand millésime, or undefined when the territory has no demand data. */
export function waitingData(
  d: WaitingSource,
  typologies: readonly ('T1' | 'T2' | 'T3' | 'T4' | 'T5+')[],
): WaitingData | undefined {
  const millesime = d.answers?.millesime;
  if (millesime === undefined) return undefined;
  const places = [{ code: '', name: 'Tout le territoire' }, ...d.communes.map((c) => ({ code: c.code, name: c.name }))];
  const texts: WaitingData['texts'] = {};
  for (const p of places) {
    const commune = p.code ? d.communes.find((c) => c.code === p.code)! : null;
    texts[p.code] = Object.fromEntries(
      typologies.flatMap((t) => {
        const l = answerLines(d, commune, t);
        return l ? [[t, { headline: l.headline, pressure: placedPressure(l, commune) }]] : [];
      }),
    );
  }
  return { millesime, places, texts };
}
