/** The declarations of the tables the project accepts or publishes. */
import type { TableDeclaration } from './declaration.ts';

const TYPOLOGY_VALUES = ['T1', 'T2', 'T3', 'T4', 'T5+'] as const;

/**
 * The project's demand table (docs/donnees.md §3): the input that intercommunalities can export from
 * their systems, proposed to the national schema catalogue. Hidden cells are any text ("s", "nd"…).
 */
export const DEMAND_TABLE: TableDeclaration = {
  name: 'tableau-demandes',
  title: 'Demandes de logement social et attributions, par commune et par typologie',
  description:
    'Une ligne par millésime, commune et typologie : demandes en attente au 31 décembre, attributions de l’année, dont mutations, délai moyen constaté. Une cellule qui n’est pas un nombre veut dire « non publié » et n’est jamais lue comme 0.',
  fields: [
    {
      name: 'millesime',
      title: 'Millésime',
      description: 'Année des chiffres : demandes au 31 décembre, attributions de l’année.',
      type: 'year',
      required: true,
      example: '2023',
    },
    {
      name: 'code_commune',
      title: 'Code commune',
      description: 'Code INSEE de la commune, 5 caractères.',
      type: 'string',
      required: true,
      pattern: '^([0-9]{5}|2[AB][0-9]{3})$',
      example: '63430',
    },
    {
      name: 'nom_commune',
      title: 'Nom de la commune',
      description: 'Nom de la commune, pour les personnes qui lisent le fichier.',
      type: 'string',
      example: 'Thiers',
    },
    {
      name: 'typologie',
      title: 'Typologie',
      description: 'Taille du logement demandé ou attribué : T1 (1 pièce) à T5+ (5 pièces ou plus).',
      type: 'string',
      required: true,
      values: TYPOLOGY_VALUES,
      example: 'T3',
    },
    {
      name: 'demandes',
      title: 'Demandes en attente',
      description: 'Demandes en attente au 31 décembre.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '61',
    },
    {
      name: 'demandes_mutation',
      title: 'Dont mutations',
      description: 'Dont demandes de locataires du parc social.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '20',
    },
    {
      name: 'attributions',
      title: 'Attributions',
      description: 'Logements attribués dans l’année.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '12',
    },
    {
      name: 'attributions_mutation',
      title: 'Dont attributions en mutation',
      description: 'Dont attributions à des locataires du parc social.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '3',
    },
    {
      name: 'delai_moyen_mois',
      title: 'Délai moyen',
      description: 'Délai moyen constaté avant attribution, en mois.',
      type: 'number',
      minimum: 0,
      example: '6.2',
    },
  ],
  primaryKey: ['millesime', 'code_commune', 'typologie'],
  missingValues: ['', 's', 'nd', 'secret', '<5'],
};

/** /donnees/indicateurs.csv: mobility, vacancy and rent from the SDES, per commune and territory. */
export const TURNOVER_CSV: TableDeclaration = {
  name: 'indicateurs',
  file: 'indicateurs.csv',
  title: 'Logements qui changent de locataire, logements vides et loyer moyen',
  description:
    'Chiffres du SDES, résultats RPLS : taux de mobilité, taux de vacance, vacance de plus de 3 mois et loyer moyen par m², par commune et pour le territoire, avec les années précédentes quand le fichier les donne. Une valeur cachée par le SDES reste cachée.',
  fields: [
    {
      name: 'millesime',
      title: 'Millésime',
      description: 'Année du fichier des résultats RPLS.',
      type: 'year',
      required: true,
    },
    {
      name: 'annee',
      title: 'Année',
      description: 'Année du chiffre : le millésime, ou une année précédente donnée par le même fichier.',
      type: 'year',
      required: true,
    },
    {
      name: 'code_commune',
      title: 'Code commune',
      description: 'Code INSEE de la commune. « territoire » pour le territoire.',
      type: 'string',
      required: true,
    },
    {
      name: 'commune',
      title: 'Commune',
      description: 'Nom de la commune, ou du territoire.',
      type: 'string',
      required: true,
    },
    {
      name: 'taux_mobilite',
      title: 'Taux de mobilité',
      description: 'Logements qui ont changé de locataire dans l’année, pour 100 logements loués.',
      type: 'number',
      minimum: 0,
    },
    {
      name: 'taux_vacance',
      title: 'Taux de vacance',
      description: 'Logements vides pour 100 logements proposés à la location.',
      type: 'number',
      minimum: 0,
    },
    {
      name: 'taux_vacance_3_mois',
      title: 'Vacance de plus de 3 mois',
      description: 'Logements vides depuis plus de 3 mois, pour 100 logements proposés à la location.',
      type: 'number',
      minimum: 0,
    },
    {
      name: 'loyer_m2',
      title: 'Loyer moyen',
      description: 'Loyer moyen sans les charges, en euros par m² de surface habitable et par mois.',
      type: 'number',
      minimum: 0,
    },
  ],
  primaryKey: ['millesime', 'annee', 'code_commune'],
  missingValues: ['', 'non publié'],
};

/** Every declared table. */
export const DECLARED_TABLES: readonly TableDeclaration[] = [DEMAND_TABLE, TURNOVER_CSV];
