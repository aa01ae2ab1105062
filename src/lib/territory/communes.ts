import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A member commune of the territory, from the current COG (never typed by hand). */
export interface Commune {
  /** INSEE code, 5 characters, kept as a string. */
  code: string;
  /** Official name with accents. */
  name: string;
  /** ASCII URL segment, e.g. "saint-remy-sur-durolle". */
  slug: string;
  /** Municipal population (INSEE). */
  population: number;
  /** Département code. */
  departement: string;
  /** Postal codes of the commune. */
  postalCodes: string[];
  /** INSEE type de liaison (TNCC): which article the name takes ("du Brugeron"); see src/lib/wording. */
  typeLiaison?: number;
}

interface RawGroup {
  code: string;
  nom: string;
  type: string;
  membres: { code: string; nom: string; populationMunicipale?: number }[];
}
interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  population?: number;
  codesPostaux?: string[];
  typeLiaison?: number;
  chefLieu?: string;
  commune?: string;
  anciensCodes?: string[];
}

let cache:
  | {
      groups: Map<string, RawGroup>;
      communes: Map<string, RawCommune>;
      others: RawCommune[];
      arrondissements: Map<string, string>;
      departements: Map<string, string>;
    }
  | undefined;

function tables() {
  if (!cache) {
    const epci = require('@etalab/decoupage-administratif/data/epci.json') as RawGroup[];
    const ept = require('@etalab/decoupage-administratif/data/ept.json') as RawGroup[];
    const all = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
    const groups = new Map([...epci, ...ept].map((g) => [g.code, g]));
    const communes = new Map(all.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
    const others = all.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee');
    const arrondissements = new Map(
      all.filter((c) => c.type === 'arrondissement-municipal' && c.commune).map((c) => [c.code, c.commune!]),
    );
    const deps = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
    const departements = new Map(deps.map((d) => [d.code, d.nom]));
    cache = { groups, communes, others, arrondissements, departements };
  }
  return cache;
}

/** Turns a French name into an ASCII URL segment. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The EPCI or EPT with this SIREN, or undefined. */
export function findGroup(siren: string): { name: string; type: string; memberCodes: string[] } | undefined {
  const g = tables().groups.get(siren);
  return g && { name: g.nom, type: g.type, memberCodes: g.membres.map((m) => m.code) };
}

/** Member communes of the EPCI or EPT with this SIREN, sorted by name. */
export function communesOf(siren: string): Commune[] {
  const group = tables().groups.get(siren);
  if (!group) return [];
  return group.membres
    .map((m) => {
      const c = tables().communes.get(m.code);
      return {
        code: m.code,
        name: c?.nom ?? m.nom,
        slug: slugify(c?.nom ?? m.nom),
        population: c?.population ?? m.populationMunicipale ?? 0,
        departement: c?.departement ?? m.code.slice(0, 2),
        postalCodes: c?.codesPostaux ?? [],
        ...(c?.typeLiaison !== undefined ? { typeLiaison: c.typeLiaison } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/**
 * Current commune for a code found in an older file: a delegated or associated commune maps to its
 * parent (commune nouvelle). Returns undefined when the code is unknown.
 */
export function currentCommuneCode(code: string): string | undefined {
  const t = tables();
  if (t.communes.has(code)) return code;
  const old = t.others.find((c) => c.code === code);
  if (old) return old.chefLieu ?? old.commune;
  for (const c of t.communes.values()) if (c.anciensCodes?.includes(code)) return c.code;
  return undefined;
}

/**
 * The commune of a municipal arrondissement of Paris, Lyon or Marseille (75101 → 75056): national files
 * such as the SDES commune results give these three communes by arrondissement.
 */
export function arrondissementCommune(code: string): string | undefined {
  return tables().arrondissements.get(code);
}

/** Name of any current commune of France by its code (for messages). */
export function communeName(code: string): string | undefined {
  return tables().communes.get(code)?.nom;
}

/** Every current commune of France (code, name, département), to find a commune by its name. */
export function allCommunes(): { code: string; name: string; departement: string }[] {
  return [...tables().communes.values()].map((c) => ({
    code: c.code,
    name: c.nom,
    departement: c.departement ?? c.code.slice(0, 2),
  }));
}

/** One EPCI or EPT of the official list: SIREN, name, type (CC, CA, CU, METRO, MET69, EPT), member codes. */
export interface Group {
  siren: string;
  name: string;
  type: string;
  memberCodes: string[];
}

/** Every EPCI and EPT of France, EPCI first, each list in the order of the official file. */
export function allGroups(): Group[] {
  return [...tables().groups.values()].map((g) => ({
    siren: g.code,
    name: g.nom,
    type: g.type,
    memberCodes: g.membres.map((m) => m.code),
  }));
}

/** Département code of a current commune (« 2A », « 971 »…), or undefined when the code is not a current commune. */
export function departementOf(code: string): string | undefined {
  const c = tables().communes.get(code);
  return c && (c.departement ?? code.slice(0, 2));
}

/** Name of a département by its code, e.g. « Puy-de-Dôme » for « 63 ». */
export function departementName(code: string): string | undefined {
  return tables().departements.get(code);
}
