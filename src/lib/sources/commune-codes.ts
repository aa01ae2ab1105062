/**
 * Commune codes as found in published files, matched to the territory's current communes: leading zeros
 * restored ("1004" → "01004"), codes of merged communes mapped to the commune nouvelle (and remembered
 * so that the check can say so), arrondissements of Paris, Lyon and Marseille counted with their commune,
 * other communes recognised so they can be skipped quietly.
 */
import { arrondissementCommune, communeName, currentCommuneCode } from '../territory/index.ts';

/** What a raw code means for the territory. */
export type CodeMatch =
  | { kind: 'member'; code: string }
  | { kind: 'merged'; code: string; from: string }
  /** A municipal arrondissement of a member (Paris, Lyon, Marseille): its figures add to the commune's. */
  | { kind: 'arrondissement'; code: string; from: string }
  | { kind: 'outside' }
  | { kind: 'unknown'; code: string };

/** Matches raw commune codes to the territory; results are cached per distinct raw value. */
export class CommuneMatcher {
  readonly members: ReadonlySet<string>;
  private readonly cache = new Map<string, CodeMatch>();
  /** Raw values already decided, for the per-row filter of large files (a Set lookup, nothing else). */
  private readonly accepted = new Set<string>();
  private readonly rejected = new Set<string>();

  constructor(memberCodes: Iterable<string>) {
    this.members = new Set(memberCodes);
  }

  /** Meaning of a raw code from a file. */
  match(raw: string): CodeMatch {
    let m = this.cache.get(raw);
    if (!m) {
      m = this.resolve(raw);
      this.cache.set(raw, m);
    }
    return m;
  }

  /**
   * First two characters of any accepted 5-character code: the départements of the members (communes
   * only ever merge within a département, so the code of a former commune shares them).
   */
  get prefixes(): { length: number; firstTwo: string[] } {
    return { length: 5, firstTwo: [...new Set([...this.members].map((c) => c.slice(0, 2)))] };
  }

  /** True when the row belongs to the territory (member or merged code). */
  accepts(raw: string): boolean {
    // Stryker disable next-line ConditionalExpression: equivalent, a cache of match(), which gives the same kind again.
    if (this.accepted.has(raw)) return true;
    // Stryker disable next-line ConditionalExpression: equivalent, a cache of match(), which gives the same kind again.
    if (this.rejected.has(raw)) return false;
    const kind = this.match(raw).kind;
    const ok = kind === 'member' || kind === 'merged' || kind === 'arrondissement';
    // Stryker disable next-line CallExpression: equivalent, filling the cache only saves the next match().
    (ok ? this.accepted : this.rejected).add(raw);
    return ok;
  }

  private resolve(raw: string): CodeMatch {
    const code = /^\d{4}$/.test(raw) ? `0${raw}` : raw.toUpperCase();
    if (this.members.has(code)) return { kind: 'member', code };
    // Stryker disable next-line Regex,ConditionalExpression: equivalent, a shortcut: the lists below hold only codes
    // of this form, so any other code is unknown to them too.
    if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return { kind: 'unknown', code };
    const city = arrondissementCommune(code);
    if (city) return this.members.has(city) ? { kind: 'arrondissement', code: city, from: code } : { kind: 'outside' };
    // Stryker disable next-line ConditionalExpression: equivalent, currentCommuneCode gives a current commune's own
    // code, not a member here (checked above): outside too.
    if (communeName(code)) return { kind: 'outside' };
    const current = currentCommuneCode(code);
    if (current === undefined) return { kind: 'unknown', code };
    return this.members.has(current) ? { kind: 'merged', code: current, from: code } : { kind: 'outside' };
  }
}
