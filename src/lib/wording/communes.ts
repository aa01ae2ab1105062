/**
 * Commune names with their article, the way French writes them: "d'Arconsat", "du Brugeron", "aux Salles".
 * The article comes from the INSEE "type de liaison" (TNCC) carried by the official commune data
 * (@etalab/decoupage-administratif `typeLiaison`); when it is absent the name itself is read.
 */

/** What the wording needs of a commune: its official name and, when known, its INSEE type de liaison. */
export interface NamedCommune {
  /** Official name, e.g. "Le Brugeron". */
  name: string;
  /**
   * INSEE TNCC: 0 no article, consonant; 1 no article, vowel or mute h; 2 "Le"; 3 "La"; 4 "Les"; 5 "L'";
   * 6 "Aux"; 7 "Las"; 8 "Los".
   */
  typeLiaison?: number | undefined;
}

type Article = 'none-consonant' | 'none-vowel' | 'le' | 'la' | 'les' | 'l' | 'aux' | 'other';

const BY_TNCC: Record<number, Article> = {
  0: 'none-consonant',
  1: 'none-vowel',
  2: 'le',
  3: 'la',
  4: 'les',
  5: 'l',
  6: 'aux',
  7: 'other',
  8: 'other',
};

/** Guess from the name alone; a leading h is taken as aspirated (no elision): TNCC says otherwise when known. */
function articleFromName(name: string): Article {
  if (/^Le\s/.test(name)) return 'le';
  // Stryker disable next-line Regex,StringLiteral: "La" is written like no article ("de La Chapelle-Agnon"): no change in words.
  if (/^La\s/.test(name)) return 'la';
  if (/^Les\s/.test(name)) return 'les';
  if (/^L['’]/.test(name)) return 'l';
  if (/^Aux\s/.test(name)) return 'aux';
  return /^[AEIOUYÂÀÉÈÊËÎÏÔÛÙÜŒ]/i.test(name) ? 'none-vowel' : 'none-consonant';
}

function articleOf(c: NamedCommune): Article {
  const known = c.typeLiaison === undefined ? undefined : BY_TNCC[c.typeLiaison];
  // A TNCC that contradicts the name (data error) must not produce "du Thiers": trust the name then.
  const fromName = articleFromName(c.name);
  if (known === undefined) return fromName;
  if ((known === 'le' || known === 'les' || known === 'l' || known === 'aux') && fromName !== known) return fromName;
  return known;
}

/** The name without its leading article: "Brugeron" for "Le Brugeron", "Isle-Adam" for "L'Isle-Adam". */
function bare(name: string): string {
  return name.replace(/^(Le|Les|Aux)\s+/, '').replace(/^L['’]/, '');
}

/** "de Thiers", "d'Arconsat", "du Brugeron", "de La Chapelle-Agnon", "des Salles", "de l'Isle-Adam". */
export function ofCommune(c: NamedCommune): string {
  switch (articleOf(c)) {
    case 'none-vowel':
      return `d’${c.name}`;
    case 'le':
      return `du ${bare(c.name)}`;
    case 'les':
    case 'aux':
      return `des ${bare(c.name)}`;
    case 'l':
      return `de l’${bare(c.name)}`;
    default:
      return `de ${c.name}`;
  }
}

/** "à Thiers", "à Arconsat", "au Brugeron", "à La Chapelle-Agnon", "aux Salles", "à l'Isle-Adam". */
export function inCommune(c: NamedCommune): string {
  switch (articleOf(c)) {
    case 'le':
      return `au ${bare(c.name)}`;
    case 'les':
    case 'aux':
      return `aux ${bare(c.name)}`;
    case 'l':
      return `à l’${bare(c.name)}`;
    default:
      return `à ${c.name}`;
  }
}

/** Upper-cases the first letter, for a sentence start: "À Thiers", "Au Brugeron", "D’Arconsat". */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
