/**
 * Lints one MDX page: front-matter title and description, headings, every line of text, and the
 * Kandel–Moles score of the page as information.
 */
import { checkText } from './check-text.ts';
import { applyIgnores, readIgnores } from './ignore.ts';
import { readableLines } from './mask-mdx.ts';
import { kandelMoles, scoreLabel } from './readability.ts';
import type { Finding } from './rules.ts';
import { sentencesOf, type Sentence } from './sentences.ts';

/** What the linter needs to know besides the text. */
export interface LintOptions {
  /** Acronyms explained in the glossary. */
  acronyms: ReadonlySet<string>;
  /** Acronym → its words, for the acronyms the glossary spells out (acronymWords). */
  acronymWords?: ReadonlyMap<string, string>;
}

/** Lower case, one space between words, typographic apostrophes as plain ones: to find words in a text. */
const plain = (t: string) => t.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/**
 * The first use of an acronym in the text of a page, when its words have not come before it on the page
 * nor in the same sentence. Headings are left out: « Qu’est-ce que le DALO ? » asks about the acronym that
 * the next line explains.
 */
function acronymBeforeWords(
  lines: readonly { line: number; text: string; heading: number }[],
  words: ReadonlyMap<string, string>,
): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const l of lines) {
    if (l.heading) continue;
    for (const s of sentencesOf(l.text)) {
      const text = plain(s.text);
      for (const [acronym, spelled] of words) if (text.includes(plain(spelled))) done.add(acronym);
      for (const w of s.words) {
        const acronym = w.text.replace(/^(?:[lLdD]|[qQ]u)['’]/u, '');
        const spelled = words.get(acronym);
        if (spelled === undefined || done.has(acronym)) continue;
        done.add(acronym);
        out.push({
          rule: 'sigle-avant-les-mots',
          severity: 'warning',
          line: l.line,
          column: w.column + 1,
          message: `sigle avant ses mots : « ${acronym} »`,
          hint: `écrivez d’abord les mots « ${spelled} », puis le sigle`,
        });
      }
    }
  }
  return out;
}

/** Findings of a page and its readability score. */
export interface PageLint {
  findings: Finding[];
  /** Kandel–Moles score, undefined for a page without text. */
  score?: number;
}

/** Front-matter fields read by the public (the rest is metadata). */
const PUBLIC_FIELDS = /^(title|description):\s*(["']?)(.*?)\2\s*$/;

function frontMatterLines(source: string): { line: number; column: number; text: string }[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const out: { line: number; column: number; text: string }[] = [];
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    const m = PUBLIC_FIELDS.exec(lines[i] ?? '');
    if (m) out.push({ line: i + 1, column: (lines[i] ?? '').indexOf(m[3]!, m[1]!.length + 1), text: m[3]! });
  }
  return out;
}

/** Heading rules: the page title is the front matter's, then 2 levels at most, no numbering. */
function headingFindings(line: number, depth: number, text: string, previous: number): Finding[] {
  const out: Finding[] = [];
  const at = (column: number, message: string, hint: string): Finding => ({
    rule: 'titres',
    severity: 'error',
    line,
    column,
    message,
    hint,
  });
  if (depth === 1)
    out.push(
      at(
        1,
        'titre de niveau 1 dans le texte',
        'le titre de la page vient du champ « title » : commencez les titres par ##',
      ),
    );
  else if (depth > 3)
    out.push(at(1, `titre de niveau ${depth} : trop profond`, 'gardez 2 niveaux de titres, ## et ###'));
  else if (depth === 3 && previous < 2)
    out.push(at(1, 'titre ### sans titre ## avant', 'ajoutez un titre ## avant, ou utilisez ##'));
  const num = /^\s*((\d+|[IVX]+)([.)]\d*)*[.)]?|[a-z]\))\s/.exec(text);
  if (num) out.push(at(text.length - text.trimStart().length + 1, 'titre numéroté', 'enlevez le numéro du titre'));
  return out;
}

/** Lints an MDX page. */
export function lintMdx(source: string, options: LintOptions): PageLint {
  const findings: Finding[] = [];
  const sentences: Sentence[] = [];
  for (const fm of frontMatterLines(source)) {
    for (const f of checkText(' '.repeat(fm.column) + fm.text, { acronyms: options.acronyms, heading: true }))
      findings.push({ ...f, line: fm.line });
  }
  let lastHeading = 1;
  const lines = readableLines(source);
  if (options.acronymWords) findings.push(...acronymBeforeWords(lines, options.acronymWords));
  for (const l of lines) {
    if (l.heading) {
      findings.push(...headingFindings(l.line, l.heading, l.text, lastHeading));
      lastHeading = l.heading;
    }
    for (const col of l.italics)
      findings.push({
        rule: 'italique',
        severity: 'error',
        line: l.line,
        column: col + 1,
        message: 'texte en italique',
        hint: 'enlevez l’italique, utilisez le gras pour ce qui est important',
      });
    for (const f of checkText(l.text, { acronyms: options.acronyms, heading: l.heading > 0 }))
      findings.push({ ...f, line: l.line });
    sentences.push(...sentencesOf(l.text));
  }
  const ignores = readIgnores(source);
  const kept = applyIgnores([...findings, ...ignores.problems], ignores);
  const score = kandelMoles(sentences);
  if (score !== undefined) {
    kept.push({
      rule: 'lisibilite',
      severity: 'info',
      line: 1,
      column: 1,
      message: `score de lisibilité Kandel et Moles : ${Math.round(score)}, ${scoreLabel(score)}`,
      hint: 'plus le score est haut, plus le texte est facile ; seule une relecture par des lecteurs le confirme',
    });
  }
  return {
    findings: kept.sort((a, b) => a.line - b.line || a.column - b.column),
    ...(score === undefined ? {} : { score }),
  };
}
