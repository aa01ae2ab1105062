/**
 * Communes named in a file without their INSEE code (SNE statistics exports): the name is compared with
 * the official list, ignoring accents, case, hyphens, apostrophes and a leading article, so that
 * « ST REMY SUR DUROLLE », « Saint-Rémy-sur-Durolle » and « saint remy sur durolle » are the same commune.
 */
import { allCommunes } from '../territory/index.ts';
import { editDistance } from '../sources/index.ts';

/** A name reduced to what identifies it. */
export function nameKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\(\s*\w{2,3}\s*\)\s*$/, '')
    .replace(/[’'`\-_.,/]/g, ' ')
    .replace(/\bste?\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'))
    .replace(/^\s*(le|la|les|l)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Département written after the name, as in « Saint-Denis (93) ». */
function departementOf(raw: string): string | undefined {
  return /\(\s*(\d[\dAB]|\d{3})\s*\)\s*$/i.exec(raw)?.[1]?.toUpperCase();
}

/** What a commune name means for the territory. */
export type NameMatch =
  | { kind: 'member'; code: string }
  | { kind: 'outside' }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; closest: string[] };

/** Finds communes by name among the territory's members, then in the whole official list. */
export class CommuneNames {
  private readonly members = new Map<string, { code: string; name: string; departement: string }[]>();
  private readonly france = new Set<string>();
  private readonly memberNames: string[] = [];

  constructor(memberCodes: Iterable<string>) {
    const codes = new Set(memberCodes);
    for (const c of allCommunes()) {
      const key = nameKey(c.name);
      this.france.add(key);
      if (!codes.has(c.code)) continue;
      const list = this.members.get(key) ?? [];
      list.push(c);
      this.members.set(key, list);
      this.memberNames.push(c.name);
    }
  }

  /** Meaning of a name read in a file. */
  match(raw: string): NameMatch {
    const key = nameKey(raw);
    const dep = departementOf(raw);
    let found = this.members.get(key) ?? [];
    if (dep && found.length > 1) found = found.filter((c) => c.departement === dep);
    if (found.length === 1) return { kind: 'member', code: found[0]!.code };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.map((c) => `${c.name} (${c.code})`) };
    if (this.france.has(key)) return { kind: 'outside' };
    return { kind: 'unknown', closest: this.closest(key) };
  }

  /** The three member names closest to a key. */
  private closest(key: string): string[] {
    return this.memberNames
      .map((n) => ({ n, d: editDistance(key, nameKey(n)) }))
      .sort((a, b) => a.d - b.d || a.n.localeCompare(b.n, 'fr'))
      .slice(0, 3)
      .map((x) => x.n);
  }
}
