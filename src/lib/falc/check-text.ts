/**
 * Rules that read one line of text: punctuation, numbers, dates, capitals, passive voice and sentence
 * length. Each returns findings with 0-based columns in the line; the caller adds the line number.
 */
import type { Finding, RuleId } from './rules.ts';
import { sentencesOf, type Sentence } from './sentences.ts';

/** A finding before its line is known. */
export type LineFinding = Omit<Finding, 'line'>;

/** Options shared by the text rules. */
export interface TextOptions {
  /** Acronyms explained in the glossary (exact spelling, e.g. "CALEOL"). */
  acronyms: ReadonlySet<string>;
  /** True when the text is a heading (no final full stop expected, same length rules). */
  heading?: boolean;
  /** False for labels from YAML, where several sentences may share one value. */
  oneSentencePerLine?: boolean;
}

const make = (
  rule: RuleId,
  severity: Finding['severity'],
  column: number,
  message: string,
  hint: string,
): LineFinding => ({
  rule,
  severity,
  column: column + 1,
  message,
  hint,
});

/** Forbidden punctuation of RLS 4.2. */
function punctuation(text: string): LineFinding[] {
  const names: Record<string, string> = {
    ';': 'point-virgule',
    '(': 'parenthèse',
    ')': 'parenthèse',
    '[': 'crochet',
    ']': 'crochet',
    '…': 'points de suspension',
    '...': 'points de suspension',
  };
  return [...text.matchAll(/\.\.\.|[;()[\]…]/g)].map((m) =>
    make(
      'ponctuation',
      'error',
      m.index ?? 0,
      `signe interdit : ${names[m[0]]} « ${m[0]} »`,
      'coupez en 2 phrases, ou écrivez l’idée dans une phrase à part',
    ),
  );
}

/** Number words that should be digits. "un", "une" and "neuf" are left out: they are also articles or "new". */
const NUMBER_WORDS = new Set([
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'vingt',
  'vingts',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'cent',
  'cents',
  'mille',
  'million',
  'millions',
  'milliard',
  'milliards',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'sixième',
  'septième',
  'huitième',
  'dixième',
]);

function numberWords(s: Sentence): LineFinding[] {
  // « pour cent » is reported once, as a percentage.
  return s.words
    .filter(
      (w, i) =>
        NUMBER_WORDS.has(w.text.toLowerCase()) &&
        !(w.text.toLowerCase() === 'cent' && s.words[i - 1]?.text.toLowerCase() === 'pour'),
    )
    .map((w) =>
      make(
        'nombre-en-lettres',
        'error',
        w.column,
        `nombre écrit en lettres : « ${w.text} »`,
        'écrivez le nombre en chiffres, par exemple 3 ou 3e',
      ),
    );
}

function percentages(text: string): LineFinding[] {
  return [...text.matchAll(/%|\bpour ?cent\b|\bpourcentages?\b/gi)].map((m) =>
    make(
      'pourcentage',
      'error',
      m.index ?? 0,
      `pourcentage : « ${m[0]} »`,
      'dites plutôt « 1 personne sur 4 » ou « la moitié »',
    ),
  );
}

