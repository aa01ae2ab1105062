/**
 * Plain-French labels of the dataset's categories (src/lib/dataset/types.ts), shared by pages, tables, open data,
 * charts and the CSV dictionary so the same category always has the same words.
 */
import type { BuildingKind, ConstructionPeriod, EnergyLabel, FinancingFamily, Typology } from '../figures/index.ts';

/** Short label and what it means: "T3", "3 pièces". */
export const TYPOLOGY_LABELS: Record<Typology, { short: string; rooms: string }> = {
  T1: { short: 'T1', rooms: '1 pièce ou studio' },
  T2: { short: 'T2', rooms: '2 pièces' },
  T3: { short: 'T3', rooms: '3 pièces' },
  T4: { short: 'T4', rooms: '4 pièces' },
  'T5+': { short: 'T5 et plus', rooms: '5 pièces ou plus' },
};

/** Kind of building, as a reader says it. */
export const BUILDING_KIND_LABELS: Record<BuildingKind, string> = {
  collectif: 'Appartement dans un immeuble',
  individuel: 'Maison',
  etudiant: 'Logement pour étudiants',
};

/** Construction periods; bounds from seed 003 §1 ("avant 1979", "depuis 2008"). */
export const PERIOD_LABELS: Record<ConstructionPeriod, string> = {
  'avant-1979': 'Avant 1979',
  '1979-2007': 'De 1979 à 2007',
  'depuis-2008': 'Depuis 2008',
  inconnue: 'Année inconnue',
};

/**
 * Financing families: the acronym, its full name, and who the dwelling is for in plain words.
 * Income ceilings rise from PLAI to PLI (CCH R331-12; data-formats.md §a.5 for the codes).
 */
export const FINANCING_LABELS: Record<FinancingFamily, { name: string; full: string; forWhom: string; plain: string }> =
  {
    PLAI: {
      name: 'PLAI',
      full: 'prêt locatif aidé d’intégration',
      forWhom: 'Pour les personnes qui ont les revenus les plus bas.',
      plain: 'Logements pour les revenus les plus bas',
    },
    PLUS: {
      name: 'PLUS',
      full: 'prêt locatif à usage social',
      forWhom: 'Le logement social le plus courant. Il est pour la plupart des demandeurs.',
      plain: 'Logements sociaux ordinaires',
    },
    PLS: {
      name: 'PLS',
      full: 'prêt locatif social',
      forWhom: 'Pour les personnes qui gagnent trop pour un logement PLUS.',
      plain: 'Logements pour des revenus un peu plus hauts',
    },
    PLI: {
      name: 'PLI',
      full: 'prêt locatif intermédiaire',
      forWhom: 'Pour les revenus moyens. Le loyer est plus haut.',
      plain: 'Logements pour les revenus moyens',
    },
    anciens: {
      name: 'Anciens financements',
      full: 'aides de l’État d’avant 1977',
      forWhom: 'Logements plus anciens. Ils sont pour la plupart des demandeurs.',
      plain: 'Logements construits avec une aide d’avant 1977',
    },
    autre: {
      name: 'Autres',
      full: 'autre financement ou financement inconnu',
      forWhom: 'Le fichier ne dit pas pour qui est le logement.',
      plain: 'Autres logements',
    },
  };

/** Row label of a financing family, plain words first and the acronym after: "Logements pour les revenus les plus bas, appelés PLAI". */
export function financingRowLabel(f: FinancingFamily): string {
  const l = FINANCING_LABELS[f];
  return f === 'anciens' || f === 'autre' ? l.plain : `${l.plain}, appelés ${l.name}`;
}

/** Energy labels: the letter and what it means for the heating bill. */
export const ENERGY_LABELS_TEXT: Record<EnergyLabel, string> = {
  A: 'A : très économe',
  B: 'B : économe',
  C: 'C : assez économe',
  D: 'D : moyen',
  E: 'E : assez gourmand en énergie',
  F: 'F : gourmand en énergie',
  G: 'G : très gourmand en énergie',
  inconnu: 'Étiquette inconnue',
};
