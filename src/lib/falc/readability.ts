/**
 * Kandel & Moles (1958) readability score, the French adaptation of Flesch:
 * 207 − 1.015 × words per sentence − 73.6 × syllables per word. Higher is easier. Readability formulas
 * are only a hint (RLS glossary): the page gets it as information, never as an error.
 */
import type { Sentence } from './sentences.ts';

/** Approximate count of spoken syllables of a French word: vowel groups, final silent "e" dropped. */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Math.max(1, w.replace(/\D/g, '').length);
  const groups = w.match(/[aeiouyàâäéèêëîïôöùûüœæ]+/g)?.length ?? 0;
  const silent = groups > 1 && /[^aeiouyàâäéèêëîïôöùûü](e|es)$/.test(w) ? 1 : 0;
  return Math.max(1, groups - silent);
}

/** Score of a set of sentences; undefined when there is no text. */
export function kandelMoles(sentences: readonly Sentence[]): number | undefined {
  const words = sentences.flatMap((s) => s.words);
  if (words.length === 0 || sentences.length === 0) return undefined;
  const syl = words.reduce((n, w) => n + syllables(w.text), 0);
  return 207 - 1.015 * (words.length / sentences.length) - 73.6 * (syl / words.length);
}

/** French words for a score, from the Flesch bands. */
export function scoreLabel(score: number): string {
  if (score >= 80) return 'très facile';
  if (score >= 70) return 'facile';
  if (score >= 60) return 'assez facile';
  if (score >= 50) return 'moyen';
  return 'difficile';
}
