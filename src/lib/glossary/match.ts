import type { GlossaryEntry } from './schema.ts';

/** A place in a text where a glossary entry is used. */
export interface TermMatch {
  entry: GlossaryEntry;
  /** 0-based offset and length in the text. */
  index: number;
  length: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a finder of the earliest use of any entry not yet used. Acronyms match exactly; words match
 * without regard to the first letter's case; a form never matches inside a longer word.
 */
export function termFinder(entries: readonly GlossaryEntry[]) {
  const forms = entries
    .flatMap((entry) => entry.forms.map((form) => ({ entry, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${forms.map((f) => escape(f.form).replace(/’/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const norm = (x: string) => x.replace(/'/g, '’');
  const byForm = new Map<string, typeof forms>();
  for (const f of forms) {
    const key = norm(f.form).toLowerCase();
    byForm.set(key, [...(byForm.get(key) ?? []), f]);
  }
  // Acronyms keep their exact spelling; other words may start with a capital letter.
  const fits = (hit: string, form: string) =>
    /\p{Lu}{2,}/u.test(form) ? norm(hit) === norm(form) : norm(hit).slice(1) === norm(form).slice(1);
  /** Earliest match in `text` of an entry whose id is not in `used`. */
  return (text: string, used: ReadonlySet<string>): TermMatch | undefined => {
    if (forms.length === 0) return undefined;
    for (const m of text.matchAll(pattern)) {
      const hit = m[0];
      const f = byForm.get(norm(hit).toLowerCase())?.find((c) => !used.has(c.entry.id) && fits(hit, c.form));
      if (!f) continue;
      return { entry: f.entry, index: m.index ?? 0, length: hit.length };
    }
    return undefined;
  };
}