const COMPARISON = /\b(comme|environ|presque|fois|autant|sur \d|pour \d|cela fait|c’est|c'est)\b/i;
const REFERENCE_BEFORE = /(cerfa|n°|numéro|code|article|arrêté|loi|décret)\s*$/i;

/** Numbers above 1 000 need a comparison (warning): years and form numbers are not counted. */
function bigNumbers(s: Sentence, line: string): LineFinding[] {
  if (COMPARISON.test(s.text)) return [];
  const out: LineFinding[] = [];
  for (const w of s.words) {
    if (!/^\d[\d \u00a0\u202f]*$/.test(w.text)) continue;
    const value = Number(w.text.replace(/\D/g, ''));
    const isYear = /^\d{4}$/.test(w.text) && value >= 1900 && value <= 2100;
    if (value <= 1000 || isYear || REFERENCE_BEFORE.test(line.slice(0, w.column))) continue;
    out.push(
      make(
        'grand-nombre',
        'warning',
        w.column,
        `grand nombre sans comparaison : ${w.text}`,
        'ajoutez une comparaison, par exemple « environ 1 personne sur 3 »',
      ),
    );
  }
  return out;
}

function numericDates(text: string): LineFinding[] {
  return [...text.matchAll(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g)].map((m) =>
    make(
      'date',
      'error',
      m.index ?? 0,
      `date écrite en chiffres : ${m[0]}`,
      'écrivez le mois en lettres, par exemple « 1er avril 2008 »',
    ),
  );
}

/** All-caps words: a glossary acronym is fine, a short unknown one is an unexplained acronym, a long one is shouting. */
function capitals(s: Sentence, acronyms: ReadonlySet<string>): LineFinding[] {
  const out: LineFinding[] = [];
  const isCaps = (t: string | undefined) => !!t && /^\p{Lu}{2,}(['’-]\p{Lu}+)*s?$/u.test(t) && !/^\p{Lu}s$/u.test(t);
  // "l’OFPRA" is read as the acronym OFPRA after its elided article.
  const words = s.words.map((w) => {
    const m = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’](?=\p{Lu})/u.exec(w.text);
    return m ? { text: w.text.slice(m[0].length), column: w.column + m[0].length } : w;
  });
  words.forEach((w, i) => {
    if (!isCaps(w.text)) return;
    const bare = w.text.replace(/s$/, '');
    if (acronyms.has(w.text) || acronyms.has(bare)) return;
    const shouting = w.text.length >= 7 || isCaps(words[i - 1]?.text) || isCaps(words[i + 1]?.text);
    out.push(
      shouting
        ? make(
            'majuscules',
            'error',
            w.column,
            `mot écrit en majuscules : « ${w.text} »`,
            'écrivez le mot en minuscules, mettez-le en gras s’il est important',
          )
        : make(
            'sigle',
            'error',
            w.column,
            `sigle absent du glossaire : « ${w.text} »`,
            'ajoutez ce sigle dans content/glossaire.yaml, ou écrivez les mots en entier',
          ),
    );
  });
  return out;
}

const ETRE = new Set([
  'suis',
  'es',
  'est',
  'sommes',
  'êtes',
  'sont',
  'étais',
  'était',
  'étions',
  'étiez',
  'étaient',
  'serai',
  'seras',
  'sera',
  'serons',
  'serez',
  'seront',
  'serais',
  'serait',
  'seraient',
  'sois',
  'soit',
  'soyons',
  'soyez',
  'soient',
  'être',
  'été',
  'étant',
]);
const ADVERBS = new Set([
  'pas',
  'plus',
  'bien',
  'déjà',
  'toujours',
  'souvent',
  'aussi',
  'très',
  'jamais',
  'encore',
  'tout',
  'peut-être',
  'automatiquement',
]);
/** Participles of verbs conjugated with être in the active voice (passé composé), not passives. */
const ACTIVE_WITH_ETRE =
  /^(allée?s?|venue?s?|partie?s?|arrivée?s?|entrée?s?|sortie?s?|restée?s?|devenue?s?|née?s?|morte?s?|tombée?s?|montée?s?|descendue?s?|retournée?s?|rentrée?s?|revenue?s?|passée?s?)$/i;
/** Words that end like a participle but are adjectives of state or not verbs at all. */
const NOT_PASSIVE =
  /^(sous|tous|plus|vous|nous|dessus|jus|gratuite?s?|publique?s?|salariée?s?|mariée?s?|pacsée?s?|hébergée?s?|âgée?s?|handicapée?s?|prête?s?|seule?s?|sûre?s?)$/i;
const PARTICIPLE =
  /\p{L}{2,}(é|ée|és|ées|ie|ies|is|ise|ises|it|ite|ites|u|ue|us|ues|ert|erte|erts|ertes|eint|einte|eints|eintes|aint|ainte)$/u;

/** Heuristic passive voice: a form of "être" followed by a past participle (warning only). */
function passive(s: Sentence): LineFinding[] {
  const out: LineFinding[] = [];
  const w = s.words;
  for (let i = 0; i < w.length; i++) {
    if (!ETRE.has(w[i]!.text.toLowerCase())) continue;
    let j = i + 1;
    while (j < w.length && ADVERBS.has(w[j]!.text.toLowerCase())) j++;
    const p = w[j];
    if (!p || ACTIVE_WITH_ETRE.test(p.text) || NOT_PASSIVE.test(p.text) || !PARTICIPLE.test(p.text.toLowerCase()))
      continue;
    out.push(
      make(
        'voix-passive',
        'warning',
        w[i]!.column,
        `voix passive probable : « ${w[i]!.text} ${p.text} »`,
        'dites qui fait l’action, par exemple « le bailleur envoie » au lieu de « est envoyé »',
      ),
    );
  }
  return out;
}

function length(s: Sentence): LineFinding[] {
  const n = s.words.length;
  if (n > 15)
    return [
      make(
        'phrase-longue',
        'error',
        s.column,
        `phrase trop longue : ${n} mots, 15 au maximum`,
        'coupez la phrase en 2 phrases courtes',
      ),
    ];
  if (n > 12)
    return [
      make(
        'phrase-longue',
        'warning',
        s.column,
        `phrase longue : ${n} mots, 12 conseillés`,
        'essayez de couper la phrase',
      ),
    ];
  return [];
}

/** Every text rule on one masked line. */
export function checkText(line: string, options: TextOptions): LineFinding[] {
  const sentences = sentencesOf(line);
  const out: LineFinding[] = [...punctuation(line), ...percentages(line), ...numericDates(line)];
  if ((options.oneSentencePerLine ?? true) && sentences.length > 1) {
    for (const s of sentences.slice(1))
      out.push(
        make(
          'une-phrase-par-ligne',
          'error',
          s.column,
          'plusieurs phrases sur la même ligne',
          'passez à la ligne après chaque phrase',
        ),
      );
  }
  for (const s of sentences) {
    out.push(...length(s), ...numberWords(s), ...bigNumbers(s, line), ...capitals(s, options.acronyms), ...passive(s));
  }
  return out.sort((a, b) => a.column - b.column);
}

/** Sentences and words of a line, for the readability score. */
export { sentencesOf };
